import zlib from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/**
 * The parts of an .xlsx (a zip), read through its central directory with yauzl. Both directions
 * need this: the import hands exceljs each part itself (its own streaming reader now and then
 * loses the last parts and splits characters between chunks, see import/read-xlsx.ts), and the
 * export reads its file back from the stick before calling it written.
 */
export class ZipDamaged extends Error {}

/** A part inflates to more than the caller allows: a zip bomb, or a file far larger than any this app reads. */
export class PartTooLarge extends Error {
  constructor(
    readonly part: string,
    readonly limit: number,
  ) {
    super(`${part}: inflates past ${limit} bytes`);
  }
}

export interface ZipParts {
  zip: ZipFile;
  entries: Map<string, Entry>;
  /** In the order the directory lists them. */
  list: Entry[];
}

const damaged = (error: unknown) => new ZipDamaged(error instanceof Error ? error.message : String(error));

/** Opens a zip held in memory (an upload) or on disk (a file just written) and lists its parts. */
export function openZip(source: Buffer | string): Promise<ZipParts> {
  return new Promise((resolve, reject) => {
    const options = { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true };
    const opened = (error: Error | null, zip?: ZipFile) => {
      if (error || !zip) return reject(damaged(error));
      const list: Entry[] = [];
      zip.on('entry', (entry: Entry) => {
        list.push(entry);
        zip.readEntry();
      });
      zip.once('end', () =>
        resolve({ zip, list, entries: new Map(list.map((e) => [e.fileName.replace(/^\/+/, ''), e])) }),
      );
      zip.once('error', (e: unknown) => reject(damaged(e)));
      zip.readEntry();
    };
    if (typeof source === 'string') yauzl.open(source, options, opened);
    else yauzl.fromBuffer(source, options, opened);
  });
}

/**
 * One part's bytes, inflated, a chunk at a time; at the end the size and CRC-32 are checked
 * against the directory, so a byte that did not reach the disk as written is caught. With
 * `maxBytes`, a part whose directory entry claims more is refused before inflating anything, and
 * the inflated bytes are counted as they come: the stream is destroyed (inflating stops) at the
 * first chunk past the limit, whatever the directory claimed.
 */
export async function* entryBytes(
  zip: ZipFile,
  entry: Entry,
  maxBytes = Number.POSITIVE_INFINITY,
): AsyncGenerator<Buffer> {
  if (entry.uncompressedSize > maxBytes) throw new PartTooLarge(entry.fileName, maxBytes);
  const stream = await new Promise<NodeJS.ReadableStream & { destroy(): void }>((resolve, reject) =>
    zip.openReadStream(entry, (error, s) => (error || !s ? reject(damaged(error)) : resolve(s))),
  );
  let crc = 0;
  let inflated = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > maxBytes) throw new PartTooLarge(entry.fileName, maxBytes);
      crc = zlib.crc32(chunk, crc);
      yield chunk;
    }
  } catch (error) {
    stream.destroy();
    if (error instanceof PartTooLarge) throw error;
    throw damaged(error);
  } finally {
    // A consumer that stops early (a row limit reached) leaves the rest uninflated.
    stream.destroy();
  }
  if (crc >>> 0 !== entry.crc32 >>> 0) throw new ZipDamaged(`${entry.fileName}: CRC-32 does not match`);
}
