import { beforeEach, describe, expect, it } from 'vitest';
import type { InstitutionCreateInput } from '#domain/institution/schema';
import { creditCode, institutionInput, type Places, seedPlaces, type TestApp, useApp } from './helpers';

const app = useApp();
let a: TestApp;
let places: Places;

/** Five institutions that differ in every filterable way. */
beforeEach(async () => {
  a = app();
  places = await seedPlaces(a.api);
  const rows: Partial<InstitutionCreateInput>[] = [
    {
      name: '甲街道阳光家园',
      creditCode: creditCode(101),
      modes: ['dayCare'],
      dayPlaces: 30,
      ownership: 'privatePublicAided',
    },
    {
      name: '甲街道托养院',
      creditCode: creditCode(102),
      modes: ['residential'],
      beds: 30,
      dayPlaces: 0,
      ownership: 'public',
    },
    {
      name: '乙街道康复之家',
      creditCode: creditCode(203),
      modes: ['residential', 'dayCare'],
      beds: 10,
      streetId: places.streetB,
      communityId: null,
    },
    {
      name: '乙街道居家服务站',
      creditCode: null,
      modes: ['homeCare'],
      dayPlaces: 0,
      streetId: places.streetB,
      communityId: null,
      status: 'suspended',
    },
    { name: '100%满意托养院', creditCode: creditCode(305), modes: ['residential'], beds: 20, dayPlaces: 0 },
  ];
  for (const r of rows) await a.api.institutions.create(institutionInput(places, r));
});

const names = async (input: Parameters<TestApp['api']['institutions']['list']>[0]) =>
  (await a.api.institutions.list({ pageSize: 50, sortField: 'name', sortOrder: 'ascend', ...input })).data
    .map((i) => i.name)
    .sort();

describe('institutions/list keyword', () => {
  it('finds by a fragment of the name', async () => {
    expect(await names({ keyword: '托养院' })).toEqual(['100%满意托养院', '甲街道托养院'].sort());
    expect(await names({ keyword: '  乙街道 ' })).toEqual(['乙街道康复之家', '乙街道居家服务站'].sort());
  });

  it('finds by a fragment of the credit code, typed in lower case too', async () => {
    const code = creditCode(203);
    expect(await names({ keyword: code.slice(8, 17) })).toEqual(['乙街道康复之家']);
    expect(await names({ keyword: code.slice(8, 17).toLowerCase() })).toEqual(['乙街道康复之家']);
    expect(await names({ keyword: code.toLowerCase() })).toEqual(['乙街道康复之家']);
  });

  it('treats % and _ as the characters themselves, not wildcards', async () => {
    expect(await names({ keyword: '%' })).toEqual(['100%满意托养院']);
    expect(await names({ keyword: '_' })).toEqual([]);
    expect(await names({ keyword: '0%满' })).toEqual(['100%满意托养院']);
    expect(await names({ keyword: '甲_道' })).toEqual([]);
  });

  it('returns nothing for a keyword that matches nothing', async () => {
    expect(await a.api.institutions.list({ keyword: '不存在的机构' })).toEqual({ data: [], total: 0 });
  });
});

describe('institutions/list filters', () => {
  it('by street', async () => {
    expect(await names({ streetId: places.streetB })).toEqual(['乙街道康复之家', '乙街道居家服务站'].sort());
  });

  it('by care mode', async () => {
    expect(await names({ mode: 'residential' })).toEqual(['100%满意托养院', '乙街道康复之家', '甲街道托养院'].sort());
    expect(await names({ mode: 'dayCare' })).toEqual(['乙街道康复之家', '甲街道阳光家园'].sort());
    expect(await names({ mode: 'homeCare' })).toEqual(['乙街道居家服务站']);
  });

  it('by ownership and by status', async () => {
    expect(await names({ ownership: 'public' })).toEqual(['甲街道托养院']);
    expect(await names({ status: 'suspended' })).toEqual(['乙街道居家服务站']);
  });

  it('combines filters with the keyword', async () => {
    expect(await names({ streetId: places.streetA, mode: 'residential', keyword: '甲' })).toEqual(['甲街道托养院']);
    const page = await a.api.institutions.list({ streetId: places.streetB, mode: 'residential' });
    expect(page.total).toBe(1);
  });
});

describe('institutions/list sorting and paging', () => {
  const residential = { mode: 'residential' as const, sortField: 'beds' as const };

  it('sorts by beds ascending and descending', async () => {
    const asc = await a.api.institutions.list({ ...residential, sortOrder: 'ascend' });
    expect(asc.data.map((i) => i.beds)).toEqual([10, 20, 30]);
    const desc = await a.api.institutions.list({ ...residential, sortOrder: 'descend' });
    expect(desc.data.map((i) => i.beds)).toEqual([30, 20, 10]);
  });

  it('pages through the results with the full total on every page', async () => {
    const seen: string[] = [];
    for (const page of [1, 2, 3]) {
      const p = await a.api.institutions.list({ page, pageSize: 2, sortField: 'name', sortOrder: 'ascend' });
      expect(p.total).toBe(5);
      expect(p.data).toHaveLength(page < 3 ? 2 : 1);
      seen.push(...p.data.map((i) => i.name));
    }
    expect(new Set(seen).size).toBe(5);
    expect((await a.api.institutions.list({ page: 4, pageSize: 2 })).data).toEqual([]);
  });

  it('counts live institutions only in the home-page statistics', async () => {
    const stats = await a.api.institutions.stats();
    expect(stats).toMatchObject({ total: 5, beds: 60, streetsTotal: 2, streetsWithDayCare: 2 });
    const [first] = (await a.api.institutions.list({ keyword: '甲街道托养院' })).data;
    await a.api.institutions.archive({ id: first?.id ?? 0 });
    expect(await a.api.institutions.stats()).toMatchObject({ total: 4, beds: 30 });
  });
});
