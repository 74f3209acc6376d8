import { gunzipSync, gzipSync } from 'node:zlib';
import { PackageRefusal } from '#server/kernel/package-refusal';

/**
 * The inner layer of a package (inside the encryption): named entries one after another, each
 * `name length (uint16 BE) | name (UTF-8) | data length (uint32 BE) | data`, the whole gzipped.
 * Entries keep their exact bytes, which the manifest's hashes and the signature are taken over.
 */
const INNER_MAGIC = Buffer.from('SHRB', 'latin1');
// Decompressed size cap: a hostile file cannot make the reader allocate without bound.
const MAX_INFLATED = 1024 * 1024 * 1024;

export interface Entry {
  name: string;
  data: Buffer;
}

export function packEntries(entries: Entry[]): Buffer {
  const chunks: Buffer[] = [INNER_MAGIC];
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const head = Buffer.alloc(2 + name.length + 4);
    head.writeUInt16BE(name.length, 0);
    name.copy(head, 2);
    head.writeUInt32BE(e.data.length, 2 + name.length);
    chunks.push(head, e.data);
  }
  return gzipSync(Buffer.concat(chunks), { level: 9 });
}

/** A malformed inner layer behind a valid GCM tag means the sender's file is broken: tampered. */
export function unpackEntries(gzipped: Buffer): Map<string, Buffer> {
  let raw: Buffer;
  try {
    raw = gunzipSync(gzipped, { maxOutputLength: MAX_INFLATED });
  } catch {
    throw new PackageRefusal('packages.file.tampered');
  }
  if (!raw.subarray(0, INNER_MAGIC.length).equals(INNER_MAGIC)) throw new PackageRefusal('packages.file.tampered');
  const entries = new Map<string, Buffer>();
  let at = INNER_MAGIC.length;
  while (at < raw.length) {
    if (at + 2 > raw.length) throw new PackageRefusal('packages.file.tampered');
    const nameLength = raw.readUInt16BE(at);
    const dataAt = at + 2 + nameLength + 4;
    if (dataAt > raw.length) throw new PackageRefusal('packages.file.tampered');
    const name = raw.subarray(at + 2, at + 2 + nameLength).toString('utf8');
    const length = raw.readUInt32BE(at + 2 + nameLength);
    if (dataAt + length > raw.length || entries.has(name)) throw new PackageRefusal('packages.file.tampered');
    entries.set(name, raw.subarray(dataAt, dataAt + length));
    at = dataAt + length;
  }
  return entries;
}
