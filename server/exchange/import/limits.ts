import type { MessageCode, MessageParams } from '../../../domain/messages';

/**
 * How much of an uploaded workbook the import reads before it refuses the file. Each bound is
 * set from the largest file a district can legitimately bring, and stops a small hostile file
 * (a "zip bomb": a few MB that inflate to millions of rows) before it is held in memory.
 *
 * - Rows: Excel's own limit, 1,048,576 rows a sheet; no office spreadsheet has more. Same for CSV.
 * - Sheet part (xl/worksheets/sheetN.xml): the app's own export of 1,048,576 persons, all
 *   24 columns, is about 0.9 KB of XML a row, under 1 GB; 1,536 MB leaves room for the longer
 *   cells and styles other software writes. The part is read as a stream, so this bounds
 *   time, not memory.
 * - Shared strings (xl/sharedStrings.xml): Excel puts every text cell there, and exceljs keeps
 *   them all while the sheets are read. A 1,048,576-row roster with every text unique is about
 *   400 MB of it; 512 MB.
 * - Any other part (workbook, styles, relationships): a few hundred KB in real files; 64 MB.
 * - Cells kept for one workbook: what is held after parsing (see row-store.ts, about the cell
 *   text in UTF-8): 1,048,576 rows of the 24-column export are about 260 MB; 512 MB.
 * - All open imports together: 768 MB of cells, so at most one such file and a few ordinary
 *   ones are held at once (sessions.ts drops the oldest first).
 */
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_PART_BYTES = 1536 * 1024 * 1024;
export const MAX_SHARED_STRINGS_BYTES = 512 * 1024 * 1024;
export const MAX_OTHER_PART_BYTES = 64 * 1024 * 1024;
export const MAX_BOOK_CELL_BYTES = 512 * 1024 * 1024;
export const MAX_SESSIONS_CELL_BYTES = 768 * 1024 * 1024;

/** Excel's way of writing the limit, as the clerk knows it. */
export const rowLimitText = MAX_SHEET_ROWS.toLocaleString('en');

export const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The file passes one of the bounds above; the message says which and what to do. */
export class ImportLimit extends Error {
  constructor(
    readonly code: MessageCode,
    readonly params: MessageParams,
  ) {
    super(code);
  }
}

export const tooManyRows = (sheet: string) => new ImportLimit('import.file.tooManyRows', { sheet, limit: rowLimitText });
