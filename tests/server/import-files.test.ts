import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { encodeGbk, legacyXlsBytes, messyStaffCsv } from '../fixtures/messy-files';
import { makeResidentId } from '../fixtures/synthetic';
import { fieldsOf, institutionInput, refusal, rowCount, seedPlaces, type TestApp, useApp } from './helpers';
import { commit, openFile, preview, runOf } from './import-helpers';

const app = useApp();
const EMPLOYER = '测试阳光家园日间照料中心';

async function withEmployer(): Promise<TestApp> {
  const a = app();
  const places = await seedPlaces(a.api);
  await a.api.institutions.create(institutionInput(places, { name: EMPLOYER }));
  return a;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('CSV files', () => {
  const csv = messyStaffCsv(EMPLOYER);
  const encodings: [string, () => Buffer][] = [
    ['GBK (Excel on Chinese Windows)', () => encodeGbk(csv.text)],
    ['UTF-8 with BOM', () => Buffer.concat([UTF8_BOM, Buffer.from(csv.text, 'utf8')])],
    ['UTF-8 without BOM', () => Buffer.from(csv.text, 'utf8')],
  ];
  for (const [label, bytes] of encodings) {
    it(`reads a staff list saved as CSV in ${label}: title line, scientific-notation ID refused, 15-digit ID converted, three date spellings`, async () => {
      const a = await withEmployer();
      const s = await openFile(a.api, 'staff', '服务人员名册.csv', bytes());
      expect(s).toMatchObject({ format: 'csv', headerRow: csv.headerRow, notice: null });
      expect(s.columns.map((c) => c.header)).toEqual([
        '姓名',
        '身份证号码',
        '联系电话',
        '工作单位',
        '岗位',
        '入职日期',
      ]);
      const { preview: p } = await preview(a.api, runOf(s));
      expect(p.errors.map((e) => ({ row: e.row, column: e.column, code: e.code }))).toEqual(
        csv.rows.flatMap((r) => r.errors.map((e) => ({ row: r.row, column: e.column, code: e.code }))),
      );
      expect(p.errors[0]?.value).toBe('4.40307E+17');
      expect(p.warnings.map((w) => ({ row: w.row, code: w.code }))).toEqual([
        { row: 6, code: 'import.warning.converted15' },
      ]);

      const { result } = await commit(a.api, runOf(s));
      expect(result).toEqual({ created: 3, skipped: 2, enrolled: 0 });
      const staff = a.sqlite
        .prepare(
          'SELECT name, resident_id, post, hire_date, employer_institution_id IS NOT NULL AS employed FROM staff ORDER BY id',
        )
        .all();
      expect(staff).toEqual([
        { name: '陈静', resident_id: csv.rows[0]?.residentId, post: 'nursing', hire_date: '2021-03-01', employed: 1 },
        {
          name: '林海',
          resident_id: csv.rows[1]?.residentId,
          post: 'publicPost',
          hire_date: '2022-07-15',
          employed: 0,
        },
        { name: '周强', resident_id: csv.rows[3]?.residentId, post: 'rehab', hire_date: '2019-09-01', employed: 1 },
      ]);
    });
  }

  it('reads “Unicode text” (UTF-16 with a BOM, tab-separated), as Excel saves it', async () => {
    const a = await withEmployer();
    const text = csv.text.replace(/,/g, '\t');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const s = await openFile(a.api, 'staff', '服务人员名册.txt', bytes);
    expect(s.columns.map((c) => c.header)).toEqual(['姓名', '身份证号码', '联系电话', '工作单位', '岗位', '入职日期']);
    const { preview: p } = await preview(a.api, runOf(s));
    expect(p).toMatchObject({ totalRows: 5, validRows: 3 });
  });

  it('reports progress on a long file as it checks, ending at the last row', async () => {
    const a = await withEmployer();
    const lines = ['姓名,身份证号,岗位'];
    for (let i = 0; i < 2500; i++)
      lines.push(
        `张${'一二三四五六七八九十'[i % 10]}明,${makeResidentId({ birth: `19${60 + (i % 40)}-01-0${1 + (i % 9)}`, seq: i % 1000 })},护理`,
      );
    const s = await openFile(a.api, 'staff', 'long.csv', Buffer.from(lines.join('\n'), 'utf8'));
    const { progress, preview: p } = await preview(a.api, runOf(s));
    expect(p.totalRows).toBe(2500);
    const done = progress.map((e) => e.done);
    expect(done).toEqual([...done].sort((x, y) => x - y));
    expect(done.length).toBeGreaterThanOrEqual(3);
    expect(progress.at(-1)).toEqual({ type: 'progress', phase: 'validate', done: 2500, total: 2500 });
  });
});

describe('files the import refuses', () => {
  it('refuses a legacy .xls with a message saying how to save it as .xlsx, and keeps nothing', async () => {
    const a = app();
    const e = await refusal(openFile(a.api, 'persons', '花名册.xls', legacyXlsBytes()));
    expect(e.code).toBe('INVALID_INPUT');
    expect(fieldsOf(e)).toEqual([expect.objectContaining({ field: 'file', code: 'import.file.xls' })]);
    expect(e.message).toContain('另存为');
    expect(e.message).toContain('.xlsx');
  });

  it('refuses a web page saved under a .xls name with the same advice', async () => {
    const a = app();
    const html = Buffer.from('<html><body><table><tr><td>姓名</td></tr></table></body></html>', 'utf8');
    const e = await refusal(openFile(a.api, 'persons', '导出.xls', html));
    expect(fieldsOf(e)[0]?.code).toBe('import.file.xls');
  });

  it('refuses an empty file, a damaged workbook and binary data with a Chinese message', async () => {
    const a = app();
    expect(fieldsOf(await refusal(openFile(a.api, 'persons', '空.xlsx', Buffer.alloc(0))))[0]?.message).toBe(
      '文件是空的，请选择填写了数据的 Excel（.xlsx）或 CSV 文件',
    );
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect(fieldsOf(await refusal(openFile(a.api, 'persons', '坏.xlsx', broken)))[0]?.code).toBe(
      'import.file.unreadable',
    );
    expect(
      fieldsOf(
        await refusal(openFile(a.api, 'persons', '图.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))),
      )[0]?.code,
    ).toBe('import.file.unreadable');
  });

  it('says so when no header is found, and lets the clerk name the header row', async () => {
    const a = await withEmployer();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRow(['名单（内部）']);
    ws.addRow(['人员', '证件', '岗']);
    ws.addRow(['陈静', makeResidentId({ birth: '1986-05-05', seq: 12 }), '护理']);
    const s = await openFile(a.api, 'staff', '名单.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(s.headerRow).toBeNull();
    expect(s.notice).toMatchObject({ code: 'import.header.notFound' });
    expect(s.notice?.message).toContain('未找到表头');
    expect(s.headerChoices.slice(0, 3)).toEqual([
      { row: 1, text: '名单（内部）' },
      { row: 2, text: '人员 | 证件 | 岗' },
      { row: 3, text: expect.stringContaining('陈静') },
    ]);
    const chosen = await a.api.imports.configure({ importId: s.importId, sheet: '名单', headerRow: 2 });
    expect(chosen.headerRow).toBe(2);
    expect(chosen.columns.map((c) => c.header)).toEqual(['人员', '证件', '岗']);
    // Nothing maps by itself; the clerk maps the columns and the rows read as usual.
    const { preview: p } = await preview(a.api, {
      importId: s.importId,
      sheet: '名单',
      headerRow: 2,
      mapping: { ...chosen.mapping, name: 0, residentId: 1, post: 2 },
    });
    expect(p).toMatchObject({ totalRows: 1, validRows: 1 });
  });

  it('refuses a run whose required fields are not mapped or that uses one column twice, naming the fields', async () => {
    const a = await withEmployer();
    const s = await openFile(
      a.api,
      'staff',
      'a.csv',
      Buffer.from(`姓名,身份证号,岗位\n陈静,${makeResidentId({ seq: 3 })},护理\n`, 'utf8'),
    );
    const e = await refusal(preview(a.api, { ...runOf(s), mapping: { ...s.mapping, residentId: null } }));
    expect(fieldsOf(e)).toEqual([
      expect.objectContaining({
        field: 'mapping.residentId',
        message: '必填项“身份证号”尚未对应到表格中的列，请在“列对应”中选择',
      }),
    ]);
    const twice = await refusal(preview(a.api, { ...runOf(s), mapping: { ...s.mapping, remarks: 0 } }));
    expect(fieldsOf(twice)[0]?.message).toBe('“姓名”和“备注”不能对应同一列“姓名”');
  });

  it('refuses an unknown or expired import id', async () => {
    const a = app();
    const e = await refusal(preview(a.api, { importId: 'no-such-import', sheet: 'x', headerRow: 1, mapping: {} }));
    expect(fieldsOf(e)[0]?.code).toBe('import.session.expired');
  });
});

describe('several sheets', () => {
  it('picks the register’s own sheet of a submission workbook, and any sheet on request', async () => {
    const a = await withEmployer();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['本工作簿包含三个登记表']);
    const inst = wb.addWorksheet('托养机构');
    inst.addRow(['机构名称', '统一社会信用代码', '所属街道', '地址', '联系电话']);
    const staff = wb.addWorksheet('服务人员');
    staff.addRow(['姓名', '身份证号', '岗位', '工作单位']);
    staff.addRow(['陈静', makeResidentId({ seq: 9 }), '护理', EMPLOYER]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const s = await openFile(a.api, 'staff', '报送.xlsx', bytes);
    expect(s.sheets.map((x) => x.name)).toEqual(['说明', '托养机构', '服务人员']);
    expect(s.sheet).toBe('服务人员');
    const other = await a.api.imports.configure({ importId: s.importId, sheet: '说明' });
    expect(other).toMatchObject({ sheet: '说明', headerRow: null, notice: { code: 'import.header.notFound' } });
    expect(rowCount(a, 'staff')).toBe(0);
  });
});
