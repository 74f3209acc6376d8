import { describe, expect, it } from 'vitest';
import type { Staff } from '#server/contract';
import { makeResidentId } from '../fixtures/synthetic';
import {
  addTraining,
  creditCode,
  fieldsOf,
  FULL_ID,
  institutionInput,
  type Places,
  refusal,
  rowCount,
  seedPlaces,
  STACK_LIKE,
  staffInput,
  stringsIn,
  type TestApp,
  useApp,
} from './helpers';

const app = useApp();

const ID = makeResidentId({ birth: '1979-06-15', seq: 11 }); // odd: male
const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;

type AuditRow = { action: string; entity_id: number; actor: string; before: string | null; after: string | null };
const staffAudit = (a: TestApp): AuditRow[] =>
  a.sqlite
    .prepare("SELECT action, entity_id, actor, before, after FROM audit_log WHERE entity = 'staff' ORDER BY id")
    .all() as AuditRow[];
const staffTables = (a: TestApp) => Object.fromEntries(['staff', 'audit_log'].map((t) => [t, rowCount(a, t)]));

interface World {
  a: TestApp;
  places: Places;
  home: number;
  centre: number;
}

async function world(): Promise<World> {
  const a = app();
  const places = await seedPlaces(a.api);
  const home = await a.api.institutions.create(
    institutionInput(places, { name: '甲街道阳光家园', creditCode: creditCode(1) }),
  );
  const centre = await a.api.institutions.create(
    institutionInput(places, {
      name: '乙街道康园中心',
      creditCode: creditCode(2),
      streetId: places.streetB,
      communityId: places.communityB1,
    }),
  );
  return { a, places, home: home.id, centre: centre.id };
}

/** Three staff: two at the home, one on the office's own 公益岗. */
async function threeStaff(w: World): Promise<Staff[]> {
  return [
    await w.a.api.staff.create(
      staffInput({ name: '张三丰', residentId: ID, employerInstitutionId: w.home, post: 'nursing' }),
    ),
    await w.a.api.staff.create(staffInput({ name: '李小龙', seq: 20, employerInstitutionId: w.home, post: 'rehab' })),
    await w.a.api.staff.create(staffInput({ name: '陈静', birth: '1990-02-02', seq: 30, post: 'publicPost' })),
  ];
}

const names = (page: { data: { name: string }[] }) => page.data.map((s) => s.name).sort();

describe('staff/create', () => {
  it('derives sex and birth date from the ID, stores pinyin keys, names the employer and masks the ID', async () => {
    const w = await world();
    const s = await w.a.api.staff.create(
      staffInput({ name: '张三丰', residentId: ID, employerInstitutionId: w.home, post: 'medical' }),
    );
    expect(s).toMatchObject({
      name: '张三丰',
      sex: 'male',
      birthDate: '1979-06-15',
      residentIdMasked: masked(ID),
      phoneMasked: '137****1111',
      employerInstitutionId: w.home,
      employerName: '甲街道阳光家园',
      post: 'medical',
      permit: null,
      archived: false,
      hasPhoto: false,
      version: 1,
    });
    expect(await w.a.api.staff.get({ id: s.id })).toEqual(s);
    const row = w.a.sqlite
      .prepare('SELECT resident_id, sex, birth_date, name_pinyin, name_initials FROM staff WHERE id = ?')
      .get(s.id);
    expect(row).toEqual({
      resident_id: ID,
      sex: 'male',
      birth_date: '1979-06-15',
      name_pinyin: 'zhangsanfeng',
      name_initials: 'zsf',
    });

    const female = await w.a.api.staff.create(staffInput({ birth: '1992-12-31', seq: 4 }));
    expect(female).toMatchObject({
      sex: 'female',
      birthDate: '1992-12-31',
      employerInstitutionId: null,
      employerName: null,
    });
  });

  it('writes one audit row holding only the masked ID', async () => {
    const w = await world();
    const s = await w.a.api.staff.create(staffInput({ residentId: ID }));
    const audit = staffAudit(w.a);
    expect(audit).toEqual([
      expect.objectContaining({ action: 'create', entity_id: s.id, actor: 'tester', before: null }),
    ]);
    const after = audit[0]!.after ?? '';
    expect(JSON.parse(after)).toMatchObject({ name: '陈静', residentIdMasked: masked(ID) });
    expect(after).not.toContain(ID);
    expect(after).not.toMatch(FULL_ID);
  });

  it('refuses an ID already registered as staff with CONFLICT on residentId naming the holder, and writes nothing', async () => {
    const w = await world();
    await w.a.api.staff.create(staffInput({ name: '张三丰', residentId: ID }));
    const before = staffTables(w.a);
    const error = await refusal(w.a.api.staff.create(staffInput({ name: '张三', residentId: ID.toLowerCase() })));
    expect(error.code).toBe('CONFLICT');
    expect(fieldsOf(error)).toEqual([
      expect.objectContaining({ field: 'residentId', code: 'staff.residentId.duplicate', params: { name: '张三丰' } }),
    ]);
    expect(error.message).toContain('张三丰');
    expect(error.message).toContain('身份证号');
    expect(error.message).not.toMatch(STACK_LIKE);
    expect(staffTables(w.a)).toEqual(before);
  });

  it('refuses an archived or unknown employer on employerInstitutionId, in Chinese, and writes nothing', async () => {
    const w = await world();
    await w.a.api.institutions.archive({ id: w.centre, archived: true });
    const before = staffTables(w.a);
    for (const employer of [w.centre, 999]) {
      const error = await refusal(w.a.api.staff.create(staffInput({ employerInstitutionId: employer })));
      expect(error.code).toBe('INVALID_INPUT');
      expect(fieldsOf(error)).toEqual([
        expect.objectContaining({
          field: 'employerInstitutionId',
          code: 'staff.employer.invalid',
          message: '所选用人单位不存在或已归档',
        }),
      ]);
    }
    expect(staffTables(w.a)).toEqual(before);
  });

  it('refuses a bad ID on residentId and a leaving date before hire on leaveDate, with Chinese messages', async () => {
    const w = await world();
    const badId = await refusal(
      w.a.api.staff.create(staffInput({ residentId: `${ID.slice(0, 17)}${ID.endsWith('1') ? '2' : '1'}` })),
    );
    expect(badId.code).toBe('INVALID_INPUT');
    expect(fieldsOf(badId)).toEqual([expect.objectContaining({ field: 'residentId', code: 'residentId.checkChar' })]);
    expect(badId.message).toMatch(/[\u4e00-\u9fff]/);
    expect(badId.message).not.toMatch(STACK_LIKE);
    const early = await refusal(w.a.api.staff.create(staffInput({ hireDate: '2024-03-01', leaveDate: '2024-01-01' })));
    expect(fieldsOf(early)).toEqual([
      expect.objectContaining({
        field: 'leaveDate',
        code: 'staff.leaveBeforeHire',
        message: '离职日期不能早于入职日期',
      }),
    ]);
    expect(rowCount(w.a, 'staff')).toBe(0);
  });
});

describe('staff/update and archive', () => {
  it('updates with the current version and refuses a stale one, leaving the record as the first save left it', async () => {
    const w = await world();
    const s = await w.a.api.staff.create(staffInput({ residentId: ID }));
    const first = await w.a.api.staff.update({
      ...staffInput({ residentId: ID, post: 'counselling', employerInstitutionId: w.home }),
      id: s.id,
      version: 1,
    });
    expect(first).toMatchObject({ version: 2, post: 'counselling', employerName: '甲街道阳光家园' });
    const error = await refusal(
      w.a.api.staff.update({ ...staffInput({ residentId: ID, post: 'medical' }), id: s.id, version: 1 }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'version' })]);
    expect(await w.a.api.staff.get({ id: s.id })).toEqual(first);
    const audit = staffAudit(w.a).filter((r) => r.action === 'update');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).not.toContain(ID);
    expect(audit[0]!.after).not.toContain(ID);
  });

  it("refuses to take another staff member's ID on update", async () => {
    const w = await world();
    const [zhang, li] = await threeStaff(w);
    const error = await refusal(
      w.a.api.staff.update({ ...staffInput({ name: '李小龙', residentId: ID }), id: li!.id, version: 1 }),
    );
    expect(fieldsOf(error)).toEqual([
      expect.objectContaining({
        field: 'residentId',
        code: 'staff.residentId.duplicate',
        params: { name: zhang!.name },
      }),
    ]);
  });

  it('archives instead of deleting: gone from the list, still readable, audited, and restorable', async () => {
    const w = await world();
    const [zhang] = await threeStaff(w);
    const archived = await w.a.api.staff.archive({ id: zhang!.id, archived: true });
    expect(archived).toMatchObject({ archived: true, version: 2 });
    expect(rowCount(w.a, 'staff')).toBe(3);
    expect(names(await w.a.api.staff.list({}))).toEqual(['李小龙', '陈静'].sort());
    expect(names(await w.a.api.staff.list({ includeArchived: true }))).toHaveLength(3);
    expect(await w.a.api.staff.get({ id: zhang!.id })).toMatchObject({ archived: true });
    await w.a.api.staff.archive({ id: zhang!.id, archived: false });
    expect((await w.a.api.staff.list({})).total).toBe(3);
    const actions = (await w.a.api.staff.history({ id: zhang!.id })).map((e) => e.action);
    expect(actions).toEqual(['restore', 'archive', 'create']);
  });
});

describe('staff/list search and filters', () => {
  it('finds by pinyin initials and full pinyin, by name and by given name', async () => {
    const w = await world();
    await threeStaff(w);
    expect(names(await w.a.api.staff.list({ keyword: 'zsf' }))).toEqual(['张三丰']);
    expect(names(await w.a.api.staff.list({ keyword: 'ZhangSan' }))).toEqual(['张三丰']);
    expect(names(await w.a.api.staff.list({ keyword: 'lixiaolong' }))).toEqual(['李小龙']);
    expect(names(await w.a.api.staff.list({ keyword: 'l' }))).toEqual(['李小龙']);
    expect(names(await w.a.api.staff.list({ keyword: '张' }))).toEqual(['张三丰']);
    expect(names(await w.a.api.staff.list({ keyword: '三丰' }))).toEqual(['张三丰']);
    expect(names(await w.a.api.staff.list({ keyword: '小龙' }))).toEqual(['李小龙']);
    expect(names(await w.a.api.staff.list({ keyword: '王' }))).toEqual([]);
  });

  it('finds by a fragment of the ID, anywhere in it', async () => {
    const w = await world();
    await threeStaff(w);
    expect(names(await w.a.api.staff.list({ keyword: '19790615' }))).toEqual(['张三丰']);
    expect(names(await w.a.api.staff.list({ keyword: ID.slice(-6) }))).toEqual(['张三丰']);
    expect(names(await w.a.api.staff.list({ keyword: ID }))).toEqual(['张三丰']);
    expect(names(await w.a.api.staff.list({ keyword: '440307' }))).toHaveLength(3);
  });

  it("filters by employer, with 0 meaning the office's own 公益岗, and by post", async () => {
    const w = await world();
    await threeStaff(w);
    expect(names(await w.a.api.staff.list({ employerInstitutionId: w.home }))).toEqual(['张三丰', '李小龙'].sort());
    expect(names(await w.a.api.staff.list({ employerInstitutionId: 0 }))).toEqual(['陈静']);
    expect(names(await w.a.api.staff.list({ employerInstitutionId: w.centre }))).toEqual([]);
    expect(names(await w.a.api.staff.list({ employerInstitutionId: w.home, post: 'rehab' }))).toEqual(['李小龙']);
    const page = await w.a.api.staff.list({ pageSize: 2 });
    expect(page).toMatchObject({ total: 3 });
    expect(page.data).toHaveLength(2);
  });

  it('never sends a full 18-digit ID in lists, records, history, permits, worklist or staffing', async () => {
    const w = await world();
    const [zhang] = await threeStaff(w);
    await addTraining(w.a.api, zhang!.id);
    await w.a.api.staff.issuePermit({ staffId: zhang!.id, issueDate: '2026-02-01', issuer: '区残联' });
    await w.a.api.staff.getForEdit({ id: zhang!.id });
    const seen = [
      await w.a.api.staff.list({}),
      await w.a.api.staff.list({ keyword: ID }),
      await w.a.api.staff.get({ id: zhang!.id }),
      await w.a.api.staff.history({ id: zhang!.id }),
      await w.a.api.staff.permits({ id: zhang!.id }),
      await w.a.api.staff.training({ id: zhang!.id }),
      await w.a.api.staff.permitWorklist({ days: 3650 }),
      await w.a.api.staff.staffing(),
    ];
    const strings = stringsIn(seen);
    expect(strings.some((s) => s.text === masked(ID))).toBe(true);
    expect(strings.filter((s) => FULL_ID.test(s.text))).toEqual([]);
    const audit = w.a.sqlite
      .prepare("SELECT coalesce(before, '') || coalesce(after, '') AS text FROM audit_log")
      .all() as { text: string }[];
    expect(audit.filter((r) => FULL_ID.test(r.text))).toEqual([]);
  });
});

describe('staff/getForEdit and reveal', () => {
  it('give the full ID, and each read writes a reveal audit row with its purpose', async () => {
    const w = await world();
    const s = await w.a.api.staff.create(staffInput({ residentId: ID }));
    const edit = await w.a.api.staff.getForEdit({ id: s.id });
    expect(edit).toMatchObject({ id: s.id, residentId: ID, residentIdMasked: masked(ID), version: 1 });
    expect(await w.a.api.staff.reveal({ id: s.id })).toEqual({ residentId: ID });
    const reveals = staffAudit(w.a).filter((r) => r.action === 'reveal');
    expect(reveals.map((r) => [r.entity_id, r.actor, JSON.parse(r.after ?? 'null')])).toEqual([
      [s.id, 'tester', { purpose: 'edit' }],
      [s.id, 'tester', { purpose: 'view' }],
    ]);
    expect(reveals.every((r) => !(r.after ?? '').includes(ID))).toBe(true);
  });

  it('refuses an unknown id with NOT_FOUND and audits nothing', async () => {
    const w = await world();
    const error = await refusal(w.a.api.staff.reveal({ id: 42 }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('未找到该服务人员');
    expect(staffAudit(w.a)).toEqual([]);
  });
});
