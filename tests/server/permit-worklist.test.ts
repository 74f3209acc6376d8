// The 持证上岗 worklist and staffing counts, on today's date (dates below are built from it).
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { today } from '#domain/dates';
import type { StaffCreateInput } from '#domain/staff/schema';
import { addTraining, creditCode, institutionInput, seedPlaces, staffInput, type TestApp, useApp } from './helpers';

const app = useApp();

const day = (offset: number) => dayjs(today()).add(offset, 'day').format('YYYY-MM-DD');
/** The issue date whose one-year permit ends `offset` days from today. */
const oneYearEndingIn = (offset: number) =>
  dayjs(today())
    .add(offset + 1, 'day')
    .subtract(1, 'year')
    .format('YYYY-MM-DD');

interface World {
  a: TestApp;
  home: number;
  centre: number;
  /** A staff member; `permit` issues one (one year from `from`, or three years from today). */
  person(
    name: string,
    seq: number,
    extra?: Partial<StaffCreateInput>,
    permit?: { from?: string; then?: 'suspend' | 'revoke' },
  ): Promise<number>;
}

async function world(): Promise<World> {
  const a = app();
  const places = await seedPlaces(a.api);
  const home = (
    await a.api.institutions.create(institutionInput(places, { name: '甲街道阳光家园', creditCode: creditCode(1) }))
  ).id;
  const centre = (
    await a.api.institutions.create(institutionInput(places, { name: '乙街道康园中心', creditCode: creditCode(2) }))
  ).id;
  return {
    a,
    home,
    centre,
    async person(name, seq, extra = {}, permit) {
      const s = await a.api.staff.create(
        staffInput({ name, seq, employerInstitutionId: home, hireDate: '2019-01-01', ...extra }),
      );
      if (!permit) return s.id;
      await addTraining(a.api, s.id, { endDate: '2019-06-01' });
      const p = await a.api.staff.issuePermit({
        staffId: s.id,
        issueDate: permit.from ?? today(),
        validYears: permit.from ? 1 : 3,
        issuer: '测试区残联',
      });
      if (permit.then)
        await a.api.staff.changePermitStatus({ permitId: p.id, action: permit.then, reason: '测试原因' });
      return s.id;
    },
  };
}

const reasons = (items: { staff: { name: string }; reason: string }[]) =>
  Object.fromEntries(items.map((i) => [i.staff.name, i.reason]));

describe('staff/permitWorklist', () => {
  it('lists who has no permit, whose permit is expiring, expired, suspended or revoked, and nobody else', async () => {
    const w = await world();
    await w.person('赵无证', 1);
    await w.person('钱将到', 2, {}, { from: oneYearEndingIn(20) });
    await w.person('孙有效', 3, {}, {});
    await w.person('李过期', 4, {}, { from: oneYearEndingIn(-1) });
    await w.person('周暂停', 5, {}, { then: 'suspend' });
    await w.person('吴吊销', 6, {}, { then: 'revoke' });
    await w.person('冯公益', 7, { employerInstitutionId: null, post: 'publicPost' });

    const list = await w.a.api.staff.permitWorklist({ days: 30 });
    expect(reasons(list)).toEqual({
      赵无证: 'noPermit',
      钱将到: 'expiring',
      李过期: 'expired',
      周暂停: 'suspended',
      吴吊销: 'revoked',
      冯公益: 'noPermit',
    });
    // Sorted by pinyin, as the clerk reads the list.
    expect(list.map((i) => i.staff.name)).toEqual(['冯公益', '李过期', '钱将到', '吴吊销', '赵无证', '周暂停']);
    expect(list.find((i) => i.staff.name === '钱将到')?.staff.permit).toMatchObject({
      status: 'valid',
      standing: 'expiring',
    });
  });

  it('uses the window asked for: 20 days away is expiring within 30 but not within 10', async () => {
    const w = await world();
    await w.person('钱将到', 2, {}, { from: oneYearEndingIn(20) });
    await w.person('孙有效', 3, {}, {});
    expect(reasons(await w.a.api.staff.permitWorklist({ days: 30 }))).toEqual({ 钱将到: 'expiring' });
    expect(reasons(await w.a.api.staff.permitWorklist({ days: 10 }))).toEqual({});
    expect(reasons(await w.a.api.staff.permitWorklist({}))).toEqual({ 钱将到: 'expiring' }); // default 30
  });

  it('lists a permit ending today as expiring and one that ended yesterday as expired', async () => {
    const w = await world();
    await w.person('钱今天', 2, {}, { from: oneYearEndingIn(0) });
    await w.person('李昨天', 3, {}, { from: oneYearEndingIn(-1) });
    expect(reasons(await w.a.api.staff.permitWorklist({ days: 0 }))).toEqual({ 钱今天: 'expiring', 李昨天: 'expired' });
  });

  it('leaves out staff who have left or are archived, but keeps those leaving later', async () => {
    const w = await world();
    await w.person('郑离职', 1, { leaveDate: day(-1) });
    await w.person('郑今天', 2, { leaveDate: today() });
    await w.person('陈将走', 3, { leaveDate: day(15) });
    const archived = await w.person('王归档', 4);
    await w.a.api.staff.archive({ id: archived, archived: true });
    expect(reasons(await w.a.api.staff.permitWorklist({ days: 30 }))).toEqual({ 陈将走: 'noPermit' });
  });

  it("filters by employer, with 0 for the office's own 公益岗", async () => {
    const w = await world();
    await w.person('赵无证', 1);
    await w.person('钱中心', 2, { employerInstitutionId: w.centre });
    await w.person('冯公益', 3, { employerInstitutionId: null, post: 'publicPost' });
    expect(reasons(await w.a.api.staff.permitWorklist({ employerInstitutionId: w.home }))).toEqual({
      赵无证: 'noPermit',
    });
    expect(reasons(await w.a.api.staff.permitWorklist({ employerInstitutionId: w.centre }))).toEqual({
      钱中心: 'noPermit',
    });
    expect(reasons(await w.a.api.staff.permitWorklist({ employerInstitutionId: 0 }))).toEqual({ 冯公益: 'noPermit' });
    expect(await w.a.api.staff.permitWorklist({ employerInstitutionId: 999 })).toEqual([]);
  });

  it('drops someone from the list once a permit is issued, and lists them again when it is suspended', async () => {
    const w = await world();
    const id = await w.person('赵无证', 1);
    await addTraining(w.a.api, id, { endDate: '2019-06-01' });
    expect(reasons(await w.a.api.staff.permitWorklist({}))).toEqual({ 赵无证: 'noPermit' });
    const p = await w.a.api.staff.issuePermit({ staffId: id, issueDate: today(), issuer: '测试区残联' });
    expect(await w.a.api.staff.permitWorklist({})).toEqual([]);
    await w.a.api.staff.changePermitStatus({ permitId: p.id, action: 'suspend', reason: '投诉调查' });
    expect(reasons(await w.a.api.staff.permitWorklist({}))).toEqual({ 赵无证: 'suspended' });
  });
});

describe('staff/staffing', () => {
  it('counts live staff per employer and post, with how many hold a valid (or expiring) permit', async () => {
    const w = await world();
    await w.person('甲护一', 1, { post: 'nursing' }, {});
    await w.person('甲护二', 2, { post: 'nursing' });
    await w.person('甲康一', 3, { post: 'rehab' }, { from: oneYearEndingIn(-3) }); // expired
    await w.person('甲医一', 4, { post: 'medical' }, { from: oneYearEndingIn(10) }); // expiring: still valid
    await w.person('乙医一', 5, { post: 'medical', employerInstitutionId: w.centre }, {});
    const gone = await w.person('乙护归档', 6, { post: 'nursing', employerInstitutionId: w.centre }, {});
    await w.a.api.staff.archive({ id: gone, archived: true });
    await w.person('公益一', 7, { post: 'publicPost', employerInstitutionId: null }, { then: 'suspend' });
    await w.person('公益二', 8, { post: 'publicPost', employerInstitutionId: null }, { then: 'revoke' });
    await w.person('公益离职', 9, { post: 'publicPost', employerInstitutionId: null, leaveDate: day(-10) });

    const rows = await w.a.api.staff.staffing();
    expect(rows).toHaveLength(3);
    const by = (id: number | null) => rows.find((r) => r.employerInstitutionId === id);
    expect(by(w.home)).toEqual({
      employerInstitutionId: w.home,
      employerName: '甲街道阳光家园',
      counts: { nursing: 2, rehab: 1, medical: 1 },
      total: 4,
      withValidPermit: 2,
    });
    expect(by(w.centre)).toEqual({
      employerInstitutionId: w.centre,
      employerName: '乙街道康园中心',
      counts: { medical: 1 },
      total: 1,
      withValidPermit: 1,
    });
    expect(by(null)).toEqual({
      employerInstitutionId: null,
      employerName: null,
      counts: { publicPost: 2 },
      total: 2,
      withValidPermit: 0,
    });
  });

  it('is empty on an empty register', async () => {
    const w = await world();
    expect(await w.a.api.staff.staffing()).toEqual([]);
  });
});
