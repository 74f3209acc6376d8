import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { formatMessage, zhCN as messages } from '#domain/messages';
import { MAGIC } from '#server/exchange/package/container';
import { BODY_LIMIT_BYTES } from '#server/web/body-limit';
import { expect, test } from './fixtures/host';

/**
 * The browser host over raw HTTP, as any local program could reach it: an oversize body is refused
 * with 413 before it is buffered, and a malformed cookie is a plain 401.
 */
const MB = 1024 * 1024;
const CHUNK = Buffer.alloc(MB, 'A');
/** Socket buffers on both sides of a loopback connection hold a few MB the server never read. */
const IN_FLIGHT = 64 * MB;

interface Upload {
  status: number;
  body: string;
  /** Bytes the client had written when the host answered (or cut the connection). */
  sent: number;
}

/**
 * POSTs `total` bytes of body in 1 MB chunks (chunked transfer unless `content-length` is given),
 * stopping as soon as the host answers. Rejects if the host drops the connection without answering.
 */
function upload(port: number, headers: http.OutgoingHttpHeaders, total: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answer: { status: number; body: string } | null = null;
    let settled = false;
    const finish = (): void => {
      if (settled || !answer) return;
      settled = true;
      resolve({ ...answer, sent });
    };
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/rpc/setup/status',
        method: 'POST',
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...headers },
      },
      (res) => {
        const got = { status: res.statusCode ?? 0, body: '' };
        answer = got;
        res.setEncoding('utf8');
        res.on('data', (text: string) => (got.body += text));
        res.on('end', finish);
        res.on('close', finish);
        res.on('error', finish);
      },
    );
    req.on('error', (error) => {
      if (answer) return finish();
      if (!settled)
        reject(new Error(`the host closed the connection without an answer after ${sent} bytes: ${error.message}`));
      settled = true;
    });
    const pump = (): void => {
      while (!answer && sent < total && !req.destroyed) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answer && sent >= total) req.end();
    };
    req.write('{"json":{"dataBase64":"');
    pump();
  });
}

function post(
  port: number,
  headers: http.OutgoingHttpHeaders,
  path = '/rpc/setup/status',
  method = 'POST',
  body = '{}',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (text: string) => (body += text));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' ? body : undefined);
  });
}

/** Resident and peak resident memory of a process, in bytes (Linux /proc). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

const tooLarge = formatMessage('host.bodyTooLarge', { limit: Math.floor(BODY_LIMIT_BYTES / MB) });

test('超过上限的请求体：按 Content-Length 立即拒绝（413，中文提示），三个并发的 450 MB 请求不占内存', async ({
  host,
}) => {
  test.skip(process.platform !== 'linux', 'reads the host memory from /proc (Linux only)');
  const cookie = `shr_session=${host.token}`;
  // The limit comes from the contract's largest upload, so 450 MB is over it.
  expect(BODY_LIMIT_BYTES).toBeLessThan(450 * MB);
  const before = memoryOf(host.pid);

  const answers = await Promise.all(
    [1, 2, 3].map(() => upload(host.port, { cookie, 'content-length': 450 * MB }, 450 * MB)),
  );
  for (const a of answers) {
    expect(a.status).toBe(413);
    const error = (JSON.parse(a.body) as { json: { code: string; message: string } }).json;
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: tooLarge });
    expect(error.message).toContain('提交的内容过大');
    // Answered from the headers: the host stopped the upload long before its end.
    expect(a.sent).toBeLessThan(IN_FLIGHT);
  }
  // Nothing of the 1.35 GB was held: the peak grew by less than one upload's in-flight bytes.
  expect(memoryOf(host.pid).peak - before.peak).toBeLessThan(IN_FLIGHT);
  expect((await post(host.port, { cookie })).status).toBe(200);
});

test('超过上限的请求体：分块上传（无 Content-Length）读到上限即断开（413），服务仍正常', async ({ host }) => {
  const cookie = `shr_session=${host.token}`;
  const total = BODY_LIMIT_BYTES + 256 * MB;
  const a = await upload(host.port, { cookie }, total);
  expect(a.status).toBe(413);
  expect((JSON.parse(a.body) as { json: { message: string } }).json.message).toBe(tooLarge);
  // Cut at the limit: the client never got to send the rest of its body.
  expect(a.sent).toBeLessThan(BODY_LIMIT_BYTES + IN_FLIGHT);
  expect(a.sent).toBeLessThan(total);
  expect((await post(host.port, { cookie })).status).toBe(200);
});

test('Cookie 的百分号编码损坏（shr_session=%zz）：401，不是 500，日志里没有堆栈', async ({ host }) => {
  for (const cookie of ['shr_session=%zz', 'shr_session=%E4%B8', `shr_session=%zz${host.token}`]) {
    const page = await post(host.port, { cookie }, '/', 'GET');
    expect(page).toEqual({ status: 401, body: messages['host.noToken'] });
    expect((await post(host.port, { cookie })).status).toBe(401);
  }
  // Another cookie's bad encoding does not stop ours from being read.
  expect((await post(host.port, { cookie: `theme=%zz; shr_session=${host.token}` })).status).toBe(200);
  expect(host.output).not.toMatch(/URIError|\bat \S+ \(|\[web-host\]/);
});

test('数据包文件头要求超大的 scrypt 参数（N=2^20, r=32, p=16）：立即拒绝为“不是本软件生成的数据包”，不做密钥推导', async ({
  host,
}) => {
  test.skip(process.platform !== 'linux', 'reads the host memory from /proc (Linux only)');
  const cookie = `shr_session=${host.token}`;
  // The demo register is a district office, which receives packages.
  expect((await post(host.port, { cookie }, '/rpc/setup/loadDemo')).status).toBe(200);
  const b64 = (n: number) => randomBytes(n).toString('base64');
  const header = Buffer.from(
    JSON.stringify({
      format: 1,
      kdf: 'scrypt',
      N: 2 ** 20,
      r: 32,
      p: 16,
      salt: b64(16),
      cipher: 'aes-256-gcm',
      iv: b64(12),
      verifier: b64(32),
    }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  const head = Buffer.concat([MAGIC, length, header]);
  const file = Buffer.concat([head, createHash('sha256').update(head).digest(), randomBytes(300 - head.length - 32)]);
  const body = JSON.stringify({
    json: { fileName: '第0001号.shrpkg', dataBase64: file.toString('base64'), password: 'Pinghu2026!' },
    meta: [],
  });

  const r = await post(host.port, { cookie }, '/rpc/packages/import', 'POST', body);
  expect(r.status).toBe(400);
  const fields = (JSON.parse(r.body) as { json: { data: { fields: { code: string; message: string }[] } } }).json.data
    .fields;
  expect(fields).toEqual([
    expect.objectContaining({ code: 'packages.file.foreignKdf', message: messages['packages.file.foreignKdf'] }),
  ]);
  // 4 GB of scrypt would show in the host's peak memory; refused before any derivation it stays small.
  expect(memoryOf(host.pid).peak).toBeLessThan(1024 * MB);
});
