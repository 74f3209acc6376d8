import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { Entry } from 'yauzl';
import type { CellValue } from '#domain/exchange/cells';
import type { RawSheet } from './raw-book';
import { entryBytes, openZip, type ZipParts } from '../zip';
import {
  MAX_BOOK_CELL_BYTES,
  MAX_OTHER_PART_BYTES,
  MAX_SHARED_STRINGS_BYTES,
  MAX_SHEET_PART_BYTES,
  MAX_SHEET_ROWS,
  tooManyRows,
} from './limits';
import { CellBudget, StoredSheet } from './row-store';
import { partText } from './zip-parts';

type ExcelValue = ExcelJS.CellValue | undefined;

/**
 * One exceljs value as a plain cell. Shared strings arrive as text, rich text as runs, formulas
 * with their cached result, hyperlinks with their text, errors (#N/A) as the text Excel shows.
 */
export function plainCell(v: ExcelValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return v.error;
  if ('formula' in v || 'sharedFormula' in v) return plainCell((v as { result?: ExcelValue }).result);
  if ('hyperlink' in v) return plainCell(v.text as ExcelValue);
  return null;
}

/** The parts of exceljs's streaming reader this module drives (exceljs 4.4; see readXlsx). */
interface ReaderParts {
  model?: { sheets?: { id: number; name: string; rId: string; state?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<{ index: number; text: ExcelValue }>;
  sharedStrings?: unknown;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Generator<{ value: WorksheetParts }>;
}

interface WorksheetParts extends AsyncIterable<ExcelJS.Row> {
  name: string;
  state?: string;
}

const ROW_TAG = Buffer.from('<row');

/**
 * Counts a sheet's <row> tags straight from the inflated bytes, before exceljs parses anything:
 * a sheet of millions of identical rows (a few MB zipped) is refused in the time it takes to
 * inflate the first 1,048,577 of them, not after parsing them all. Costs one more inflate of the
 * part for a real file (about a second for the largest).
 */
async function checkRowCount(zip: ZipParts['zip'], entry: Entry, sheet: string): Promise<void> {
  let rows = 0;
  let tail = Buffer.alloc(0);
  for await (const chunk of entryBytes(zip, entry, MAX_SHEET_PART_BYTES)) {
    // A tag split between two chunks is found in the few bytes carried over.
    const bytes = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
    for (let at = bytes.indexOf(ROW_TAG); at !== -1; at = bytes.indexOf(ROW_TAG, at + ROW_TAG.length)) {
      const next = bytes[at + ROW_TAG.length];
      // <row> or <row …>, not <rowBreaks>; a tag at the very end is counted with the next chunk.
      if (next === 0x3e || next === 0x20 || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) rows += 1;
    }
    if (rows > MAX_SHEET_ROWS) throw tooManyRows(sheet);
    tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - ROW_TAG.length)));
  }
}

/**
 * The shared strings as exceljs's worksheet reader looks them up (sharedStrings[index]), read
 * from the compact store: Excel keeps every text cell there, and as a JS array of strings a
 * 1,048,576-row roster's took several hundred MB of heap (each string also pinning the XML
 * chunk it was cut from).
 */
function sharedStringTable(table: StoredSheet): unknown {
  return new Proxy([], {
    get(target, key) {
      if (typeof key === 'string' && key !== '' && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57)
        return table.row(Number(key))[0] ?? null;
      return Reflect.get(target, key) as unknown;
    },
  });
}

/** xl/worksheets/sheet1.xml from a relationship target (relative to xl/, or absolute). */
const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);

/**
 * Reads every sheet, in tab order, cell values only: a 200,000-row roster would take gigabytes
 * as an exceljs workbook model. exceljs's streaming reader parses each part, but the zip is read
 * here (../zip.ts, yauzl) and each part handed over as text decoded across chunk boundaries: left to
 * itself, exceljs 4.4 loses trailing parts now and then, and decodes each inflated chunk on its
 * own, turning a Chinese character split between two chunks into U+FFFD (about one row in three
 * thousand of a large roster, silently). tests/server/import-xlsx-read.test.ts guards both.
 *
 * Bounded (limits.ts): each part's inflated bytes, each sheet's rows and the cells kept for the
 * whole workbook; past any of them it throws ImportLimit as soon as it gets there, before the
 * rest is inflated.
 */
export async function readXlsx(bytes: Uint8Array, budget = new CellBudget(MAX_BOOK_CELL_BYTES)): Promise<RawSheet[]> {
  const parts = await openZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    return await readSheets(parts, budget);
  } finally {
    parts.zip.close();
  }
}

async function readSheets({ zip, entries: parts }: ZipParts, budget: CellBudget): Promise<RawSheet[]> {
  const text = (name: string, maxBytes = MAX_OTHER_PART_BYTES) => {
    const entry = parts.get(name);
    return entry ? Readable.from(partText(zip, entry, maxBytes)) : null;
  };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    // Handed over one by one and kept compactly here (sharedStringTable), not as exceljs's array.
    sharedStrings: 'emit',
    // Styles tell date cells from numbers.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as ReaderParts;
  const rels = text('xl/_rels/workbook.xml.rels');
  const workbook = text('xl/workbook.xml');
  if (!rels || !workbook) throw new Error('xlsx: no workbook part');
  await reader._parseRels(rels);
  await reader._parseWorkbook(workbook);
  const styles = text('xl/styles.xml');
  if (styles) await reader._parseStyles(styles);
  const shared = text('xl/sharedStrings.xml', MAX_SHARED_STRINGS_BYTES);
  const table = new StoredSheet('sharedStrings', budget);
  if (shared) {
    for await (const { index, text: value } of reader._parseSharedStrings(shared)) {
      while (table.rowCount < index) table.push([null]);
      table.push([plainCell(value)]);
    }
  }
  reader.sharedStrings = sharedStringTable(table.finish());

  const sheets: RawSheet[] = [];
  for (const [i, meta] of (reader.model?.sheets ?? []).entries()) {
    const target = reader.workbookRels?.find((r) => r.Id === meta.rId)?.Target;
    const entry = target ? parts.get(partPath(target)) : undefined;
    if (!entry) continue;
    await checkRowCount(zip, entry, meta.name);
    const ws = reader._parseWorksheet(partText(zip, entry, MAX_SHEET_PART_BYTES), String(i + 1)).next().value.value;
    const sheet = new StoredSheet(meta.name, budget);
    sheet.hidden = meta.state === 'hidden' || meta.state === 'veryHidden';
    for await (const row of ws) {
      // Rows are numbered; blank rows in between are not in the file at all. A row without its
      // number (not Excel's own writing) follows the one before.
      const number = Number.isInteger(row.number) ? row.number : sheet.rowCount + 1;
      if (number > MAX_SHEET_ROWS || sheet.rowCount >= MAX_SHEET_ROWS) throw tooManyRows(meta.name);
      const values = row.values as ExcelValue[];
      const cells: CellValue[] = [];
      for (let c = 1; c < values.length; c++) cells.push(plainCell(values[c]));
      while (sheet.rowCount < number - 1) sheet.push([]);
      sheet.push(cells);
    }
    sheets.push(sheet.finish());
  }
  budget.release(table.bytes);
  return sheets;
}
