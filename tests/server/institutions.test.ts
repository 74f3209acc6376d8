import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '#server/contract';
import {
  creditCode,
  fieldsOf,
  institutionInput,
  type Places,
  refusal,
  rowCount,
  seedPlaces,
  STACK_LIKE,
  type TestApp,
  useApp,
} from './helpers';

const app = useApp();

async function seeded(): Promise<{ a: TestApp; places: Places }> {
  const a = app();
  return { a, places: await seedPlaces(a.api) };
}

const institutionAudit = (a: TestApp) =>
  a.sqlite
    .prepare(
      "SELECT entity, entity_id, action, actor, before, after FROM audit_log WHERE entity = 'institution' ORDER BY id",
    )
    .all() as {
    entity: string;
    entity_id: number;
    action: string;
    actor: string;
    before: string | null;
    after: string | null;
  }[];

/** Nothing was written: no institution and no audit row about one. */
function expectNothingWritten(a: TestApp): void {
  expect(rowCount(a, 'institutions')).toBe(0);
  expect(institutionAudit(a)).toEqual([]);
}

describe('institutions/create', () => {
  it('saves the institution and exactly one audit row for it', async () => {
    const { a, places } = await seeded();
    const created = await a.api.institutions.create(institutionInput(places, { phone: ' 0755-12345678 ' }));
    expect(created).toMatchObject({
      name: '测试阳光家园日间照料中心',
      streetName: '甲街道',
      communityName: '甲一社区',
      modes: ['dayCare'],
      phone: '0755-12345678',
      version: 1,
      archived: false,
    });
    expect(await a.api.institutions.get({ id: created.id })).toEqual(created);

    const audit = institutionAudit(a);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      entity: 'institution',
      entity_id: created.id,
      action: 'create',
      actor: 'tester',
      before: null,
    });
    expect(JSON.parse(audit[0]?.after ?? '{}')).toMatchObject({
      name: '测试阳光家园日间照料中心',
      creditCode: creditCode(1),
    });
  });

  it('accepts a lower-case credit code and stores it in capitals', async () => {
    const { a, places } = await seeded();
    const created = await a.api.institutions.create(
      institutionInput(places, { creditCode: creditCode(7).toLowerCase() }),
    );
    expect(created.creditCode).toBe(creditCode(7));
  });

  it('refuses a wrong check character on the credit-code field and writes nothing', async () => {
    const { a, places } = await seeded();
    const good = creditCode(1);
    const bad = good.slice(0, 17) + (good.endsWith('1') ? '2' : '1');
    const error = await refusal(a.api.institutions.create(institutionInput(places, { creditCode: bad })));
    expect(error.code).toBe('INVALID_INPUT');
    expect(fieldsOf(error)).toEqual([
      expect.objectContaining({
        field: 'creditCode',
        code: 'creditCode.checkChar',
        message: '统一社会信用代码校验位不正确，请核对最后一位',
      }),
    ]);
    expect(error.message).toContain('校验位');
    expect(error.message).not.toMatch(STACK_LIKE);
    expectNothingWritten(a);
  });

  it('refuses a credit code already registered to another institution', async () => {
    const { a, places } = await seeded();
    await a.api.institutions.create(institutionInput(places));
    const error = await refusal(a.api.institutions.create(institutionInput(places, { name: '另一家机构' })));
    expect(error.code).toBe('CONFLICT');
    expect(error.status).toBe(409);
    expect(error.defined).toBe(true);
    expect(fieldsOf(error)).toEqual([
      expect.objectContaining({ field: 'creditCode', code: 'institution.creditCode.duplicate' }),
    ]);
    expect(rowCount(a, 'institutions')).toBe(1);
    expect(institutionAudit(a)).toHaveLength(1);
  });

  it('allows several institutions without a credit code', async () => {
    const { a, places } = await seeded();
    await a.api.institutions.create(institutionInput(places, { creditCode: null }));
    await a.api.institutions.create(institutionInput(places, { creditCode: '  ', name: '第二家' }));
    expect(rowCount(a, 'institutions')).toBe(2);
  });

  it('refuses residential care without beds, on the beds field', async () => {
    const { a, places } = await seeded();
    const error = await refusal(
      a.api.institutions.create(institutionInput(places, { modes: ['residential'], beds: 0 })),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.status).toBe(400);
    expect(fieldsOf(error)).toEqual([
      expect.objectContaining({ field: 'beds', code: 'institution.beds.requiredForResidential' }),
    ]);
    expectNothingWritten(a);
  });

  it('refuses a community that is not in the chosen street', async () => {
    const { a, places } = await seeded();
    const error = await refusal(
      a.api.institutions.create(institutionInput(places, { communityId: places.communityB1 })),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.status).toBe(400);
    expect(error.defined).toBe(true);
    expect(fieldsOf(error)).toEqual([
      { field: 'communityId', code: 'institution.community.notInStreet', message: '所选社区不属于该街道' },
    ]);
    expectNothingWritten(a);
  });

  it('refuses a street id that is really a community or a district', async () => {
    const { a, places } = await seeded();
    for (const streetId of [places.communityA1, places.districtId, 9999]) {
      const error = await refusal(a.api.institutions.create(institutionInput(places, { streetId, communityId: null })));
      expect(fieldsOf(error).map((f) => f.field)).toEqual(['streetId']);
    }
    expectNothingWritten(a);
  });

  it('refuses an archived street', async () => {
    const { a, places } = await seeded();
    await a.api.divisions.archive({ id: places.communityB1 });
    await a.api.divisions.archive({ id: places.streetB });
    const error = await refusal(
      a.api.institutions.create(institutionInput(places, { streetId: places.streetB, communityId: null })),
    );
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'streetId', code: 'division.archivedChoice' })]);
    expectNothingWritten(a);
  });
});

describe('institutions/update', () => {
  it('bumps the version and records before and after', async () => {
    const { a, places } = await seeded();
    const created = await a.api.institutions.create(institutionInput(places));
    const updated = await a.api.institutions.update({
      ...institutionInput(places, { name: '改名后的中心' }),
      id: created.id,
      version: 1,
    });
    expect(updated).toMatchObject({ id: created.id, name: '改名后的中心', version: 2 });
    expect((await a.api.institutions.get({ id: created.id })).name).toBe('改名后的中心');

    const last = institutionAudit(a).at(-1);
    expect(last).toMatchObject({ action: 'update', actor: 'tester', entity_id: created.id });
    expect(JSON.parse(last?.before ?? '{}')).toMatchObject({ name: '测试阳光家园日间照料中心', version: 1 });
    expect(JSON.parse(last?.after ?? '{}')).toMatchObject({ name: '改名后的中心', version: 2 });
  });

  it('refuses a stale version and keeps the colleague’s change', async () => {
    const { a, places } = await seeded();
    const created = await a.api.institutions.create(institutionInput(places));
    await a.api.institutions.update({
      ...institutionInput(places, { name: '同事的修改' }),
      id: created.id,
      version: 1,
    });
    const auditBefore = institutionAudit(a).length;

    const error = await refusal(
      a.api.institutions.update({ ...institutionInput(places, { name: '我的旧表单' }), id: created.id, version: 1 }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'version', code: 'institution.version.stale' })]);
    expect(error.message).toContain('已被他人修改');
    expect(await a.api.institutions.get({ id: created.id })).toMatchObject({ name: '同事的修改', version: 2 });
    expect(institutionAudit(a)).toHaveLength(auditBefore);
  });

  it('lets an institution keep its own credit code but not take another’s', async () => {
    const { a, places } = await seeded();
    const one = await a.api.institutions.create(institutionInput(places));
    await a.api.institutions.create(institutionInput(places, { name: '第二家', creditCode: creditCode(2) }));
    await a.api.institutions.update({ ...institutionInput(places, { address: '新地址' }), id: one.id, version: 1 });
    const error = await refusal(
      a.api.institutions.update({ ...institutionInput(places, { creditCode: creditCode(2) }), id: one.id, version: 2 }),
    );
    expect(fieldsOf(error)).toEqual([
      expect.objectContaining({ field: 'creditCode', code: 'institution.creditCode.duplicate' }),
    ]);
    expect((await a.api.institutions.get({ id: one.id })).creditCode).toBe(creditCode(1));
  });

  it('reports NOT_FOUND for an institution that does not exist', async () => {
    const { a, places } = await seeded();
    const error = await refusal(a.api.institutions.update({ ...institutionInput(places), id: 4242, version: 1 }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.status).toBe(404);
    expect(error.message).toBe('未找到该托养机构');
    expect((await refusal(a.api.institutions.get({ id: 4242 }))).code).toBe('NOT_FOUND');
  });
});

describe('institutions/archive and history', () => {
  it('hides an archived institution from the list unless archived ones are asked for', async () => {
    const { a, places } = await seeded();
    const created = await a.api.institutions.create(institutionInput(places));
    const archived = await a.api.institutions.archive({ id: created.id });
    expect(archived).toMatchObject({ archived: true, version: 2 });

    expect(await a.api.institutions.list({})).toEqual({ data: [], total: 0 });
    const all = await a.api.institutions.list({ includeArchived: true });
    expect(all.total).toBe(1);
    expect(all.data[0]).toMatchObject({ id: created.id, archived: true });
    expect(institutionAudit(a).at(-1)).toMatchObject({ action: 'archive', actor: 'tester', entity_id: created.id });

    await a.api.institutions.archive({ id: created.id, archived: false });
    expect((await a.api.institutions.list({})).total).toBe(1);
  });

  it('treats archiving an archived institution as no change: same version, no second audit row', async () => {
    const { a, places } = await seeded();
    const created = await a.api.institutions.create(institutionInput(places));
    await a.api.institutions.archive({ id: created.id });
    const again = await a.api.institutions.archive({ id: created.id });
    expect(again).toMatchObject({ archived: true, version: 2 });
    expect(institutionAudit(a).map((r) => r.action)).toEqual(['create', 'archive']);
  });

  it('returns the history newest first', async () => {
    const { a, places } = await seeded();
    const created = await a.api.institutions.create(institutionInput(places));
    await a.api.institutions.update({
      ...institutionInput(places, { name: '第二个名字' }),
      id: created.id,
      version: 1,
    });
    await a.api.institutions.archive({ id: created.id });
    const other = await a.api.institutions.create(
      institutionInput(places, { creditCode: creditCode(2), name: '别家' }),
    );

    const history: AuditEntry[] = await a.api.institutions.history({ id: created.id });
    expect(history.map((h) => h.action)).toEqual(['archive', 'update', 'create']);
    expect(history.every((h) => h.entityId === created.id && h.actor === 'tester')).toBe(true);
    expect(history[1]?.after).toMatchObject({ name: '第二个名字' });
    expect((await a.api.institutions.history({ id: other.id })).map((h) => h.action)).toEqual(['create']);
  });
});
