import type { CellValue } from '../../../domain/exchange/cells';

/** One sheet of an uploaded file: rows[i] is spreadsheet row i + 1, cells[j] is column j + 1. */
export interface RawSheet {
  name: string;
  rows: CellValue[][];
  /** Hidden sheets are listed but never chosen by default. */
  hidden: boolean;
}

export interface RawBook {
  format: 'xlsx' | 'csv';
  sheets: RawSheet[];
}
