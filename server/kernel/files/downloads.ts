import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * Files the register itself has written (exports, packages) that the browser host may hand to
 * the browser as downloads. Only these: the route never takes a path from the request, so it
 * cannot be used to read anything else on the machine.
 */
const offered = new Map<string, { path: string; name: string; until: number }>();
const LIFETIME_MS = 60 * 60 * 1000;

export function offerDownload(filePath: string): string {
  const now = Date.now();
  for (const [id, f] of offered) if (f.until < now) offered.delete(id);
  const id = randomBytes(18).toString('base64url');
  offered.set(id, { path: filePath, name: path.basename(filePath), until: now + LIFETIME_MS });
  return id;
}

export function offeredDownload(id: string): { path: string; name: string } | null {
  const f = offered.get(id);
  return f && f.until >= Date.now() ? { path: f.path, name: f.name } : null;
}

/** RFC 6266 / 5987 attachment header that keeps a Chinese file name intact in every browser. */
export function attachmentHeader(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  // RFC 5987 allows fewer characters than encodeURIComponent leaves alone: also escape ' ( ) *.
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
