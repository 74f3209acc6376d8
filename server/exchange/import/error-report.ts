import ExcelJS from 'exceljs';
import { cellText, type CellValue } from '../../../domain/exchange/cells';
import { formatMessage } from '../../../domain/messages';
import { SHEET_COLUMNS } from '../columns';
import type { Validation } from './validate';

const ERROR_HEADER = '错误说明';
const ROW_HEADER = '原表行号';

/** The header cells as the sheet showed them; a blank header keeps its column letter. */
const headersOf = (v: Validation) => v.layout.columns.map((c) => c.header || c.letter);

/**
 * The rows that cannot be imported, as they were in the sheet, with what is wrong with each:
 * the clerk corrects them here and imports this file again (原表行号 and 错误说明 are ignored
 * on import). Columns the register keeps as text (IDs, phones) are written as text, so a
 * corrected ID is never turned into a number by Excel.
 */
export async function buildErrorReport(v: Validation): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('错误报告', { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = headersOf(v);
  const textColumns = new Set(
    SHEET_COLUMNS[v.kind].filter((c) => c.text).map((c) => v.mapping[c.key]).filter((i): i is number => i !== null && i !== undefined),
  );
  sheet.columns = [
    ...headers.map((h, i) => ({ header: h, width: Math.min(40, Math.max(10, h.length * 2 + 4)), style: textColumns.has(i) ? { numFmt: '@' } : {} })),
    { header: ROW_HEADER, width: 10 },
    { header: ERROR_HEADER, width: 80, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  sheet.getRow(1).font = { bold: true };
  const headerOf = (field: string) => {
    const index = v.mapping[field];
    const shown = index === null || index === undefined ? undefined : headers[index];
    return shown ?? SHEET_COLUMNS[v.kind].find((c) => c.key === field)?.header ?? field;
  };
  for (const o of v.outcomes) {
    if (o.errors.length === 0) continue;
    const cells: CellValue[] = v.sheet.rows[o.row - 1] ?? [];
    const values = headers.map((_, i) => {
      const cell = cells[i] ?? null;
      // A number in an ID column is written as the text it showed, digits lost and all; a date as
      // its ISO day, which reads back the same.
      return (textColumns.has(i) && cell !== null) || cell instanceof Date ? cellText(cell) : cell;
    });
    const explanation = o.errors.map((e) => `【${headerOf(e.field)}】${formatMessage(e.code, e.params)}`).join('\n');
    sheet.addRow([...values, o.row, explanation]);
  }
  for (const [i] of headers.entries()) {
    if (!textColumns.has(i)) continue;
    sheet.getColumn(i + 1).eachCell((cell, rowNumber) => {
      if (rowNumber > 1) cell.numFmt = '@';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
