import { RPCHandler } from '@orpc/server/node';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { createReadStream } from 'node:fs';
import { formatMessage } from '#domain/messages';
import { attachmentHeader, offeredDownload } from '#server/kernel/files/downloads';
import { router, rpcHandlerOptions, startCore } from './core';
import { defaultDataDir, osActor } from './paths';
import { startFailureLine } from './start-failure';
import { loadDemo, setupStatus } from '#server/services/setup-service';
import { declaredWithinLimit, readJsonBody } from '#server/web/body-limit';
import {
  isAllowedHost,
  isAllowedOrigin,
  readCookie,
  safeEqual,
  SESSION_COOKIE,
  sessionCookie,
} from '#server/web/guard';

/**
 * The browser host: the built renderer and the same API over HTTP, on 127.0.0.1 only, for
 * machines where Electron cannot run and for end-to-end tests.
 */
const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
    'renderer-dir': { type: 'string' },
    // Loads the demo district into a new, empty register without asking (first-run choice).
    demo: { type: 'boolean', default: false },
  },
});

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.resolve(args['data-dir'] ?? defaultDataDir());
const rendererDir = path.resolve(args['renderer-dir'] ?? path.join(here, '../renderer'));
const token = randomBytes(24).toString('base64url');

let core: ReturnType<typeof startCore>;
try {
  core = startCore({ dataDir, actor: osActor() });
  if (args.demo && setupStatus(core.context).needsFirstRunChoice) loadDemo(core.context);
} catch (error) {
  // One line naming the data folder (missing, read-only, not writable …), never a stack trace.
  console.error(startFailureLine(error, dataDir));
  process.exit(1);
}

const rpc = new RPCHandler(router, rpcHandlerOptions);
const statics = sirv(rendererDir, { dev: false, etag: true });

function refuse(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

const server = http.createServer((req, res) => {
  void serve(req, res).catch((error: unknown) => {
    console.error('[web-host]', error);
    if (!res.headersSent) refuse(res, 500, formatMessage('server.internal'));
  });
});

async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const { port } = server.address() as { port: number };
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'DENY');
  if (!isAllowedHost(req.headers.host, port)) return refuse(res, 421, formatMessage('host.badHost'));
  // Before anything reads the body: one declared oversize is refused, never buffered.
  if (!declaredWithinLimit(req, res)) return;

  // A request target a browser never sends (http://[::1/…) makes URL throw: a 400, not a 500.
  const url = URL.canParse(req.url ?? '/', `http://${req.headers.host}`)
    ? new URL(req.url ?? '/', `http://${req.headers.host}`)
    : null;
  if (!url) return refuse(res, 400, formatMessage('host.badBody'));
  const offered = url.searchParams.get('token');
  if (offered !== null) {
    if (!safeEqual(offered, token)) return refuse(res, 403, formatMessage('host.badToken'));
    // Swap the URL token for a cookie and drop it from the address bar (and from history).
    url.searchParams.delete('token');
    res.writeHead(303, { 'set-cookie': sessionCookie(token), location: url.pathname + url.search });
    res.end();
    return;
  }
  const cookie = readCookie(req, SESSION_COOKIE);
  if (!cookie || !safeEqual(cookie, token)) return refuse(res, 401, formatMessage('host.noToken'));

  if (url.pathname.startsWith('/rpc/')) {
    if (!isAllowedOrigin(req.headers.origin, req.headers.host))
      return refuse(res, 403, formatMessage('host.badOrigin'));
    // Read here, counted against the limit, and handed over parsed.
    const read = await readJsonBody(req, res);
    if (!read) return;
    const { matched } = await rpc.handle(Object.assign(req, { body: read.body }), res, {
      prefix: '/rpc',
      context: core.context,
    });
    if (!matched) refuse(res, 404, 'not found');
    return;
  }
  if (url.pathname.startsWith('/files/') && req.method === 'GET') {
    // Exports and packages the register wrote this run, by their one-hour id only.
    const file = offeredDownload(url.pathname.slice('/files/'.length));
    if (!file) return refuse(res, 404, 'not found');
    const stream = createReadStream(file.path);
    stream.once('error', () => (res.headersSent ? res.destroy() : refuse(res, 404, 'not found')));
    stream.once('open', () => {
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-disposition': attachmentHeader(file.name),
        'cache-control': 'no-store',
      });
      stream.pipe(res);
    });
    return;
  }
  statics(req, res, () => refuse(res, 404, 'not found'));
}

server.listen(Number(args.port), '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  console.log('阳光家园托养服务管理系统（浏览器版）已启动 / browser host ready');
  console.log(`数据文件 / data file: ${core.context.dataFile}`);
  console.log(`请在浏览器中打开 / open: http://127.0.0.1:${port}/?token=${token}`);
});

function shutdown(): void {
  server.close();
  core.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
