import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatMessage } from '#domain/messages';
import { IMPORT_UPLOAD_MAX_CHARS } from '#server/contract/imports';
import { PACKAGE_UPLOAD_MAX_CHARS } from '#server/contract/packages';
import { PHOTO_UPLOAD_MAX_CHARS } from '#server/contract/persons';

/**
 * Room for everything around the largest base64 field: the RPC envelope, a file name of 300
 * characters (up to 3 bytes each), a password and the flags.
 */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * The largest request body the browser host reads: the largest upload a procedure accepts (base64
 * is ASCII, one byte a character) plus the envelope. Anything larger cannot pass the contract, so
 * it is refused before it is read instead of being buffered and then refused.
 */
export const BODY_LIMIT_BYTES =
  Math.max(IMPORT_UPLOAD_MAX_CHARS, PACKAGE_UPLOAD_MAX_CHARS, PHOTO_UPLOAD_MAX_CHARS) + ENVELOPE_BYTES;

const MB = 1024 * 1024;

/**
 * Bytes of request bodies held at one moment, across every request being read. Each body is
 * bounded by the limit, but several at once would not be: together they may hold as much as the
 * largest single upload, and a body that would go past that waits for no one — it is refused
 * with 503 (the clerk's own uploads come one at a time, so this only meets a flood).
 */
export interface BodyBudget {
  held: number;
  readonly max: number;
}

const hostBudget: BodyBudget = { held: 0, max: BODY_LIMIT_BYTES };

/**
 * How long a refused upload's connection stays open, unread, before it is destroyed. Closing at
 * once, with the client's bytes still arriving, makes TCP reset the connection, and the client
 * can lose the answer before reading it; unread, the upload just stalls (TCP flow control).
 */
const CLOSE_GRACE_MS = 1000;

/**
 * Answers a request whose body will not be read, in the shape an oRPC client reads as an error
 * (so the page shows the message), then stops reading it and destroys it shortly after.
 */
function refuseBody(req: IncomingMessage, res: ServerResponse, status: 400 | 413 | 415 | 503, message: string): void {
  req.removeAllListeners('data');
  req.pause();
  // Marks the body as taken, so Node does not read and discard the rest of it after the answer.
  req.read(0);
  if (res.headersSent) {
    req.destroy();
    return;
  }
  const code = {
    400: 'BAD_REQUEST',
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    503: 'SERVICE_UNAVAILABLE',
  }[status];
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ json: { defined: false, code, status, message }, meta: [] }));
  setTimeout(() => req.destroy(), CLOSE_GRACE_MS).unref();
}

const tooLarge = (limit: number) => formatMessage('host.bodyTooLarge', { limit: Math.floor(limit / MB) });

/**
 * Refuses, from its headers alone, a request that declares a body over `limit`: 413 at once,
 * nothing read. Returns false when it did.
 */
export function declaredWithinLimit(req: IncomingMessage, res: ServerResponse, limit = BODY_LIMIT_BYTES): boolean {
  const declared = req.headers['content-length'];
  if (declared === undefined || Number(declared) <= limit) return true;
  refuseBody(req, res, 413, tooLarge(limit));
  return false;
}

/**
 * Reads an API request's JSON body, counting bytes as they arrive (a chunked body declares no
 * length): past `limit` the request is answered with 413 and what was read is dropped, so memory
 * never holds more than `limit` bytes of one body. Resolves to the parsed body for the RPC
 * handler, or null when the request was answered here (or the client went away).
 */
export function readJsonBody(
  req: IncomingMessage,
  res: ServerResponse,
  limit = BODY_LIMIT_BYTES,
  budget: BodyBudget = hostBudget,
): Promise<{ body: unknown } | null> {
  if (!declaredWithinLimit(req, res, limit)) return Promise.resolve(null);
  if (req.method === 'GET' || req.method === 'HEAD') return Promise.resolve({ body: undefined });
  // The app's own client sends only JSON; the host reads nothing else.
  const type = req.headers['content-type'];
  if (type !== undefined && !type.startsWith('application/json')) {
    refuseBody(req, res, 415, formatMessage('host.badBody'));
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    let chunks: Buffer[] = [];
    let seen = 0;
    let settled = false;
    const settle = (value: { body: unknown } | null): void => {
      if (settled) return;
      settled = true;
      budget.held -= seen;
      chunks = [];
      resolve(value);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      if (seen + chunk.length > limit) {
        refuseBody(req, res, 413, tooLarge(limit));
        return settle(null);
      }
      if (budget.held + chunk.length > budget.max) {
        refuseBody(req, res, 503, formatMessage('host.uploadsBusy'));
        return settle(null);
      }
      seen += chunk.length;
      budget.held += chunk.length;
      chunks.push(chunk);
    });
    req.once('end', () => {
      if (settled) return;
      const text = Buffer.concat(chunks).toString('utf8');
      chunks = [];
      if (text === '') return settle({ body: undefined });
      try {
        settle({ body: JSON.parse(text) as unknown });
      } catch {
        refuseBody(req, res, 400, formatMessage('host.badBody'));
        settle(null);
      }
    });
    // The client went away mid-body: there is no one to answer.
    req.once('close', () => settle(null));
    req.once('error', () => settle(null));
  });
}
