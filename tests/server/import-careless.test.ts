import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeCert, makeResidentId } from '../fixtures/synthetic';
import { personTableCounts, seedPlaces, useApp } from './helpers';
import { commit, openFile, preview, runOf } from './import-helpers';

const app = useApp();
const id = (seq: number) => makeResidentId({ birth: '1980-01-01', seq });

async function book(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('a carelessly written list', () => {
  it('maps numbered headers with notes, refuses impossible and out-of-range dates per row, and stores clean text and phones', async () => {
    const a = app();
    await seedPlaces(a.api);
    const head = [
      '1.姓名',
      '2.身份证号（18位）',
      '3.残疾人证号（20位）',
      '4.居住街道',
      '5.联系电话（手机）',
      '6.发证日期',
      '7.现居住地址',
    ];
    const row = (
      seq: number,
      date: string | number | null,
      phone: string | null = null,
      address = '甲街道幸福路1号',
    ) => [`王${'一二三四五六七八九十'[seq % 10]}明`, id(seq), makeCert(id(seq), 5, 2), '甲街道', phone, date, address];
    const bytes = await book([
      head,
      row(1, '2023年2月3日', '+86-136-0586-5048', '甲街道\u0000幸福\u202e路\u200b1号'),
      row(3, ' 2023-2-3 ', '０７５５－１２３４５６７８'),
      row(5, '9999-12-31'),
      row(7, '1850-01-01'),
      row(9, '2023/02/30'),
      row(11, '2023年2月30日'),
      row(13, '20230230'),
      row(15, 60),
      row(17, -5),
      row(19, '2024-02-29', '400-123-4567'),
      row(21, '2024-02-29', '136058650481'),
    ]);
    const before = personTableCounts(a);
    const s = await openFile(a.api, 'persons', '名单.xlsx', bytes);
    expect(s.headerRow).toBe(1);
    const header = (field: string) => s.columns[s.mapping[field] ?? -1]?.header ?? null;
    expect(
      ['name', 'residentId', 'certNumber', 'residenceStreet', 'phone', 'certIssueDate', 'address'].map(header),
    ).toEqual(head);

    const { preview: p } = await preview(a.api, runOf(s));
    expect(p.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [4, '6.发证日期', 'field.dateRange'],
      [5, '6.发证日期', 'field.dateRange'],
      [6, '6.发证日期', 'field.date'],
      [7, '6.发证日期', 'field.date'],
      [8, '6.发证日期', 'field.date'],
      [9, '6.发证日期', 'import.date.format'],
      [10, '6.发证日期', 'import.date.format'],
      [11, '5.联系电话（手机）', 'field.phone'],
      [12, '5.联系电话（手机）', 'field.phone'],
    ]);
    expect(p.errors.find((e) => e.row === 4)?.message).toBe('日期应在1900年至2099年之间，请核对年份');
    for (const e of p.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(personTableCounts(a)).toEqual(before);

    expect(await commit(a.api, runOf(s)).then((c) => c.result)).toMatchObject({ created: 2, skipped: 9 });
    const rows = a.sqlite
      .prepare('SELECT resident_id AS id, phone, cert_issue_date AS d, address FROM persons ORDER BY id')
      .all();
    expect(rows).toEqual([
      { id: id(1), phone: '13605865048', d: '2023-02-03', address: '甲街道幸福路1号' },
      { id: id(3), phone: '0755-12345678', d: '2023-02-03', address: '甲街道幸福路1号' },
    ]);
  });
});
