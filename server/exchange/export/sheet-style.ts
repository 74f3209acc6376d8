import type ExcelJS from 'exceljs';
import type { SheetColumn } from '../columns';

/**
 * Shared style objects. exceljs looks a cell's style up by object identity first, so one object
 * per kind of cell turns 200,000 × 24 style look-ups into map hits; a fresh object per cell (what
 * a column style gives each new cell) is hashed field by field every time.
 */
export const STYLE = {
  plain: {} as Partial<ExcelJS.Style>,
  /** '@' = Text: Excel keeps 身份证号 digits and a trailing X as typed, also when a clerk edits the cell. */
  text: { numFmt: '@' } as Partial<ExcelJS.Style>,
  header: {
    font: { bold: true },
    alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  } as Partial<ExcelJS.Style>,
  headerText: {
    font: { bold: true },
    alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
    numFmt: '@',
  } as Partial<ExcelJS.Style>,
};

/** Widths and the column-level text format (so rows a clerk adds later stay text, too). */
export const columnDefs = (columns: readonly SheetColumn[]): Partial<ExcelJS.Column>[] =>
  columns.map((c) => ({ width: c.width, ...(c.text ? { style: STYLE.text } : {}) }));

/** The header row stays in view while scrolling 200,000 rows. */
export const FROZEN_HEADER: Partial<ExcelJS.WorksheetView>[] = [
  { state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' },
];
