import type { MessageCode, MessageParams } from '#domain/messages';

/**
 * How much of an uploaded workbook the import reads before it refuses the file. Each bound is
 * set from the largest file a district can legitimately bring, and stops a small hostile file
 * (a "zip bomb": a few hundred KB that inflate to millions of rows) before it is held in memory.
 * Measured on the largest legitimate file (bench/import-million.ts): 1,048,576 rows of a
 * five-column street list saved with shared strings, as Excel does, is 51 MB of xlsx (so the
 * upload limit, IMPORT_MAX_BYTES, is 64 MB) and inflates to a 250 MB sheet part and 87 MB of
 * shared strings; real sheets inflate 6–10×, so a 64 MB upload holds at most about 700 MB of XML.
 *
 * - Rows: Excel's own limit, 1,048,576 rows a sheet; no office spreadsheet has more. Same for CSV.
 * - Columns: Excel's own limit, 16,384 a row (XFD). A CSV has none of its own: 64 MB of commas
 *   is one row of 67 million cells, 2 GB of memory before the first row is stored, so a CSV
 *   is checked for it before it is parsed (read-csv.ts). An xlsx cannot pass it (XFD is the
 *   last column exceljs reads).
 * - Sheet part (xl/worksheets/sheetN.xml): 2,048 MB, above the ~1.5 KB a row of the app's own
 *   24-column export with inline strings at 1,048,576 rows. The part is read as a stream, so
 *   this bounds time, not memory.
 * - Shared strings (xl/sharedStrings.xml): Excel puts every text cell there, and they are kept
 *   while the sheets are read; 512 MB, six times the million-row list's. What is kept of them
 *   also counts against the cells budget below while the file is read.
 * - Any other part (workbook, styles, relationships): a few KB in real files; 64 MB.
 * - Cells kept for one workbook (row-store.ts, about the cells' text in UTF-8): the million-row
 *   list keeps about 100 MB of rows (plus its shared strings while reading); the 24-column
 *   export of as many persons would keep about 300 MB. 512 MB.
 * - All open imports together: 768 MB of cells, so at most one such file and a few ordinary
 *   ones are held at once (sessions.ts drops the oldest first).
 */
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_COLUMNS = 16_384;
export const MAX_SHEET_PART_BYTES = 2048 * 1024 * 1024;
export const MAX_SHARED_STRINGS_BYTES = 512 * 1024 * 1024;
export const MAX_OTHER_PART_BYTES = 64 * 1024 * 1024;
export const MAX_BOOK_CELL_BYTES = 512 * 1024 * 1024;
export const MAX_SESSIONS_CELL_BYTES = 768 * 1024 * 1024;

/** Excel's way of writing the limit, as the clerk knows it. */
export const rowLimitText = MAX_SHEET_ROWS.toLocaleString('en');

export const columnLimitText = MAX_SHEET_COLUMNS.toLocaleString('en');

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

export const tooManyRows = (sheet: string) =>
  new ImportLimit('import.file.tooManyRows', { sheet, limit: rowLimitText });

export const tooManyColumns = (sheet: string) =>
  new ImportLimit('import.file.tooManyColumns', { sheet, limit: columnLimitText });
