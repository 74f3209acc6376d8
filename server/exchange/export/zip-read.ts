import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';

/** The file is not the zip it should be; the export deletes it and says why. */
export class WorkbookMismatch extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/**
 * The entries an xlsx (a zip) lists in its central directory, the part written last: a file cut
 * short by a pulled stick or a full disk has none and is refused here.
 */
export async function zipEntries(handle: fs.FileHandle): Promise<ZipEntry[]> {
  const { size } = await handle.stat();
  const tail = Buffer.alloc(Math.min(size, 22 + 0xffff));
  await handle.read(tail, 0, tail.length, size - tail.length);
  const end = tail.lastIndexOf(EOCD);
  if (end < 0 || end + 22 > tail.length) throw new WorkbookMismatch('文件不完整（缺少 zip 目录）');
  const count = tail.readUInt16LE(end + 10);
  const dirSize = tail.readUInt32LE(end + 12);
  const dirOffset = tail.readUInt32LE(end + 16);
  if (dirOffset === ZIP64_MARK || dirOffset + dirSize > size) throw new WorkbookMismatch('zip 目录位置不正确');
  const dir = Buffer.alloc(dirSize);
  await handle.read(dir, 0, dirSize, dirOffset);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) throw new WorkbookMismatch('zip 目录损坏');
    const nameLength = dir.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      method: dir.readUInt16LE(p + 10),
      crc: dir.readUInt32LE(p + 16),
      compressedSize: dir.readUInt32LE(p + 20),
      size: dir.readUInt32LE(p + 24),
      localOffset: dir.readUInt32LE(p + 42),
      name: dir.toString('utf8', p + 46, p + 46 + nameLength),
    };
    // The writer never needs ZIP64 (a million persons is well under 4 GiB); a marker here means damage.
    if (entry.compressedSize === ZIP64_MARK || entry.size === ZIP64_MARK || entry.localOffset === ZIP64_MARK) throw new WorkbookMismatch('zip 目录损坏');
    entries.push(entry);
    p += 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
  }
  return entries;
}

/**
 * Streams one entry's bytes back from the disk, inflated, into `onChunk`, and checks them
 * against the CRC-32 and size the directory recorded: any byte that did not reach the file as
 * written fails here.
 */
export async function readZipEntry(file: string, handle: fs.FileHandle, entry: ZipEntry, onChunk: (chunk: Buffer) => void): Promise<void> {
  const local = Buffer.alloc(30);
  await handle.read(local, 0, 30, entry.localOffset);
  if (local.readUInt32LE(0) !== LOCAL) throw new WorkbookMismatch(`${entry.name} 位置不正确`);
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const raw: Readable = entry.compressedSize > 0 ? createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 20 }) : Readable.from([]);
  let body: Readable;
  if (entry.method === 8) body = raw.pipe(zlib.createInflateRaw({ chunkSize: 1 << 18 }));
  else if (entry.method === 0) body = raw;
  else throw new WorkbookMismatch(`${entry.name} 压缩方式未知`);
  raw.on('error', (e) => body.destroy(e));
  let crc = 0;
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      crc = zlib.crc32(chunk, crc);
      size += chunk.length;
      onChunk(chunk);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith('Z_')) throw new WorkbookMismatch(`${entry.name} 数据损坏`);
    throw error;
  }
  if (size !== entry.size || crc >>> 0 !== entry.crc) throw new WorkbookMismatch(`${entry.name} 校验不符`);
}
