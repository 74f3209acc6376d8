import { describe, expect, it } from 'vitest';
import type { VolunteerInput } from '#domain/staff/schema';
import { makeResidentId } from '../fixtures/synthetic';
import {
  creditCode,
  fieldsOf,
  institutionInput,
  personInput,
  refusal,
  rowCount,
  seedPlaces,
  STACK_LIKE,
  type TestApp,
  useApp,
} from './helpers';

const app = useApp();

interface World {
  a: TestApp;
  home: number;
  centre: number;
  wang: number;
  li: number;
}

async function world(): Promise<World> {
  const a = app();
  const places = await seedPlaces(a.api);
  const home = await a.api.institutions.create(
    institutionInput(places, { name: '甲街道阳光家园', creditCode: creditCode(1) }),
  );
  const centre = await a.api.institutions.create(
    institutionInput(places, { name: '乙街道康园中心', creditCode: creditCode(2) }),
  );
  const wang = await a.api.persons.create(
    personInput(places, { name: '王芳', residentId: makeResidentId({ birth: '1982-04-04', seq: 2 }) }),
  );
  const li = await a.api.persons.create(
    personInput(places, { name: '李强', residentId: makeResidentId({ birth: '1984-09-09', seq: 3 }) }),
  );
  return { a, home: home.id, centre: centre.id, wang: wang.id, li: li.id };
}

const volunteer = (overrides: Partial<VolunteerInput> = {}): VolunteerInput => ({
  name: '赵志愿',
  phone: '13600003333',
  backgrounds: ['rehab', 'counselling'],
  organisation: '测试区康复医院',
  hoursServed: 12,
  ...overrides,
});

const tables = (a: TestApp) =>
  Object.fromEntries(['volunteers', 'volunteer_links', 'audit_log'].map((t) => [t, rowCount(a, t)]));

describe('volunteers/create', () => {
  it('creates a volunteer linked to an institution and a recipient, masking the phone, and audits it', async () => {
    const w = await world();
    const v = await w.a.api.volunteers.create(volunteer({ institutionIds: [w.home, w.home], personIds: [w.wang] }));
    expect(v).toEqual({
      id: expect.any(Number),
      name: '赵志愿',
      phone: '13600003333',
      phoneMasked: '136****3333',
      backgrounds: ['rehab', 'counselling'],
      organisation: '测试区康复医院',
      hoursServed: 12,
      institutions: [{ id: w.home, name: '甲街道阳光家园' }],
      persons: [{ id: w.wang, name: '王芳' }],
      remarks: null,
      archived: false,
      version: 1,
    });
    expect(rowCount(w.a, 'volunteer_links')).toBe(2);
    const audit = w.a.sqlite.prepare("SELECT action, entity_id FROM audit_log WHERE entity = 'volunteer'").all();
    expect(audit).toEqual([{ action: 'create', entity_id: v.id }]);
    expect((await w.a.api.volunteers.list({})).data).toEqual([v]);
  });

  it('creates a volunteer without links', async () => {
    const w = await world();
    expect(await w.a.api.volunteers.create(volunteer({ phone: null }))).toMatchObject({
      institutions: [],
      persons: [],
      phoneMasked: null,
    });
  });

  it('refuses an unknown institution or recipient on its field, in Chinese, and writes nothing', async () => {
    const w = await world();
    const before = tables(w.a);
    const inst = await refusal(w.a.api.volunteers.create(volunteer({ institutionIds: [w.home, 999] })));
    expect(inst.code).toBe('INVALID_INPUT');
    expect(fieldsOf(inst)).toEqual([
      expect.objectContaining({ field: 'institutionIds', code: 'institution.notFound' }),
    ]);
    expect(inst.message).toMatch(/[\u4e00-\u9fff]/);
    expect(inst.message).not.toMatch(STACK_LIKE);
    const person = await refusal(w.a.api.volunteers.create(volunteer({ personIds: [998] })));
    expect(fieldsOf(person)).toEqual([expect.objectContaining({ field: 'personIds', code: 'person.notFound' })]);
    expect(tables(w.a)).toEqual(before);
  });

  it('refuses a volunteer without a background with a Chinese message', async () => {
    const w = await world();
    const error = await refusal(w.a.api.volunteers.create(volunteer({ backgrounds: [] })));
    expect(fieldsOf(error)).toEqual([
      expect.objectContaining({
        field: 'backgrounds',
        code: 'volunteer.background.required',
        message: '请至少选择一项专业背景',
      }),
    ]);
  });
});

describe('volunteers/update', () => {
  it('replaces the links rather than adding to them', async () => {
    const w = await world();
    const v = await w.a.api.volunteers.create(volunteer({ institutionIds: [w.home], personIds: [w.wang] }));
    const updated = await w.a.api.volunteers.update({
      ...volunteer({ institutionIds: [w.centre], personIds: [w.li], hoursServed: 20 }),
      id: v.id,
      version: 1,
    });
    expect(updated).toMatchObject({
      version: 2,
      hoursServed: 20,
      institutions: [{ id: w.centre, name: '乙街道康园中心' }],
      persons: [{ id: w.li, name: '李强' }],
    });
    expect(rowCount(w.a, 'volunteer_links')).toBe(2);
    const cleared = await w.a.api.volunteers.update({ ...volunteer(), id: v.id, version: 2 });
    expect(cleared).toMatchObject({ version: 3, institutions: [], persons: [] });
    expect(rowCount(w.a, 'volunteer_links')).toBe(0);
    const actions = w.a.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'volunteer' ORDER BY id").all();
    expect(actions).toEqual([{ action: 'create' }, { action: 'update' }, { action: 'update' }]);
  });

  it('refuses an unknown linked id and a stale version, leaving the volunteer and its links as they were', async () => {
    const w = await world();
    const v = await w.a.api.volunteers.create(volunteer({ institutionIds: [w.home], personIds: [w.wang] }));
    const before = tables(w.a);
    const unknown = await refusal(
      w.a.api.volunteers.update({
        ...volunteer({ name: '赵新名', institutionIds: [w.centre], personIds: [12345] }),
        id: v.id,
        version: 1,
      }),
    );
    expect(fieldsOf(unknown)).toEqual([expect.objectContaining({ field: 'personIds', code: 'person.notFound' })]);
    const stale = await refusal(w.a.api.volunteers.update({ ...volunteer({ name: '赵旧名' }), id: v.id, version: 7 }));
    expect(stale.code).toBe('CONFLICT');
    expect(fieldsOf(stale)).toEqual([expect.objectContaining({ field: 'version' })]);
    expect(tables(w.a)).toEqual(before);
    expect((await w.a.api.volunteers.list({})).data).toEqual([v]);
  });
});

describe('volunteers/archive and list', () => {
  it('archives instead of deleting, hides the volunteer from the list, and restores', async () => {
    const w = await world();
    const v = await w.a.api.volunteers.create(volunteer({ institutionIds: [w.home] }));
    const other = await w.a.api.volunteers.create(volunteer({ name: '钱热心', organisation: '测试大学社工系' }));
    expect(await w.a.api.volunteers.archive({ id: v.id, archived: true })).toMatchObject({
      archived: true,
      version: 2,
      institutions: [{ id: w.home }],
    });
    expect(rowCount(w.a, 'volunteers')).toBe(2);
    expect((await w.a.api.volunteers.list({})).data.map((x) => x.id)).toEqual([other.id]);
    expect((await w.a.api.volunteers.list({ includeArchived: true })).total).toBe(2);
    expect(await w.a.api.volunteers.archive({ id: v.id, archived: false })).toMatchObject({
      archived: false,
      version: 3,
    });
    expect((await w.a.api.volunteers.list({})).total).toBe(2);
    expect((await refusal(w.a.api.volunteers.archive({ id: 999, archived: true }))).code).toBe('NOT_FOUND');
  });

  it('finds volunteers by name or organisation', async () => {
    const w = await world();
    await w.a.api.volunteers.create(volunteer());
    await w.a.api.volunteers.create(volunteer({ name: '钱热心', organisation: '测试大学社工系' }));
    const found = async (keyword: string) => (await w.a.api.volunteers.list({ keyword })).data.map((v) => v.name);
    expect(await found('钱')).toEqual(['钱热心']);
    expect(await found('康复医院')).toEqual(['赵志愿']);
    expect(await found('测试')).toHaveLength(2);
    expect(await found('孙')).toEqual([]);
  });
});
