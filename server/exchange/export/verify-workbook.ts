import { formatMessage, type MessageCode, type MessageParams } from '#domain/messages';
import { SHEET_COLUMNS, SHEET_NAMES } from '../columns';
import { ABOUT_SHEET } from './about-sheet';
import type { SheetCount } from './workbook-writer';
import { entryBytes, openZip, ZipDamaged } from '../zip';

/** The file is not the workbook it should be; the export deletes it and says why (a message code). */
export class WorkbookMismatch extends Error {
  constructor(
    readonly code: MessageCode,
    readonly params: MessageParams,
  ) {
    super(formatMessage(code, params));
  }
}

const ROW_TAG = Buffer.from('<row ');
/** The header row is near the start of a sheet; this much of it is kept to read the header back. */
const HEAD_BYTES = 64 * 1024;

const unescape = (s: string) =>
  s.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '',
  );
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1] ?? '') : null;
};

/** Counts `<row ` tags in a sheet streamed in chunks, including one split across two chunks. */
function rowCounter() {
  let rows = 0;
  let carry = Buffer.alloc(0);
  const countIn = (buf: Buffer) => {
    for (let i = buf.indexOf(ROW_TAG); i >= 0; i = buf.indexOf(ROW_TAG, i + ROW_TAG.length)) rows += 1;
  };
  return {
    add(chunk: Buffer) {
      if (carry.length) countIn(Buffer.concat([carry, chunk.subarray(0, ROW_TAG.length - 1)]));
      countIn(chunk);
      carry = Buffer.from(chunk.subarray(Math.max(0, chunk.length - (ROW_TAG.length - 1))));
    },
    get rows() {
      return rows;
    },
  };
}

interface SheetRead {
  rows: number;
  head: string;
}

/** The text of row 1's cells: exceljs writes strings in the cell itself (t="str", <v>), or inline (<is><t>). */
function headerCells(head: string): string[] {
  const row = /<row [^>]*r="1"[^>]*>([\s\S]*?)<\/row>/.exec(head)?.[1] ?? '';
  return [...row.matchAll(/<(t|v)(?:\s[^>]*)?>([^<]*)<\/\1>/g)].map((m) => unescape(m[2] ?? ''));
}

/**
 * Reads the written file back from the disk and checks it is the workbook that was meant:
 * every zip entry inflates to the size and CRC-32 its directory records, the sheets are the
 * registers asked for plus 说明 in that order, each register sheet starts with the Chinese
 * header row of columns.ts and holds exactly the rows the writer counted. Streams, so a
 * 200,000-row file costs no more memory than writing it; row counting scans bytes rather than
 * parsing cells, so the check costs a fraction of the write (bench/RESULTS.md).
 */
export async function verifyWorkbook(file: string, expected: readonly SheetCount[]): Promise<void> {
  const parts = new Map<string, string>();
  const sheets = new Map<string, SheetRead>();
  let zip: Awaited<ReturnType<typeof openZip>>['zip'] | null = null;
  try {
    const opened = await openZip(file);
    zip = opened.zip;
    for (const entry of opened.list) {
      if (/^xl\/worksheets\/sheet\d+\.xml$/.test(entry.fileName)) {
        const counter = rowCounter();
        const head: Buffer[] = [];
        let headBytes = 0;
        for await (const chunk of entryBytes(zip, entry)) {
          counter.add(chunk);
          if (headBytes < HEAD_BYTES) {
            head.push(chunk.subarray(0, HEAD_BYTES - headBytes));
            headBytes += Math.min(chunk.length, HEAD_BYTES - headBytes);
          }
        }
        sheets.set(entry.fileName, { rows: counter.rows, head: Buffer.concat(head).toString('utf8') });
      } else {
        const chunks: Buffer[] = [];
        for await (const chunk of entryBytes(zip, entry)) chunks.push(chunk);
        parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
      }
    }
  } catch (error) {
    // A cut-short or bit-flipped file: no directory, a bad CRC, an entry that will not inflate.
    if (error instanceof ZipDamaged) throw new WorkbookMismatch('exports.verify.damaged', { reason: error.message });
    throw error;
  } finally {
    zip?.close();
  }

  const targets = new Map(
    [...(parts.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      attr(m[0], 'Id'),
      `xl/${attr(m[0], 'Target') ?? ''}`,
    ]),
  );
  const listed = [...(parts.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b[^>]*>/g)].map((m) => ({
    name: attr(m[0], 'name') ?? '',
    sheet: sheets.get(targets.get(attr(m[0], 'r:id')) ?? ''),
  }));
  const names = [...expected.map((e) => SHEET_NAMES[e.kind]), ABOUT_SHEET];
  if (listed.map((s) => s.name).join('|') !== names.join('|'))
    throw new WorkbookMismatch('exports.verify.sheets', { sheets: listed.map((s) => s.name).join('、') });
  expected.forEach((e, i) => {
    const sheet = listed[i]?.sheet;
    const name = SHEET_NAMES[e.kind];
    if (!sheet) throw new WorkbookMismatch('exports.verify.sheetMissing', { sheet: name });
    if (headerCells(sheet.head).join('|') !== SHEET_COLUMNS[e.kind].map((c) => c.header).join('|'))
      throw new WorkbookMismatch('exports.verify.header', { sheet: name });
    if (sheet.rows - 1 !== e.rows)
      throw new WorkbookMismatch('exports.verify.rows', { sheet: name, read: sheet.rows - 1, expected: e.rows });
  });
}
