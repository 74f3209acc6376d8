import type { CellValue } from '#domain/exchange/cells';

/**
 * One sheet of an uploaded file. Rows are kept compactly (row-store.ts) and decoded when asked
 * for: row(i) is spreadsheet row i + 1, its cells[j] column j + 1.
 */
export interface RawSheet {
  name: string;
  /** Hidden sheets are listed but never chosen by default. */
  hidden: boolean;
  rowCount: number;
  /** A row past the end is empty. */
  row(i: number): CellValue[];
  /** Memory it holds, for the sessions' budget. */
  bytes: number;
}

export interface RawBook {
  format: 'xlsx' | 'csv';
  sheets: RawSheet[];
}

/** The first n rows as arrays (header detection looks at the top of a sheet only). */
export function headRows(sheet: RawSheet, n: number): CellValue[][] {
  return Array.from({ length: Math.min(n, sheet.rowCount) }, (_, i) => sheet.row(i));
}

/**
 * The two rows a header ending at 1-based `headerRow` is read from (it and the one above), at
 * their own places in an otherwise empty array: a header chosen far down never decodes the rows above.
 */
export function headerRows(sheet: RawSheet, headerRow: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let i = Math.max(0, headerRow - 2); i < headerRow; i++) rows[i] = sheet.row(i);
  return rows;
}

export const bookBytes = (book: RawBook) => book.sheets.reduce((sum, s) => sum + s.bytes, 0);
