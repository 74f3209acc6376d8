import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBook } from '#server/exchange/import/read-file';
import { headRows, type RawSheet } from '#server/exchange/import/raw-book';
import { detectHeader, headerAt } from '#server/exchange/import/header';

/** Every row of a sheet as arrays of cells, as the reader decodes them. */
const rowsOf = (sheet: RawSheet | undefined) => (sheet ? headRows(sheet, sheet.rowCount) : []);

describe('reading .xlsx cells', () => {
  it('turns every kind of exceljs value into plain text, numbers, dates and booleans', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('值');
    ws.addRow([
      '共享文本',
      { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] },
      { formula: '1+1', result: 2 },
      { formula: '"甲"&"街道"', result: '甲街道' },
      { text: '链接文字', hyperlink: 'https://example.invalid' },
      new Date(Date.UTC(2020, 0, 2)),
      true,
      { error: '#N/A' },
      440307197503151,
    ]);
    const book = await readBook(Buffer.from(await wb.xlsx.writeBuffer()), 'v.xlsx');
    expect(book.format).toBe('xlsx');
    expect(book.sheets[0]?.row(0)).toEqual([
      '共享文本',
      '富文本',
      2,
      '甲街道',
      '链接文字',
      new Date(Date.UTC(2020, 0, 2)),
      true,
      '#N/A',
      440307197503151,
    ]);
  });

  it('keeps blank rows in place so row numbers are the sheet’s own, and lists hidden sheets as hidden', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('可见');
    ws.getCell('A1').value = '一';
    ws.getCell('B4').value = '四';
    wb.addWorksheet('隐藏', { state: 'hidden' }).addRow(['x']);
    const book = await readBook(Buffer.from(await wb.xlsx.writeBuffer()), 'v.xlsx');
    expect(book.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['可见', false],
      ['隐藏', true],
    ]);
    expect(rowsOf(book.sheets[0])).toEqual([['一'], [], [], [null, '四']]);
  });

  // A Chinese character is 3 bytes of UTF-8; the reader gets the XML in chunks of some KB, so in a
  // long sheet many characters straddle two chunks. Both ways a workbook stores text are covered.
  for (const sharedStrings of [true, false]) {
    it(`reads long Chinese text intact across the reader’s chunks (${sharedStrings ? 'shared strings' : 'inline strings'})`, async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shr-xlsx-')), 'long.xlsx');
      const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: sharedStrings });
      const ws = writer.addWorksheet('长表');
      const text = (i: number) => `龙岗区龙城街道回龙埔社区阳光家园第${i}号托养服务点（日间照料）`;
      for (let i = 0; i < 6000; i++) ws.addRow([text(i), `${'欧阳'.repeat(1 + (i % 3))}明${i}`]).commit();
      ws.commit();
      await writer.commit();
      const book = await readBook(fs.readFileSync(file), 'long.xlsx');
      const rows = rowsOf(book.sheets[0]);
      expect(rows).toHaveLength(6000);
      const broken = rows.filter((r, i) => r[0] !== text(i) || String(r[1]).includes('\ufffd'));
      expect(broken).toEqual([]);
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    });
  }
});

describe('reading the parts of a workbook', () => {
  // exceljs's own streaming writer (as the export uses) puts the workbook part, which names the
  // sheets, last in the zip; exceljs's streaming reader, walking the zip, now and then lost it.
  it('names the sheets of a workbook whose sheet-naming part comes last, every time', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shr-xlsx-')), 'streamed.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    for (const name of ['残疾人', '托养机构', '服务人员', '说明']) {
      const ws = writer.addWorksheet(name);
      for (let i = 0; i < 50; i++) ws.addRow([`${name}${i}`, i]).commit();
      ws.commit();
    }
    await writer.commit();
    const bytes = fs.readFileSync(file);
    for (let i = 0; i < 30; i++) {
      const book = await readBook(bytes, 'streamed.xlsx');
      expect(book.sheets.map((s) => [s.name, s.rowCount])).toEqual([
        ['残疾人', 50],
        ['托养机构', 50],
        ['服务人员', 50],
        ['说明', 50],
      ]);
    }
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});

describe('header rows', () => {
  it('reads a title row above the header as a title, not as a group row', () => {
    const rows = [['XX区2026年度阳光家园托养人员花名册'], ['姓名', '身份证号', '残疾人证号', '街道']];
    expect(detectHeader('persons', rows)).toMatchObject({ headerRow: 2, twoRows: false, matched: 4 });
  });

  it('reads a column merged down from the group row by the group row’s text', () => {
    const rows = [
      ['姓名', '身份证号', '监护人', null],
      [null, null, '姓名', '电话'],
    ];
    const layout = headerAt('persons', rows, 2);
    expect(layout.columns.map((c) => [c.header, c.field])).toEqual([
      ['姓名', 'name'],
      ['身份证号', 'residentId'],
      ['监护人姓名', 'guardianName'],
      ['监护人电话', 'guardianPhone'],
    ]);
  });

  it('finds nothing in a sheet without register headers', () => {
    expect(detectHeader('staff', [['说明'], ['本表仅供参考']])).toBeNull();
  });
});
