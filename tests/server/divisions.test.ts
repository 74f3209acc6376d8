import { describe, expect, it } from 'vitest';
import type { DivisionNode } from '#server/contract';
import { fieldsOf, institutionInput, refusal, rowCount, seedPlaces, type TestApp, useApp } from './helpers';

const app = useApp();

/** The tree as a clerk reads it: names, indented by level. */
const outline = (nodes: DivisionNode[], depth = 0): string[] =>
  nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.name}`, ...outline(n.children, depth + 1)]);

async function district(a: TestApp) {
  return a.api.divisions.create({ parentId: null, code: '440307', name: '测试区' });
}

describe('divisions/create', () => {
  it('builds district → street → community with levels taken from the parent', async () => {
    const a = app();
    const d = await district(a);
    const s = await a.api.divisions.create({
      parentId: d.id,
      code: '440307001000',
      name: '甲街道',
      codeVerified: true,
    });
    const c = await a.api.divisions.create({ parentId: s.id, code: '440307001001', name: '甲一社区' });
    expect([d.level, s.level, c.level]).toEqual(['district', 'street', 'community']);
    expect(s).toMatchObject({ parentId: d.id, codeVerified: true, archived: false });
    expect(c.codeVerified).toBe(false);
    const audit = a.sqlite.prepare("SELECT action, actor FROM audit_log WHERE entity = 'division'").all();
    expect(audit).toEqual(Array(3).fill({ action: 'create', actor: 'tester' }));
  });

  it('accepts a 12-digit statistical district code', async () => {
    const d = await app().api.divisions.create({ parentId: null, code: '440307000000', name: '测试区' });
    expect(d.level).toBe('district');
  });

  const refusedCodes: [string, 'district' | 'street' | 'community', string, string][] = [
    ['an 8-digit district code', 'district', '44030700', 'division.code.districtLength'],
    ['a street code outside the district', 'street', '440308001000', 'division.code.parentPrefix'],
    ['a 9-digit street code', 'street', '440307001', 'division.code.length12'],
    ['a street code not ending in 000', 'street', '440307001002', 'division.code.streetSuffix'],
    ['a community code outside its street', 'community', '440307002001', 'division.code.parentPrefix'],
    ['a community code ending in 000', 'community', '440307001000', 'division.code.communitySuffix'],
  ];

  it.each(refusedCodes)('refuses %s on the code field', async (_label, level, code, message) => {
    const a = app();
    const places = await seedPlaces(a.api);
    const parentId = { district: null, street: places.districtId, community: places.streetA }[level];
    const before = rowCount(a, 'divisions');
    const error = await refusal(a.api.divisions.create({ parentId, code, name: '新区划' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'code', code: message })]);
    expect(rowCount(a, 'divisions')).toBe(before);
  });

  it('refuses a code that is already used', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    const error = await refusal(
      a.api.divisions.create({ parentId: places.districtId, code: '440307001000', name: '重复街道' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'code', code: 'division.code.duplicate' })]);
    expect(outline(await a.api.divisions.tree({}))).not.toContain('  重复街道');
  });

  it('refuses a level below community and an unknown parent', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    const deep = await refusal(
      a.api.divisions.create({ parentId: places.communityA1, code: '440307001001', name: '小组' }),
    );
    expect(fieldsOf(deep)).toEqual([expect.objectContaining({ field: 'parentId', code: 'division.parent.tooDeep' })]);
    const missing = await refusal(a.api.divisions.create({ parentId: 999, code: '440307009000', name: '无主街道' }));
    expect(fieldsOf(missing)).toEqual([expect.objectContaining({ field: 'parentId', code: 'division.notFound' })]);
  });
});

describe('divisions/tree, rename and move', () => {
  it('returns the nested tree ordered by code', async () => {
    const a = app();
    await seedPlaces(a.api);
    expect(outline(await a.api.divisions.tree({}))).toEqual([
      '测试区',
      '  甲街道',
      '    甲一社区',
      '  乙街道',
      '    乙一社区',
    ]);
  });

  it('renames a street and re-checks its code against the district', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    const renamed = await a.api.divisions.rename({
      id: places.streetA,
      name: '甲镇',
      code: '440307001000',
      codeVerified: true,
    });
    expect(renamed).toMatchObject({ name: '甲镇', codeVerified: true });
    expect(outline(await a.api.divisions.tree({}))).toContain('  甲镇');

    const error = await refusal(
      a.api.divisions.rename({ id: places.streetA, name: '甲镇', code: '440399001000', codeVerified: true }),
    );
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'code', code: 'division.code.parentPrefix' })]);
    const taken = await refusal(
      a.api.divisions.rename({ id: places.streetA, name: '甲镇', code: '440307002000', codeVerified: true }),
    );
    expect(taken.code).toBe('CONFLICT');
    const last = a.sqlite
      .prepare("SELECT action, before, after FROM audit_log WHERE entity = 'division' ORDER BY id DESC")
      .get() as {
      action: string;
      before: string;
      after: string;
    };
    expect(last.action).toBe('update');
    expect(JSON.parse(last.before)).toMatchObject({ name: '甲街道' });
    expect(JSON.parse(last.after)).toMatchObject({ name: '甲镇' });
  });

  it('marks communities unverified when their street is recoded under a new prefix', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    await a.api.divisions.rename({
      id: places.communityA1,
      name: '甲一社区',
      code: '440307001001',
      codeVerified: true,
    });
    await a.api.divisions.rename({ id: places.streetA, name: '甲街道', code: '440307009000', codeVerified: true });
    const street = (await a.api.divisions.tree({}))[0]?.children.find((s) => s.id === places.streetA);
    expect(street?.codeVerified).toBe(true);
    expect(street?.children.map((c) => [c.code, c.codeVerified])).toEqual([['440307001001', false]]);
  });

  it('moves a community to another street and marks its code unverified', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    await a.api.divisions.rename({
      id: places.communityA1,
      name: '甲一社区',
      code: '440307001001',
      codeVerified: true,
    });
    const moved = await a.api.divisions.move({ id: places.communityA1, parentId: places.streetB });
    expect(moved).toMatchObject({ parentId: places.streetB, codeVerified: false });
    expect(outline(await a.api.divisions.tree({}))).toEqual([
      '测试区',
      '  甲街道',
      '  乙街道',
      '    甲一社区',
      '    乙一社区',
    ]);
  });

  it('refuses a move to a parent of the wrong level', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    const error = await refusal(a.api.divisions.move({ id: places.communityA1, parentId: places.districtId }));
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'parentId', code: 'division.move.level' })]);
    expect((await a.api.divisions.tree({}))[0]?.children[0]?.children.map((c) => c.name)).toEqual(['甲一社区']);
  });
});

describe('divisions/archive', () => {
  it('is refused while a live community sits under the street', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    const error = await refusal(a.api.divisions.archive({ id: places.streetA }));
    expect(error.code).toBe('CONFLICT');
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ code: 'division.archive.hasChildren' })]);
    expect(outline(await a.api.divisions.tree({}))).toContain('  甲街道');
  });

  it('is refused while a live institution uses the street, allowed once it is archived', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    const inst = await a.api.institutions.create(institutionInput(places, { communityId: null }));
    await a.api.divisions.archive({ id: places.communityA1 });
    const error = await refusal(a.api.divisions.archive({ id: places.streetA }));
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ code: 'division.archive.inUse' })]);

    await a.api.institutions.archive({ id: inst.id });
    expect(await a.api.divisions.archive({ id: places.streetA })).toMatchObject({ archived: true });
  });

  it('is refused for a community an institution uses', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    await a.api.institutions.create(institutionInput(places));
    const error = await refusal(a.api.divisions.archive({ id: places.communityA1 }));
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ code: 'division.archive.inUse' })]);
  });

  it('hides archived divisions from the tree unless asked, and refuses restoring under an archived parent', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    await a.api.divisions.archive({ id: places.communityB1 });
    await a.api.divisions.archive({ id: places.streetB });
    expect(outline(await a.api.divisions.tree({}))).toEqual(['测试区', '  甲街道', '    甲一社区']);
    expect(outline(await a.api.divisions.tree({ includeArchived: true }))).toContain('    乙一社区');

    const error = await refusal(a.api.divisions.archive({ id: places.communityB1, archived: false }));
    expect(error.code).toBe('CONFLICT');
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ code: 'division.parent.archived' })]);
    const underArchived = await refusal(
      a.api.divisions.create({ parentId: places.streetB, code: '440307002002', name: '新社区' }),
    );
    expect(fieldsOf(underArchived)).toEqual([
      expect.objectContaining({ field: 'parentId', code: 'division.parent.archived' }),
    ]);

    await a.api.divisions.archive({ id: places.streetB, archived: false });
    await a.api.divisions.archive({ id: places.communityB1, archived: false });
    expect(outline(await a.api.divisions.tree({}))).toContain('    乙一社区');
  });

  it('reports NOT_FOUND for a division that does not exist', async () => {
    const error = await refusal(app().api.divisions.archive({ id: 777 }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('未找到该行政区划，可能已被调整');
  });
});
