import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage } from '#domain/messages';
import { BODY_LIMIT_BYTES, type BodyBudget, readJsonBody } from '#server/web/body-limit';
import { IMPORT_UPLOAD_MAX_CHARS } from '#server/contract/imports';
import { PACKAGE_UPLOAD_MAX_CHARS } from '#server/contract/packages';
import { PHOTO_UPLOAD_MAX_CHARS } from '#server/contract/persons';

/**
 * The body reader of the browser host on a real HTTP server with a 1 MB limit (the host's own
 * limit, some 400 MB, is exercised over HTTP in tests/e2e/host-limits.spec.ts).
 */
const MB = 1024 * 1024;
const LIMIT = MB;
let server: http.Server | null = null;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = null;
});

/** A server that echoes the parsed body's size; `reads` records what the handler got. */
async function start(budget: BodyBudget = { held: 0, max: 100 * MB }): Promise<{ port: number; reads: unknown[] }> {
  const reads: unknown[] = [];
  server = http.createServer((req, res) => {
    void readJsonBody(req, res, LIMIT, budget).then((read) => {
      if (!read) return;
      reads.push(read.body);
      res.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { port: (server?.address() as AddressInfo).port, reads };
}

function send(
  port: number,
  body: Buffer | string | null,
  headers: http.OutgoingHttpHeaders = {},
  chunks = 1,
): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/rpc/x',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        answered = true;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('close', () => resolve({ status: res.statusCode ?? 0, body: text, sent }));
      },
    );
    req.on('error', (e) => (answered ? undefined : reject(e)));
    const pump = (): void => {
      while (!answered && sent < chunks && body !== null) {
        sent += 1;
        if (!req.write(body)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

const refusal = (text: string) =>
  (JSON.parse(text) as { json: { code: string; status: number; message: string } }).json;

describe('request body limit', () => {
  it('is the largest upload the contract accepts, plus room for the envelope', () => {
    const largest = Math.max(IMPORT_UPLOAD_MAX_CHARS, PACKAGE_UPLOAD_MAX_CHARS, PHOTO_UPLOAD_MAX_CHARS);
    expect(BODY_LIMIT_BYTES).toBeGreaterThan(largest);
    expect(BODY_LIMIT_BYTES - largest).toBeLessThanOrEqual(MB);
  });

  it('hands a body within the limit over parsed, chunked or not', async () => {
    const { port, reads } = await start();
    const json = JSON.stringify({ json: { dataBase64: 'A'.repeat(LIMIT - 100) } });
    expect((await send(port, json)).status).toBe(200);
    expect((await send(port, Buffer.from('{"a":'), {}, 1)).status).toBe(400);
    expect(reads).toEqual([{ json: { dataBase64: 'A'.repeat(LIMIT - 100) } }]);
  });

  it('refuses a declared length over the limit with 413 and the Chinese message, reading nothing', async () => {
    const { port, reads } = await start();
    const r = await send(port, Buffer.alloc(64 * 1024, 'A'), { 'content-length': 100 * MB }, 1600);
    expect(r.status).toBe(413);
    expect(refusal(r.body)).toEqual({
      defined: false,
      code: 'PAYLOAD_TOO_LARGE',
      status: 413,
      message: formatMessage('host.bodyTooLarge', { limit: 1 }),
    });
    expect(r.body).toContain('提交的内容过大');
    expect(reads).toEqual([]);
  });

  it('counts a chunked body and cuts it at the limit with 413', async () => {
    const { port, reads } = await start();
    const r = await send(port, Buffer.alloc(64 * 1024, 'A'), {}, 1600);
    expect(r.status).toBe(413);
    expect(refusal(r.body).message).toBe(formatMessage('host.bodyTooLarge', { limit: 1 }));
    // The client was stopped long before its 100 MB were out.
    expect(r.sent).toBeLessThan(1600);
    expect(reads).toEqual([]);
  });

  it('reads only JSON', async () => {
    const { port } = await start();
    const r = await send(port, 'a=1', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(r.status).toBe(415);
    expect(refusal(r.body).message).toBe(formatMessage('host.badBody'));
  });

  it('holds at most the budget across bodies read at once: a second large body meanwhile gets 503, the first goes through', async () => {
    const budget: BodyBudget = { held: 0, max: 1.5 * MB };
    const { port, reads } = await start(budget);
    const part = 'A'.repeat(0.9 * MB);
    // The first upload sends most of its body and stalls, as a slow one would.
    let finish: () => void = () => undefined;
    const first = new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, method: 'POST', path: '/rpc/x', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.write(`{"json":{"dataBase64":"${part}`);
      finish = () => req.end('"}}');
    });
    while (budget.held < 0.9 * MB) await new Promise((resolve) => setTimeout(resolve, 10));
    const second = await send(port, JSON.stringify({ json: { dataBase64: part } }));
    expect(second.status).toBe(503);
    expect(refusal(second.body).message).toBe(formatMessage('host.uploadsBusy'));
    expect(second.body).toContain('请稍候再试');
    finish();
    expect(await first).toBe(200);
    expect(reads).toEqual([{ json: { dataBase64: part } }]);
    expect(budget.held).toBe(0);
  });
});
