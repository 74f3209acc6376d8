import { describe, expect, it } from 'vitest';
import { normaliseKeyword } from '#domain/search-keyword';
import { makeResidentId } from '../fixtures/synthetic';
import { creditCode, institutionInput, personInput, seedPlaces, staffInput, useApp } from './helpers';

/**
 * What a clerk types into a search box is searched for literally: LIKE's wildcards `%` and `_`
 * and its escape `\` match only themselves, and control characters (a NUL cuts SQLite's pattern
 * short, so `%<NUL>…%` matched every row) are ignored.
 */
const app = useApp();

describe('normaliseKeyword', () => {
  it('drops C0, DEL and C1 controls and trims, keeping every other character', () => {
    expect(normaliseKeyword('\u0000王\u0007芳\u001f\u007f\u0085\u009f')).toBe('王芳');
    expect(normaliseKeyword('  \t100%_\\ \n')).toBe('100%_\\');
    expect(normaliseKeyword('\u0000\u0000')).toBe('');
    expect(normaliseKeyword('阳光·家园\u3000')).toBe('阳光·家园');
  });
});

describe('volunteers/list keyword', () => {
  async function seed() {
    const a = app();
    const make = (name: string, organisation: string) =>
      a.api.volunteers.create({ name, phone: null, backgrounds: ['rehab'], organisation, hoursServed: 0 });
    await make('赵志愿', '爱心100%志愿队');
    await make('钱志愿', '阳光_社工站');
    await make('孙志愿', '康复\\医院');
    await make('李志愿', '区社工协会');
    const names = async (keyword: string) => (await a.api.volunteers.list({ keyword })).data.map((v) => v.name).sort();
    return { names };
  }

  it.each([
    ['%', ['赵志愿']],
    ['100%', ['赵志愿']],
    ['_', ['钱志愿']],
    ['\\', ['孙志愿']],
    ['%志愿%', []],
    ['\u0000不存在', []],
    ['\u0000社工', ['李志愿', '钱志愿']],
    ['社\u0000工', ['李志愿', '钱志愿']],
  ])('%j matches only literal text', async (keyword, expected) => {
    const { names } = await seed();
    expect(await names(keyword)).toEqual([...expected].sort());
  });

  it('a keyword of control characters only is no keyword', async () => {
    const { names } = await seed();
    expect(await names('\u0000\u0001')).toHaveLength(4);
  });
});

describe('institutions/list keyword', () => {
  async function seed() {
    const a = app();
    const places = await seedPlaces(a.api);
    const make = (n: number, name: string) =>
      a.api.institutions.create(institutionInput(places, { name, creditCode: creditCode(n) }));
    await make(1, '甲街道阳光家园');
    await make(2, '百分百%关爱中心');
    await make(3, '康_园日间照料中心');
    await make(4, '乙街道\\康园');
    const names = async (keyword: string) =>
      (await a.api.institutions.list({ keyword })).data.map((i) => i.name).sort();
    return { names };
  }

  it.each([
    ['%', ['百分百%关爱中心']],
    ['_', ['康_园日间照料中心']],
    ['\\', ['乙街道\\康园']],
    ['康_园', ['康_园日间照料中心']],
    ['\u0000', ['乙街道\\康园', '康_园日间照料中心', '甲街道阳光家园', '百分百%关爱中心']],
    ['\u0000不存在', []],
    ['\u0000甲街道', ['甲街道阳光家园']],
  ])('%j matches only literal text', async (keyword, expected) => {
    const { names } = await seed();
    expect(await names(keyword)).toEqual([...expected].sort());
  });

  it('a credit-code fragment with a wildcard finds nothing', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    await a.api.institutions.create(institutionInput(places, { creditCode: creditCode(1) }));
    expect((await a.api.institutions.list({ keyword: creditCode(1).slice(0, 6) })).total).toBe(1);
    expect((await a.api.institutions.list({ keyword: `${creditCode(1).slice(0, 3)}_` })).total).toBe(0);
  });
});

describe('persons/list and staff/list keyword', () => {
  it('wildcards find no one and a NUL in a name or ID fragment is ignored', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    const wangId = makeResidentId({ birth: '1982-04-04', seq: 2 });
    await a.api.persons.create(personInput(places, { name: '王芳', residentId: wangId }));
    await a.api.persons.create(
      personInput(places, { name: '李强', residentId: makeResidentId({ birth: '1984-09-09', seq: 3 }) }),
    );
    const persons = async (keyword: string) => (await a.api.persons.list({ keyword })).data.map((p) => p.name);
    for (const wildcard of ['%', '_', '\\', '%王%']) expect(await persons(wildcard)).toEqual([]);
    expect(await persons('\u0000王')).toEqual(['王芳']);
    expect(await persons(`\u0000${wangId.slice(6, 14)}`)).toEqual(['王芳']);

    const chenId = makeResidentId({ birth: '1985-03-01', seq: 1 });
    await a.api.staff.create(staffInput({ name: '陈静', residentId: chenId }));
    await a.api.staff.create(staffInput({ name: '张伟', birth: '1990-02-02', seq: 30 }));
    const staff = async (keyword: string) => (await a.api.staff.list({ keyword })).data.map((s) => s.name);
    for (const wildcard of ['%', '_', '\\', '%陈%']) expect(await staff(wildcard)).toEqual([]);
    expect(await staff('\u0000陈')).toEqual(['陈静']);
    expect(await staff(`${chenId.slice(6, 10)}\u0000${chenId.slice(10, 14)}`)).toEqual(['陈静']);
  });

  it('a keyword ending in the last code point (U+10FFFF) or other odd characters finds nothing instead of failing', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    await a.api.persons.create(personInput(places, { name: '王芳' }));
    await a.api.staff.create(staffInput({ name: '陈静' }));
    for (const keyword of ['王\u{10FFFF}', '\u{10FFFF}', '\uD7FF', '[*?"\'', '\uD800', '"123']) {
      expect((await a.api.persons.list({ keyword })).data, keyword).toEqual([]);
      expect((await a.api.staff.list({ keyword })).data, keyword).toEqual([]);
      expect((await a.api.institutions.list({ keyword })).data, keyword).toEqual([]);
      expect((await a.api.volunteers.list({ keyword })).data, keyword).toEqual([]);
    }
    expect((await a.api.persons.list({ keyword: '王' })).data.map((p) => p.name)).toEqual(['王芳']);
  });
});
