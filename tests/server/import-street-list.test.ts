import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeResidentId } from '../fixtures/synthetic';
import { streetListWorkbook } from '../fixtures/street-list';
import { fieldsOf, institutionInput, personTableCounts, refusal, seedPlaces, type TestApp, useApp } from './helpers';
import { commit, openFile, preview, runOf } from './import-helpers';

const app = useApp();
const DAY_CARE = '测试阳光家园日间照料中心';
const PLACES = { street: '甲街道', community: '甲一社区', dayCare: DAY_CARE };

async function setup(): Promise<TestApp> {
  const a = app();
  const places = await seedPlaces(a.api);
  await a.api.institutions.create(institutionInput(places, { name: DAY_CARE }));
  return a;
}

describe('a street office’s own list', () => {
  it('is mapped from the office’s headers, lists the columns it leaves out and says once what is missing', async () => {
    const a = await setup();
    const wb = await streetListWorkbook(PLACES);
    const s = await openFile(a.api, 'persons', wb.fileName, wb.buffer);
    expect(s).toMatchObject({ headerRow: wb.headerRow, twoRowHeader: false, notice: null });
    const letter = (field: string) => s.columns[s.mapping[field] ?? -1]?.letter ?? null;
    expect(
      Object.fromEntries(
        [
          'name',
          'sex',
          'birthDate',
          'residentId',
          'certNumber',
          'residenceStreet',
          'residenceCommunity',
          'address',
          'phone',
          'guardianName',
          'guardianPhone',
          'careMode',
          'careInstitution',
        ].map((f) => [f, letter(f)]),
      ),
    ).toEqual({
      name: 'B',
      sex: 'C',
      birthDate: 'D',
      residentId: 'E',
      certNumber: 'F',
      residenceStreet: 'G',
      residenceCommunity: 'H',
      address: 'I',
      phone: 'J',
      guardianName: 'K',
      guardianPhone: 'L',
      careMode: 'M',
      careInstitution: 'N',
    });
    expect(s.mapping).toMatchObject({ guardianRelation: null, careStart: null });
    expect(s.columns.filter((c) => c.unmatched).map((c) => c.letter)).toEqual(wb.unmatched);
    expect(s.mappingNotices.map((n) => [n.code, n.missing, n.question])).toEqual([
      ['import.mapping.unmatched', null, false],
      ['import.mapping.relationMissing', 'guardianRelation', false],
      ['import.mapping.careStartMissing', 'careStart', true],
    ]);
    expect(s.mappingNotices[0]?.message).toBe(
      '以下列没有对应到任何登记项，不会导入：A“序号”、O“兴趣爱好”。如其中有要导入的内容，请在“列对应”中为它选择登记项',
    );
    expect(s.mappingNotices[1]?.message).toContain('关系记为“未知”');
  });

  it('asks once for the care start date instead of refusing every row, and checks the date given by the calendar', async () => {
    const a = await setup();
    const wb = await streetListWorkbook(PLACES);
    const s = await openFile(a.api, 'persons', wb.fileName, wb.buffer);
    const before = personTableCounts(a);

    const unanswered = await refusal(preview(a.api, runOf(s)));
    expect(fieldsOf(unanswered)).toEqual([
      expect.objectContaining({ field: 'careStartDate', code: 'import.careStart.choose' }),
    ]);
    for (const impossible of ['2023-02-30', '2023-04-31', '2023-02-29']) {
      const e = await refusal(preview(a.api, { ...runOf(s), careStartDate: impossible }));
      expect(fieldsOf(e), impossible).toEqual([
        expect.objectContaining({ field: 'careStartDate', code: 'field.date', message: '请填写有效日期（年-月-日）' }),
      ]);
    }
    const skipped = await preview(a.api, { ...runOf(s), skipPlacements: true });
    expect(skipped.preview).toMatchObject({ validRows: wb.good.length, enrolments: 0 });
    expect(personTableCounts(a)).toEqual(before);
  });

  it('imports its good rows with the suggested mapping: phones normalised, guardians with relation unknown, placements from the date given, warnings where the sheet disagrees with the ID', async () => {
    const a = await setup();
    const wb = await streetListWorkbook(PLACES);
    const s = await openFile(a.api, 'persons', wb.fileName, wb.buffer);
    const run = { ...runOf(s), careStartDate: '2024-02-29' };

    const { preview: p } = await preview(a.api, run);
    expect(p).toMatchObject({ totalRows: wb.good.length + 1, validRows: wb.good.length, errorRows: 1, enrolments: 2 });
    expect(p.errors.map((e) => [e.row, e.code])).toEqual([[wb.badRow, 'residentId.checkChar']]);
    expect(p.warnings.map((w) => ({ row: w.row, column: w.column, code: w.code }))).toEqual(wb.warnings);
    const sex = p.warnings.find((w) => w.code === 'import.warning.sexMismatch');
    expect(sex?.message).toBe('性别列为“女”，身份证号显示为“男”，两者不一致，以身份证号为准');
    const birth = p.warnings.find((w) => w.code === 'import.warning.birthMismatch');
    expect(birth?.message).toBe('出生日期列为“1980-05-05”，身份证号显示为 1981-05-05，两者不一致，以身份证号为准');
    expect(p.warnings.find((w) => w.code === 'import.warning.nameSpace')?.message).toBe(
      '姓名“王 芳”中的空格已去掉，按“王芳”导入，请核对',
    );

    const { result } = await commit(a.api, run);
    expect(result).toEqual({ created: wb.good.length, skipped: 1, enrolled: 2 });
    const list = await a.api.persons.list({});
    for (const want of wb.good) {
      const item = list.data.find((x) => x.name === want.name);
      expect(item, want.name).toBeDefined();
      const person = await a.api.persons.get({ id: item!.id });
      expect(person, want.name).toMatchObject({ name: want.name, phone: want.phone });
      // The ID wins over the sheet's 性别 and 出生日期.
      expect(person.sex).toBe(Number(want.residentId[16]) % 2 === 1 ? 'male' : 'female');
      expect(person.birthDate).toBe(
        `${want.residentId.slice(6, 10)}-${want.residentId.slice(10, 12)}-${want.residentId.slice(12, 14)}`,
      );
      expect(person.guardians.map((g) => ({ name: g.name, relation: g.relation, phone: g.phone }))).toEqual(
        want.guardian ? [{ ...want.guardian, relation: '未知' }] : [],
      );
      const enrolments = await a.api.persons.enrolments({ id: item!.id });
      expect(
        enrolments.map((e) => [e.mode, e.startDate]),
        want.name,
      ).toEqual(want.care ? [[want.care, '2024-02-29']] : []);
    }
    const fang = list.data.find((x) => x.name === '王芳');
    expect((await a.api.persons.get({ id: fang!.id })).address).toBe('幸福路1号 2栋');
  });
});

describe('a staff list with 性别 and 出生年月 columns', () => {
  it('warns on the rows that disagree with the ID, reading a month-only 出生年月, and imports them with the ID’s values', async () => {
    const a = app();
    const agrees = makeResidentId({ birth: '1985-03-01', seq: 11, sex: 'female' });
    const disagrees = makeResidentId({ birth: '1990-07-15', seq: 12, sex: 'male' });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('服务人员');
    ws.addRow(['序号', '姓名', '性别', '出生年月', '身份证号码', '手机号', '岗位']);
    ws.addRow([1, '陈静', '女', '1985.03', agrees, '137 0000 1111', '护理员']);
    ws.addRow([2, '刘洋', '女性', '1990年8月', disagrees, '+86 137-0000-2222', '康复师']);
    const s = await openFile(a.api, 'staff', '服务人员名单.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(s.mappingNotices).toEqual([expect.objectContaining({ code: 'import.mapping.unmatched' })]);
    const { preview: p } = await preview(a.api, runOf(s));
    expect(p).toMatchObject({ validRows: 2, errorRows: 0 });
    expect(p.warnings.map((w) => [w.row, w.code, w.message])).toEqual([
      [3, 'import.warning.sexMismatch', '性别列为“女性”，身份证号显示为“男”，两者不一致，以身份证号为准'],
      [
        3,
        'import.warning.birthMismatch',
        '出生日期列为“1990年8月”，身份证号显示为 1990-07-15，两者不一致，以身份证号为准',
      ],
    ]);
    await commit(a.api, runOf(s));
    const list = await a.api.staff.list({});
    const liu = list.data.find((x) => x.name === '刘洋');
    expect(await a.api.staff.get({ id: liu!.id })).toMatchObject({
      sex: 'male',
      birthDate: '1990-07-15',
      phone: '13700002222',
    });
  });
});
