import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_SHEET_ROWS } from '#server/exchange/import/limits';
import { CellBudget, decodeRow, encodeRow, StoredSheet } from '#server/exchange/import/row-store';
import { sessionCount } from '#server/exchange/import/sessions';
import { rowBombXml, sheetXml, xlsxOf } from '../fixtures/raw-xlsx';
import { makeCert, makeResidentId } from '../fixtures/synthetic';
import { fieldsOf, personTableCounts, refusal, seedPlaces, useApp } from './helpers';
import { commit, openFile, preview, runOf } from './import-helpers';

const app = useApp();
const HEADER = ['姓名', '身份证号', '残疾人证号', '居住街道', '居住社区'];

/** The refusal of an upload as the clerk reads it: one message on the file. */
async function refusedOpen(a: ReturnType<typeof app>, fileName: string, bytes: Buffer) {
  const before = personTableCounts(a);
  const e = await refusal(openFile(a.api, 'persons', fileName, bytes));
  expect(personTableCounts(a)).toEqual(before);
  const fields = fieldsOf(e);
  expect(fields).toHaveLength(1);
  expect(fields[0]?.field).toBe('file');
  return fields[0];
}

describe('imports/open refuses files past the bounds, before holding them', () => {
  it('refuses a small workbook whose sheet holds more rows than Excel allows (a row bomb), naming the limit', async () => {
    const a = app();
    const bomb = xlsxOf({ 残疾人: rowBombXml(HEADER, MAX_SHEET_ROWS + 50_000) });
    // About 1,100,000 rows in well under a megabyte of file.
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const f = await refusedOpen(a, '花名册.xlsx', bomb);
    expect(f).toMatchObject({ code: 'import.file.tooManyRows', params: { sheet: '残疾人', limit: '1,048,576' } });
    expect(f?.message).toContain('超过 1,048,576 行');
    expect(f?.message).toContain('残疾人');
  }, 60_000);

  it('refuses a sheet whose row numbers jump past the limit', async () => {
    const a = app();
    const xml = sheetXml([HEADER]).replace(
      '</sheetData>',
      `<row r="${MAX_SHEET_ROWS + 1}"><c r="A${MAX_SHEET_ROWS + 1}" t="inlineStr"><is><t>甲</t></is></c></row></sheetData>`,
    );
    const f = await refusedOpen(a, '跳行.xlsx', xlsxOf({ 名单: xml }));
    expect(f?.code).toBe('import.file.tooManyRows');
    expect(f?.message).toContain('超过 1,048,576 行');
  });

  it('refuses a part that inflates past its limit, naming the part and the limit in MB', async () => {
    const a = app();
    // 65 MB of styles (real ones are a few KB) in a few KB of zip.
    const styles = Buffer.alloc(65 * 1024 * 1024, ' ');
    const f = await refusedOpen(a, '样式.xlsx', xlsxOf({ 名单: sheetXml([HEADER]) }, { 'xl/styles.xml': styles }));
    expect(f).toMatchObject({ code: 'import.file.partTooLarge', params: { part: 'xl/styles.xml', limit: 64 } });
    expect(f?.message).toContain('解压后超过 64 MB');
  });

  it('refuses a CSV of more than 1,048,576 rows, and takes one of exactly that many with blank lines after', async () => {
    const a = app();
    const lines = (n: number) => `${HEADER.join(',')}\n${'张三,,,,\n'.repeat(n - 1)}`;
    const f = await refusedOpen(a, '名单.csv', Buffer.from(lines(MAX_SHEET_ROWS + 1), 'utf8'));
    expect(f).toMatchObject({ code: 'import.file.tooManyRows', params: { limit: '1,048,576' } });
    expect(f?.message).toContain('超过 1,048,576 行');

    const s = await openFile(a.api, 'persons', '名单.csv', Buffer.from(`${lines(MAX_SHEET_ROWS)}\n\n,,\n`, 'utf8'));
    expect(s).toMatchObject({ format: 'csv', headerRow: 1, dataRows: MAX_SHEET_ROWS - 1 });
    // A million rows read twice: more than vitest's default few seconds on a busy machine.
  }, 120_000);
  it('refuses a CSV line of more columns than an Excel row holds before parsing it, naming the limit', async () => {
    const a = app();
    // 20 MB of commas: one row of 20 million cells if parsed.
    const f = await refusedOpen(
      a,
      '逗号.csv',
      Buffer.from(`${HEADER.join(',')}\n张三${','.repeat(20 * 1024 * 1024)}\n`, 'utf8'),
    );
    expect(f).toMatchObject({ code: 'import.file.tooManyColumns', params: { sheet: '逗号', limit: '16,384' } });
    expect(f?.message).toContain('超过 16,384 列');
    // Commas inside a quoted field are text, not columns.
    const s = await openFile(
      a.api,
      'persons',
      '引号.csv',
      Buffer.from(`${HEADER.join(',')}\n"张三${','.repeat(20_000)}",,,,\n`, 'utf8'),
    );
    expect(s).toMatchObject({ format: 'csv', dataRows: 1 });
  }, 60_000);
});

describe('import sessions', () => {
  it('holds at most three parsed files: opening a fourth lets the oldest go, and its clerk is told to open it again', async () => {
    const a = app();
    const csv = (n: number) =>
      Buffer.from(`${HEADER.join(',')}\n张${n},${makeResidentId({ seq: n })},,甲街道,\n`, 'utf8');
    const opened = [];
    for (let n = 1; n <= 4; n++) opened.push(await openFile(a.api, 'persons', `名单${n}.csv`, csv(n)));
    expect(sessionCount()).toBe(3);
    const [first, , , last] = opened;
    if (!first || !last) throw new Error('four files were opened');
    const e = await refusal(preview(a.api, runOf(first)));
    expect(fieldsOf(e)[0]).toMatchObject({
      code: 'import.session.expired',
      message: expect.stringContaining('请重新选择文件'),
    });
    const { preview: p } = await preview(a.api, runOf(last));
    expect(p.totalRows).toBe(1);
  });
});

describe('the compact row store', () => {
  it('gives back every kind of cell as it was read, separators and escapes inside text included', () => {
    const rows = [
      [],
      [null],
      [null, '四'],
      [
        'a\u001fb',
        'c\u001bd\u001be',
        'x\u001bs',
        0,
        -1.5,
        4.40307199001011e17,
        true,
        false,
        new Date(Date.UTC(2020, 0, 2)),
        '',
        null,
      ],
      ['龙岗区龙城街道', ''],
    ];
    for (const r of rows) expect(decodeRow(encodeRow(r))).toEqual(r.map((c) => (c === '' ? '' : c)));
    const sheet = new StoredSheet('表', new CellBudget(1024 * 1024));
    for (const r of rows) sheet.push(r);
    sheet.finish();
    expect(Array.from({ length: sheet.rowCount + 1 }, (_, i) => sheet.row(i))).toEqual([...rows, []]);
  });

  it('refuses to keep more cells than the workbook’s budget, across its sheets', () => {
    const budget = new CellBudget(1024 * 1024);
    const one = new StoredSheet('一', budget);
    const two = new StoredSheet('二', budget);
    const row = ['阳光家园'.repeat(25)];
    for (let i = 0; i < 2000; i++) one.push(row);
    let error: unknown;
    try {
      for (let i = 0; i < 10_000; i++) two.push(row);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'import.file.tooManyCells', params: { limit: 1 } });
  });
});

describe('several sheets validated and committed as one', () => {
  const id = (seq: number) => makeResidentId({ birth: '1970-05-06', seq });
  const person = (name: string, seq: number, street: string, community: string) => [
    name,
    id(seq),
    makeCert(id(seq), 1, 2),
    street,
    community,
  ];

  /** One sheet per street, the same header (the second in another column order, under a title row). */
  async function streetBook(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const first = wb.addWorksheet('甲街道');
    first.addRow(HEADER);
    first.addRow(person('赵一', 11, '甲街道', '甲一社区'));
    first.addRow(person('钱二', 12, '甲街道', '甲一社区'));
    const second = wb.addWorksheet('乙街道');
    second.addRow(['乙街道残疾人名单']);
    const order = [1, 0, 2, 3, 4];
    second.addRow(order.map((i) => HEADER[i]));
    for (const p of [
      person('孙三', 13, '乙街道', '乙一社区'),
      person('钱二', 12, '乙街道', '乙一社区'),
      person('李四', 14, '丙街道', '乙一社区'),
    ])
      second.addRow(order.map((i) => p[i]));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('reports a person on two sheets as a duplicate naming the first sheet and row, errors by sheet, and commits both sheets in one go', async () => {
    const a = app();
    await seedPlaces(a.api);
    const s = await openFile(a.api, 'persons', '各街道名单.xlsx', await streetBook());
    expect(s.sheets.map((x) => [x.name, x.headerRow])).toEqual([
      ['甲街道', 1],
      ['乙街道', 2],
    ]);
    const run = { ...runOf(s), moreSheets: [{ sheet: '乙街道', headerRow: 2 }] };
    const { preview: p } = await preview(a.api, run);
    expect(p).toMatchObject({ totalRows: 5, validRows: 3, errorRows: 2, duplicatesInFile: 1 });
    const dup = p.errors.find((e) => e.code === 'import.duplicate.inSheet');
    expect(dup).toMatchObject({
      sheet: '乙街道',
      row: 4,
      column: '身份证号',
      message: '与工作表“甲街道”第 3 行的身份证号重复',
      duplicate: { of: 'file', sheet: '甲街道', row: 3 },
    });
    expect(p.errors.find((e) => e.code === 'import.street.unknown')).toMatchObject({
      sheet: '乙街道',
      row: 5,
      value: '丙街道',
    });

    // The error report puts both sheets' rows under the first sheet's header, each with its sheet.
    const report = await a.api.imports.errorReport(run);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(report.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
    const lines: unknown[][] = [];
    book.worksheets[0]?.eachRow((r) => lines.push((r.values as unknown[]).slice(1, 8)));
    expect(lines).toEqual([
      [...HEADER, '原工作表', '原表行号'],
      [...person('钱二', 12, '乙街道', '乙一社区'), '乙街道', 4],
      [...person('李四', 14, '丙街道', '乙一社区'), '乙街道', 5],
    ]);

    const before = personTableCounts(a);
    const { result } = await commit(a.api, run);
    expect(result).toEqual({ created: 3, skipped: 2, enrolled: 0 });
    const names = a.sqlite.prepare('SELECT name FROM persons ORDER BY id').all() as { name: string }[];
    expect(names.map((n) => n.name)).toEqual(['赵一', '钱二', '孙三']);
    const audit = a.sqlite.prepare(`SELECT entity, after FROM audit_log WHERE action = 'import' ORDER BY id`).all() as {
      entity: string;
      after: string;
    }[];
    expect(audit).toHaveLength(4);
    expect(audit.slice(0, 3).map((x) => (JSON.parse(x.after) as { source: unknown }).source)).toEqual([
      { file: '各街道名单.xlsx', sheet: '甲街道', row: 2 },
      { file: '各街道名单.xlsx', sheet: '甲街道', row: 3 },
      { file: '各街道名单.xlsx', sheet: '乙街道', row: 3 },
    ]);
    expect(JSON.parse(audit[3]?.after ?? '{}')).toMatchObject({
      created: 3,
      sheets: [
        { sheet: '甲街道', headerRow: 1 },
        { sheet: '乙街道', headerRow: 2 },
      ],
    });
    expect(personTableCounts(a).persons).toBe((before.persons ?? 0) + 3);
  });

  it('refuses a further sheet that lacks a column the mapping uses, and writes nothing', async () => {
    const a = app();
    await seedPlaces(a.api);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('一').addRows([HEADER, person('赵一', 11, '甲街道', '甲一社区')]);
    wb.addWorksheet('二').addRows([HEADER.slice(0, 4), person('孙三', 13, '乙街道', '乙一社区').slice(0, 4)]);
    const s = await openFile(a.api, 'persons', '两表.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const before = personTableCounts(a);
    const e = await refusal(preview(a.api, { ...runOf(s), moreSheets: [{ sheet: '二', headerRow: 1 }] }));
    expect(fieldsOf(e)).toEqual([
      expect.objectContaining({
        code: 'import.mapping.sheetColumn',
        message:
          '工作表“二”中没有“居住社区”列（“居住社区”在第一个工作表中对应该列）。请让各工作表的表头一致，或分开导入',
      }),
    ]);
    expect(personTableCounts(a)).toEqual(before);
  });
});
