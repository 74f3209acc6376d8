import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';

/** One file inside a zip (an .xlsx is a zip of XML parts). */
interface ZipEntry {
  method: number;
  compressedSize: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The parts of a zip by name, from its central directory. exceljs's streaming reader walks the
 * zip front to back instead and now and then loses the last parts (the workbook part, which names
 * the sheets, is last in the files exceljs's own streaming writer makes); reading the directory
 * cannot. Zip64 (files over 4 GB) is not needed for a 45 MB upload and is refused.
 */
export function zipParts(buf: Buffer): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('zip: no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const parts = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new Error('zip: bad central directory');
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localHeader = buf.readUInt32LE(p + 42);
    if (compressedSize === 0xffffffff || localHeader === 0xffffffff) throw new Error('zip: zip64 is not supported');
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    parts.set(name.replace(/^\/+/, ''), { method, compressedSize, localHeader });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/**
 * A part's text, inflated and decoded a piece at a time: a large sheet never sits in memory as
 * one string, and a character split between two pieces is decoded whole.
 */
export async function* partText(buf: Buffer, entry: ZipEntry): AsyncGenerator<string> {
  const at = entry.localHeader;
  if (buf.readUInt32LE(at) !== LOCAL) throw new Error('zip: bad local header');
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method !== 0 && entry.method !== 8) throw new Error(`zip: compression method ${entry.method} is not supported`);
  const chunks: Iterable<Buffer> | AsyncIterable<Buffer> = entry.method === 0 ? [data] : Readable.from([data]).pipe(zlib.createInflateRaw());
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
