import ExcelJS from 'exceljs';
import { cellText, type CellValue } from '#domain/exchange/cells';
import { formatMessage } from '#domain/messages';
import { SHEET_COLUMNS } from '../columns';
import { matchColumns } from './sheet-parts';
import type { Validation } from './validate';

const ERROR_HEADER = '错误说明';
const ROW_HEADER = '原表行号';
const SHEET_HEADER = '原工作表';

/** The header cells as the (first) sheet showed them; a blank header keeps its column letter. */
const headersOf = (v: Validation) => (v.parts[0]?.layout.columns ?? []).map((c) => c.header || c.letter);

/**
 * The rows that cannot be imported, as they were in the sheet, with what is wrong with each:
 * the clerk corrects them here and imports this file again (原表行号 and 错误说明 are ignored
 * on import). Columns the register keeps as text (IDs, phones) are written as text, so a
 * corrected ID is never turned into a number by Excel. Rows of several sheets are written under
 * the first sheet's header, each cell in its column by header, with the sheet they came from.
 */
export async function buildErrorReport(v: Validation): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('错误报告', { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = headersOf(v);
  const first = v.parts[0];
  const mapping = first?.mapping ?? {};
  const several = v.parts.length > 1;
  const columnsOf = v.parts.map((p) =>
    first && p !== first ? matchColumns(first.layout, p.layout) : headers.map((_, i) => i),
  );
  const textColumns = new Set(
    SHEET_COLUMNS[v.kind]
      .filter((c) => c.text)
      .map((c) => mapping[c.key])
      .filter((i): i is number => i !== null && i !== undefined),
  );
  sheet.columns = [
    ...headers.map((h, i) => ({
      header: h,
      width: Math.min(40, Math.max(10, h.length * 2 + 4)),
      style: textColumns.has(i) ? { numFmt: '@' } : {},
    })),
    ...(several ? [{ header: SHEET_HEADER, width: 16 }] : []),
    { header: ROW_HEADER, width: 10 },
    { header: ERROR_HEADER, width: 80, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  sheet.getRow(1).font = { bold: true };
  const headerOf = (field: string) => {
    const index = mapping[field];
    const shown = index === null || index === undefined ? undefined : headers[index];
    return shown ?? SHEET_COLUMNS[v.kind].find((c) => c.key === field)?.header ?? field;
  };
  for (const o of v.outcomes) {
    if (o.errors.length === 0) continue;
    const part = v.parts[o.part];
    const cells: CellValue[] = part ? part.sheet.row(o.row - 1) : [];
    const at = columnsOf[o.part] ?? [];
    const values = headers.map((_, i) => {
      const j = at[i];
      const cell = j === null || j === undefined ? null : (cells[j] ?? null);
      // A number in an ID column is written as the text it showed, digits lost and all; a date as
      // its ISO day, which reads back the same.
      return (textColumns.has(i) && cell !== null) || cell instanceof Date ? cellText(cell) : cell;
    });
    const explanation = o.errors.map((e) => `【${headerOf(e.field)}】${formatMessage(e.code, e.params)}`).join('\n');
    sheet.addRow([...values, ...(several ? [part?.sheet.name ?? ''] : []), o.row, explanation]);
  }
  for (const [i] of headers.entries()) {
    if (!textColumns.has(i)) continue;
    sheet.getColumn(i + 1).eachCell((cell, rowNumber) => {
      if (rowNumber > 1) cell.numFmt = '@';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
