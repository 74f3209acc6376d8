import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SHEET_COLUMNS, SHEET_NAMES } from '#server/exchange/columns';
import { makeCert, makeResidentId } from '../fixtures/synthetic';
import { creditCode, institutionInput, seedPlaces, useApp } from './helpers';
import { commit, openFile, preview, runOf } from './import-helpers';

const app = useApp();
const EXISTING = '测试阳光家园日间照料中心';

async function book(name: string, rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('institutions', () => {
  it('reads labels, lists of modes and services, units and rounding, and refuses what the register refuses', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    await a.api.institutions.create(institutionInput(places, { name: EXISTING, creditCode: creditCode(1) }));
    const head = [
      '序号',
      '机构名称',
      '统一社会信用代码',
      '举办性质',
      '托养方式',
      '所属街道',
      '所属社区',
      '地址',
      '床位数',
      '日间照料名额',
      '建筑面积（平方米）',
      '负责人',
      '联系电话',
      '服务内容',
      '运营状态',
    ];
    const row = (
      n: number,
      name: string,
      code: string | null,
      over: Partial<Record<string, string | number | null>> = {},
    ) => {
      const base: Record<string, string | number | null> = {
        ownership: '民办',
        modes: '寄宿制托养、日间照料',
        street: '甲街道',
        community: '甲一',
        beds: '30张',
        day: 20,
        area: 350.5,
        phone: '0755-12345678',
        services: '生活照料、康复护理、工（农）疗',
        status: '运营中',
      };
      const v = { ...base, ...over };
      return [
        n,
        name,
        code,
        v.ownership ?? null,
        v.modes ?? null,
        v.street ?? null,
        v.community ?? null,
        '甲街道幸福路8号',
        v.beds ?? null,
        v.day ?? null,
        v.area ?? null,
        '张  明',
        v.phone ?? null,
        v.services ?? null,
        v.status ?? null,
      ];
    };
    const wrongCheck = `${creditCode(12).slice(0, 17)}${creditCode(12).endsWith('1') ? '2' : '1'}`;
    const bytes = await book('机构', [
      ['测试区托养服务机构名册'],
      head,
      row(1, '阳光康园托养中心', creditCode(11)),
      row(2, '康宁寄宿托养院', creditCode(13), { modes: '寄宿制托养', beds: 0 }),
      row(3, '阳光康园托养中心（分部）', creditCode(11)),
      row(4, '另一家机构', creditCode(1)),
      row(5, EXISTING, null),
      row(6, '公私合营托养站', creditCode(14), { ownership: '公私合营' }),
      row(7, '校验位错误机构', wrongCheck),
      row(8, '无方式机构', creditCode(15), { modes: null }),
    ]);
    const s = await openFile(a.api, 'institutions', '机构.xlsx', bytes);
    expect(s.headerRow).toBe(2);
    const { preview: p } = await preview(a.api, runOf(s));
    expect(p.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [4, '床位数', 'institution.beds.requiredForResidential'],
      [5, '统一社会信用代码', 'import.duplicate.inFile'],
      [6, '统一社会信用代码', 'import.duplicate.institution'],
      [7, '机构名称', 'import.duplicate.institutionName'],
      [8, '举办性质', 'import.value.unknown'],
      [9, '统一社会信用代码', 'creditCode.checkChar'],
      [10, '托养方式', 'institution.modes.required'],
    ]);
    expect(p.errors.find((e) => e.row === 8)?.message).toBe('“公私合营”不是有效的举办性质，可填：公办、民办、民办公助');
    expect(p.errors.find((e) => e.row === 6)?.message).toBe(`该统一社会信用代码已登记给“${EXISTING}”，不会重复导入`);
    expect(p.warnings.map((w) => [w.row, w.column, w.message])).toContainEqual([
      3,
      '建筑面积（平方米）',
      '建筑面积（平方米）“350.5”不是整数，已按 351 导入',
    ]);

    await commit(a.api, runOf(s));
    const created = await a.api.institutions.list({ keyword: '阳光康园托养中心' });
    expect(created.data).toHaveLength(1);
    expect(created.data[0]).toMatchObject({
      creditCode: creditCode(11),
      ownership: 'private',
      modes: ['residential', 'dayCare'],
      streetName: '甲街道',
      communityName: '甲一社区',
      beds: 30,
      dayPlaces: 20,
      floorArea: 351,
      personInCharge: '张明',
      phone: '0755-12345678',
      services: ['dailyCare', 'rehabNursing', 'occupationalTherapy'],
      status: 'operating',
    });
  });
});

describe('staff', () => {
  it('finds the employer by name or credit code and shows every date error with the rest', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    await a.api.institutions.create(institutionInput(places, { name: EXISTING, creditCode: creditCode(1) }));
    const bytes = await book('服务人员', [
      ['姓名', '身份证号', '工作单位', '岗位', '入职日期', '离职日期'],
      ['陈静', makeResidentId({ seq: 21 }), creditCode(1), '护理员', '2021-03-01', null],
      ['林海', makeResidentId({ seq: 22 }), EXISTING, '厨师', '2021-03-01', '2020-01-01'],
    ]);
    const s = await openFile(a.api, 'staff', '人员.xlsx', bytes);
    const { preview: p } = await preview(a.api, runOf(s));
    expect(p.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, '岗位', 'import.value.unknown'],
      [3, '离职日期', 'staff.leaveBeforeHire'],
    ]);
    await commit(a.api, runOf(s));
    const list = await a.api.staff.list({});
    expect(list.data.map((x) => [x.name, x.employerName])).toEqual([['陈静', EXISTING]]);
  });
});

describe('care placements', () => {
  it('counts placements against the institution’s places in row order, earlier rows included, and warns beyond them', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    await a.api.institutions.create(institutionInput(places, { name: EXISTING, dayPlaces: 2 }));
    const id = (seq: number) => makeResidentId({ birth: '1980-01-01', seq });
    const bytes = await book('残疾人', [
      ['姓名', '身份证号', '残疾人证号', '居住街道', '托养方式', '托养机构', '托养开始日期'],
      ...[1, 2, 3].map((n) => [
        `王${'一二三'[n - 1]}明`,
        id(n),
        makeCert(id(n), 5, 2),
        '甲街道',
        '日间照料',
        EXISTING,
        '2026-01-05',
      ]),
    ]);
    const s = await openFile(a.api, 'persons', '安置.xlsx', bytes);
    const { preview: p } = await preview(a.api, runOf(s));
    // As in the enrol dialog, going beyond the places is a warning the clerk confirms (here: by committing).
    expect(p.errors).toEqual([]);
    expect(p.warnings.map((e) => [e.row, e.column, e.message])).toEqual([
      [
        4,
        '托养机构',
        '安置后该机构此类名额将超出核定数（已安置 2 人，核定 2 个，含本表前面各行）；导入即确认超额安置，如不同意请先调整名额或改填其他机构',
      ],
    ]);
    expect(p).toMatchObject({ validRows: 3, enrolments: 3 });
  });
});

describe('a workbook laid out as the export writes it', () => {
  it('re-imports to the same data: one header row of the export’s headers, labels and ISO dates, export-only columns ignored', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    await a.api.institutions.create(institutionInput(places, { name: EXISTING }));
    const id = makeResidentId({ birth: '1982-02-02', seq: 41 });
    const guardian = makeResidentId({ birth: '1955-05-05', seq: 42 });
    const values: Record<string, string | null> = {
      name: '欧阳明月',
      residentId: id,
      sex: '男',
      birthDate: '1982-02-02',
      certNumber: makeCert(id, 6, 1),
      category: '精神残疾',
      level: '一级',
      certIssueDate: '2018-06-01',
      hukouStreet: '乙街道',
      hukouCommunity: '乙一社区',
      residenceStreet: '甲街道',
      residenceCommunity: '甲一社区',
      address: '甲街道幸福路9号',
      phone: '13600001234',
      economicStatus: '特困',
      status: '正常',
      guardianName: '欧阳山',
      guardianRelation: '父亲',
      guardianPhone: '13600005678',
      guardianResidentId: guardian,
      careMode: '日间照料',
      careInstitution: EXISTING,
      careStart: '2024-09-01',
      remarks: '按月随访',
    };
    const columns = SHEET_COLUMNS.persons;
    const bytes = await book(SHEET_NAMES.persons, [
      columns.map((c) => c.header),
      columns.map((c) => values[c.key] ?? null),
    ]);
    const s = await openFile(a.api, 'persons', '阳光家园数据.xlsx', bytes);
    expect(Object.values(s.mapping).every((i) => i !== null)).toBe(true);
    const { result } = await commit(a.api, runOf(s));
    expect(result).toEqual({ created: 1, skipped: 0, enrolled: 1 });
    const { data } = await a.api.persons.list({ keyword: '欧阳明月' });
    const person = await a.api.persons.getForEdit({ id: data[0]?.id ?? 0 });
    expect(person).toMatchObject({
      name: '欧阳明月',
      residentId: id,
      sex: 'male',
      birthDate: '1982-02-02',
      certNumber: makeCert(id, 6, 1),
      category: 'mental',
      level: 1,
      certIssueDate: '2018-06-01',
      hukouStreetName: '乙街道',
      hukouCommunityName: '乙一社区',
      residenceStreetName: '甲街道',
      residenceCommunityName: '甲一社区',
      address: '甲街道幸福路9号',
      phone: '13600001234',
      economicStatus: 'tekun',
      status: 'active',
      guardians: [{ name: '欧阳山', relation: '父亲', phone: '13600005678', residentId: guardian }],
      remarks: '按月随访',
    });
    expect(data[0]?.enrolment).toMatchObject({ mode: 'dayCare', institutionName: EXISTING });
    expect(await a.api.persons.enrolments({ id: person.id })).toEqual([
      expect.objectContaining({ mode: 'dayCare', startDate: '2024-09-01', institutionName: EXISTING }),
    ]);
  });
});
