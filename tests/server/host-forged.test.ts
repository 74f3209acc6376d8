import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The browser host run from source in a child process, sent requests a browser never sends. */
const HOST = fileURLToPath(new URL('../../server/web-host.ts', import.meta.url));
let child: ChildProcess;
let log = '';
let port = 0;
let token = '';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shr-forged-'));

beforeAll(async () => {
  child = spawn(process.execPath, ['--import', 'tsx', HOST, '--data-dir', dir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      log += chunk.toString('utf8');
      const m = /127\.0\.0\.1:(\d+)\/\?token=([\w-]+)/.exec(log);
      if (m?.[1] && m[2]) {
        port = Number(m[1]);
        token = m[2];
        resolve();
      }
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', seen);
    child.once('exit', (code) => reject(new Error(`host exited ${code}: ${log}`)));
  });
}, 90_000);

afterAll(() => {
  child?.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
});

function raw(target: string, body: string): Promise<{ status: number; body: string }> {
  const text = `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: shr_session=${token}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
  return new Promise((resolve, reject) => {
    let out = '';
    const s = net.connect(port, '127.0.0.1', () => s.end(text));
    s.on('data', (d) => (out += d.toString('utf8')));
    s.on('error', reject);
    s.on('close', () =>
      resolve({
        status: Number(/^HTTP\/1\.1 (\d+)/.exec(out)?.[1] ?? 0),
        body: out.split('\r\n\r\n').slice(1).join(''),
      }),
    );
  });
}

describe('forged requests to /rpc of the browser host', { timeout: 60_000 }, () => {
  it('a request target URL cannot read is a 400 with the Chinese message, and nothing in the log', async () => {
    const r = await raw('http://[::1/rpc/setup/status', '{}');
    expect(r.status).toBe(400);
    expect(r.body).toContain('请求内容无法读取（格式不正确），未处理');
    expect(log).not.toMatch(/Invalid URL|\bat \S+ \(/);
  });

  it.each([
    ['a JSON null body', 'null'],
    ['a malformed meta list', '{"json":{"id":1},"meta":[[2,"a","b","c"]]}'],
    ['a BigInt that is not a number', '{"json":{"id":"zz"},"meta":[[2,"id"]]}'],
    ['a broken regular expression', '{"json":{"id":"(("},"meta":[[5,"id"]]}'],
  ])('%s is a 400 in Chinese, not oRPC’s English', async (_label, body) => {
    const r = await raw('/rpc/persons/get', body);
    expect(r.status).toBe(400);
    expect(r.body).toContain('请求内容无法读取（格式不正确），未处理');
    expect(r.body).not.toContain('Malformed');
  });

  it('ids that are strings, floats or huge are field errors; a missing record is a 404', async () => {
    for (const id of ['"1"', '1.5', '1e400', '-1']) {
      const r = await raw('/rpc/persons/get', `{"json":{"id":${id}}}`);
      expect(r.status, id).toBe(400);
      expect(r.body).toContain('填写内容不正确');
    }
    const missing = await raw('/rpc/persons/get', '{"json":{"id":999999}}');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('未找到该残疾人记录');
    expect(log).not.toMatch(/unexpected error|\bat \S+ \(/);
  });
});
