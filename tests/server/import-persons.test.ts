import { describe, expect, it } from 'vitest';
import { messyPersonsWorkbook, type MessyWorkbook } from '../fixtures/messy-sheets';
import { makeResidentId } from '../fixtures/synthetic';
import { institutionInput, personInput, personTableCounts, seedPlaces, type TestApp, useApp } from './helpers';
import { commit, openFile, preview, runOf } from './import-helpers';

const app = useApp();
const DAY_CARE = '测试阳光家园日间照料中心';
const REGISTERED = makeResidentId({ birth: '1960-01-01', seq: 5 });

/** 测试区 with its streets, a day-care centre with 20 places and one person already registered. */
async function setup(): Promise<{ a: TestApp; wb: MessyWorkbook }> {
  const a = app();
  const places = await seedPlaces(a.api);
  await a.api.institutions.create(institutionInput(places, { name: DAY_CARE }));
  await a.api.persons.create(personInput(places, { name: '孙立新', residentId: REGISTERED }));
  const wb = await messyPersonsWorkbook({ street: '甲街道', community: '甲一社区', dayCare: DAY_CARE }, REGISTERED);
  return { a, wb };
}

describe('imports/open on a messy roster', () => {
  it('lists every sheet, skips the instructions sheet and finds the merged two-row header under the title rows', async () => {
    const { a, wb } = await setup();
    const s = await openFile(a.api, 'persons', wb.fileName, wb.buffer);
    expect(s.sheets.map((x) => x.name)).toEqual(wb.sheets);
    expect(s.sheets.find((x) => x.name === '填表说明')?.headerRow).toBeNull();
    expect(s).toMatchObject({
      sheet: wb.sheet,
      headerRow: wb.headerRow,
      twoRowHeader: true,
      templateUsed: false,
      notice: null,
      format: 'xlsx',
    });
    const header = (field: string) => s.columns[s.mapping[field] ?? -1]?.header;
    // Group over sub-header: 监护人 over 姓名 is the guardian's name, 基本信息 over 姓名 the person's.
    expect(header('name')).toBe('姓名');
    expect(header('residentId')).toBe('公民身份号码');
    expect(header('certIssueDate')).toBe('残疾人证发证日期');
    expect(header('residenceStreet')).toBe('街道');
    expect(header('phone')).toBe('联系电话');
    expect(header('guardianName')).toBe('监护人姓名');
    expect(header('guardianPhone')).toBe('监护人联系电话');
    expect(header('careStart')).toBe('托养开始日期');
    // 性别 is mapped only to be compared with the ID; 序号 maps to nothing and is listed as not imported.
    expect(header('sex')).toBe('性别');
    expect(Object.values(s.mapping)).not.toContain(0);
    expect(s.columns[0]).toMatchObject({ header: '序号', unmatched: true });
    expect(s.mappingNotices).toEqual([
      expect.objectContaining({ code: 'import.mapping.unmatched', message: expect.stringContaining('A“序号”') }),
    ]);
    expect(s.columns[2]?.samples[0]).toBe('４４０３０７１９８５０６１５０２２５');
  });
});

describe('imports/preview on a messy roster', () => {
  it('reports every error by row and column in Chinese, duplicates in the file and on the register, and writes nothing', async () => {
    const { a, wb } = await setup();
    const before = personTableCounts(a);
    const s = await openFile(a.api, 'persons', wb.fileName, wb.buffer);
    const { preview: p } = await preview(a.api, runOf(s));

    const expected = wb.rows.flatMap((r) => r.errors.map((e) => ({ row: r.row, column: e.column, code: e.code })));
    expect(p.errors.map((e) => ({ row: e.row, column: e.column, code: e.code }))).toEqual(expected);
    expect(p).toMatchObject({
      totalRows: wb.rows.length,
      validRows: wb.valid.length,
      errorRows: wb.rows.length - wb.valid.length,
      duplicatesInFile: 1,
      duplicatesInRegister: 1,
      enrolments: 1,
    });
    expect(p.ignoredRows).toEqual(wb.ignoredRows);
    for (const e of p.errors) expect(e.message, `${e.row} ${e.code}`).toMatch(/[\u4e00-\u9fff]/);

    const byCode = (code: string) => p.errors.find((e) => e.code === code);
    expect(byCode('import.number.precision')).toMatchObject({ letter: 'C', value: '440307199001011000' });
    expect(byCode('import.number.precision')?.message).toContain('设为“文本”');
    const first = wb.rows[0];
    expect(byCode('import.duplicate.inFile')).toMatchObject({
      message: `与本表第 ${first?.row} 行的身份证号重复`,
      duplicate: { of: 'file', row: first?.row },
    });
    expect(byCode('import.duplicate.person')).toMatchObject({
      message: '该身份证号已在系统中登记（孙立新），不会重复导入',
      duplicate: { of: 'register', name: '孙立新' },
    });
    // A day the calendar does not have: the one date message, with the cell beside it.
    expect(byCode('field.date')).toMatchObject({ message: '请填写有效日期（年-月-日）', value: '2020/2/30' });
    expect(byCode('import.street.unknown')?.message).toContain('不存在街道');

    const expectedWarnings = wb.rows.flatMap((r) =>
      r.warnings.map((w) => ({ row: r.row, column: w.column, code: w.code })),
    );
    expect(p.warnings.map((w) => ({ row: w.row, column: w.column, code: w.code }))).toEqual(expectedWarnings);

    expect(personTableCounts(a)).toEqual(before);
  });
});

describe('imports/commit of a messy roster', () => {
  it('writes only the valid rows, normalised as the form would save them, with one placement and audit rows', async () => {
    const { a, wb } = await setup();
    const s = await openFile(a.api, 'persons', wb.fileName, wb.buffer);
    const { result, progress } = await commit(a.api, runOf(s));
    expect(result).toEqual({ created: wb.valid.length, skipped: wb.rows.length - wb.valid.length, enrolled: 1 });
    expect(progress.at(-1)).toEqual({
      type: 'progress',
      phase: 'write',
      done: wb.valid.length,
      total: wb.valid.length,
    });

    const rows = a.sqlite
      .prepare(
        'SELECT name, resident_id, cert_number, category, level, cert_issue_date, phone, name_pinyin FROM persons WHERE resident_id <> ? ORDER BY id',
      )
      .all(REGISTERED) as Record<string, unknown>[];
    expect(rows.map((r) => r.resident_id)).toEqual(wb.valid.map((r) => r.residentId));
    expect(rows[0]).toMatchObject({
      name: '王芳',
      category: 'intellectual',
      level: 2,
      cert_issue_date: '2019-05-20',
      phone: '13800001111',
      name_pinyin: 'wangfang',
    });
    expect(rows[1]).toMatchObject({ name: '李思远', category: 'physical', level: 3, cert_issue_date: '2020-01-02' });
    expect(rows[2]).toMatchObject({ name: '赵建国', category: 'vision', level: 4, cert_issue_date: '2020-01-02' });
    expect(rows[3]).toMatchObject({ name: '褚红梅', cert_issue_date: '2020-01-02' });
    expect(String(rows[3]?.resident_id)).toMatch(/X$/);
    expect(String(rows[3]?.cert_number)).toMatch(/X32$/);

    const enrolment = a.sqlite
      .prepare('SELECT e.mode, e.start_date, i.name FROM enrolments e JOIN institutions i ON i.id = e.institution_id')
      .all();
    expect(enrolment).toEqual([{ mode: 'dayCare', start_date: '2020-01-02', name: DAY_CARE }]);
    const guardian = a.sqlite.prepare('SELECT name, relation, phone FROM guardians').all();
    expect(guardian).toEqual([{ name: '王大山', relation: '父亲', phone: '13900002222' }]);

    const audit = a.sqlite
      .prepare("SELECT entity, action, after FROM audit_log WHERE action = 'import' ORDER BY id")
      .all() as { entity: string; after: string }[];
    expect(audit.map((x) => x.entity)).toEqual([...wb.valid.map(() => 'person'), 'import']);
    for (const x of audit) expect(x.after).not.toMatch(/\d{17}[\dX]/);
    expect(JSON.parse(audit.at(-1)?.after ?? '{}')).toMatchObject({
      kind: 'persons',
      file: wb.fileName,
      sheet: wb.sheet,
      created: wb.valid.length,
      skipped: wb.rows.length - wb.valid.length,
    });

    // The imported people are on the list like anyone typed in.
    const list = await a.api.persons.list({ keyword: '王芳' });
    expect(list.total).toBe(1);
  });
});
