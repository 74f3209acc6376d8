import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { messyPersonsWorkbook } from '../fixtures/messy-sheets';
import { makeResidentId } from '../fixtures/synthetic';
import { fieldsOf, institutionInput, personInput, refusal, seedPlaces, useApp } from './helpers';
import { commit, openFile, runOf } from './import-helpers';

const app = useApp();
const DAY_CARE = '测试阳光家园日间照料中心';
const REGISTERED = makeResidentId({ birth: '1960-01-01', seq: 5 });

async function readReport(base64: string) {
  const wb = new ExcelJS.Workbook();
  // exceljs's typings predate Buffer<ArrayBufferLike>; its load takes any Node buffer.
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('the report has no sheet');
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((r) => rows.push(r));
  const header = (rows[0]?.values as ExcelJS.CellValue[]).slice(1).map(String);
  return { ws, rows, header };
}

describe('imports/errorReport', () => {
  it('has the original header and only the rows with errors, their cells as they were, IDs as text, and 错误说明', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    await a.api.institutions.create(institutionInput(places, { name: DAY_CARE }));
    await a.api.persons.create(personInput(places, { name: '孙立新', residentId: REGISTERED }));
    const wb = await messyPersonsWorkbook({ street: '甲街道', community: '甲一社区', dayCare: DAY_CARE }, REGISTERED);
    const s = await openFile(a.api, 'persons', wb.fileName, wb.buffer);
    // The report is the same after the valid rows went in.
    await commit(a.api, runOf(s));
    const report = await a.api.imports.errorReport(runOf(s));
    expect(report.fileName).toMatch(/^导入错误报告-残疾人-\d{8}\.xlsx$/);

    const { ws, rows, header } = await readReport(report.dataBase64);
    expect(header.slice(0, 5)).toEqual(['序号', '姓名', '公民身份号码', '性别', '残疾证号*']);
    expect(header.slice(-2)).toEqual(['原表行号', '错误说明']);
    const bad = wb.rows.filter((r) => r.errors.length > 0);
    expect(rows.slice(1).map((r) => r.getCell(header.length - 1).value)).toEqual(bad.map((r) => r.row));

    const explain = (sheetRow: number) =>
      String(
        rows
          .slice(1)
          .find((r) => r.getCell(header.length - 1).value === sheetRow)
          ?.getCell(header.length).value,
      );
    const precision = bad.find((r) => r.errors[0]?.code === 'import.number.precision');
    expect(explain(precision?.row ?? 0)).toContain('【公民身份号码】该号码被保存成了数字');
    const idCell = rows
      .slice(1)
      .find((r) => r.getCell(header.length - 1).value === precision?.row)
      ?.getCell(3);
    expect(idCell?.value).toBe('440307199001011000');
    expect(idCell?.numFmt).toBe('@');
    expect(explain(bad.find((r) => r.errors[0]?.code === 'field.date')?.row ?? 0)).toBe(
      '【残疾人证发证日期】请填写有效日期（年-月-日）',
    );
    expect(explain(bad.find((r) => r.errors[0]?.code === 'import.duplicate.person')?.row ?? 0)).toBe(
      '【公民身份号码】该身份证号已在系统中登记（孙立新），不会重复导入',
    );
    expect(ws.name).toBe('错误报告');
  });

  it('refuses when there is nothing wrong', async () => {
    const a = app();
    await seedPlaces(a.api);
    const csv = `姓名,身份证号,岗位\n陈静,${makeResidentId({ seq: 3 })},护理\n`;
    const s = await openFile(a.api, 'staff', 'ok.csv', Buffer.from(csv, 'utf8'));
    const e = await refusal(a.api.imports.errorReport(runOf(s)));
    expect(fieldsOf(e)[0]?.message).toBe('没有错误，无需下载错误报告');
  });
});
