import { describe, expect, it } from 'vitest';
import type { PersonListInput } from '#server/contract';
import { makeCert, makeResidentId } from '../fixtures/synthetic';
import {
  FULL_ID,
  institutionInput,
  personInput,
  type Places,
  seedPlaces,
  stringsIn,
  type TestApp,
  useApp,
} from './helpers';

const app = useApp();

/** The first synthetic ID for this birth date whose check character is X. */
function idEndingInX(birth: string): string {
  for (let seq = 0; seq < 200; seq++) {
    const id = makeResidentId({ birth, seq });
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X found');
}

type Member = {
  name: string;
  id: string;
  street: 'A' | 'B';
  community: boolean;
  cat: [string, number];
  level: number;
  status?: 'movedOut';
};

/** The register everybody searches below; ages are on 2025-06-30 unless said otherwise. */
const CAST: Member[] = [
  {
    name: '王芳',
    id: makeResidentId({ birth: '1980-05-12', seq: 2 }),
    street: 'A',
    community: true,
    cat: ['intellectual', 5],
    level: 2,
  }, // 45
  {
    name: '王芳芳',
    id: makeResidentId({ birth: '1990-03-15', seq: 4 }),
    street: 'B',
    community: true,
    cat: ['physical', 4],
    level: 4,
  }, // 35
  {
    name: '张三丰',
    id: makeResidentId({ birth: '1965-07-01', seq: 11 }),
    street: 'A',
    community: false,
    cat: ['mental', 6],
    level: 1,
  }, // 59, 60 on 07-01
  {
    name: '张三',
    id: makeResidentId({ birth: '1965-06-30', seq: 13 }),
    street: 'B',
    community: true,
    cat: ['intellectual', 5],
    level: 1,
  }, // 60 today
  {
    name: '李四',
    id: makeResidentId({ birth: '2009-06-30', seq: 15 }),
    street: 'A',
    community: true,
    cat: ['intellectual', 5],
    level: 3,
  }, // 16 today
  {
    name: '赵六',
    id: makeResidentId({ birth: '2009-07-01', seq: 17 }),
    street: 'A',
    community: true,
    cat: ['vision', 1],
    level: 2,
  }, // 15
  {
    name: '曾小明',
    id: idEndingInX('1975-09-09'),
    street: 'B',
    community: false,
    cat: ['hearing', 2],
    level: 3,
    status: 'movedOut',
  }, // 49
  {
    name: '欧阳娜娜',
    id: makeResidentId({ area: '110105', birth: '1988-11-11', seq: 6 }),
    street: 'A',
    community: true,
    cat: ['intellectual', 5],
    level: 2,
  }, // 36
];
const byName = (name: string): Member => CAST.find((m) => m.name === name)!;

async function seedCast(): Promise<{ a: TestApp; places: Places; ids: Record<string, number> }> {
  const a = app();
  const places = await seedPlaces(a.api);
  const ids: Record<string, number> = {};
  for (const m of CAST) {
    const p = await a.api.persons.create(
      personInput(places, {
        name: m.name,
        residentId: m.id,
        certNumber: makeCert(m.id, m.cat[1], m.level),
        category: m.cat[0],
        level: m.level,
        residenceStreetId: m.street === 'A' ? places.streetA : places.streetB,
        residenceCommunityId: m.community ? (m.street === 'A' ? places.communityA1 : places.communityB1) : null,
        status: m.status ?? 'active',
      }),
    );
    ids[m.name] = p.id;
  }
  const inst = await a.api.institutions.create(
    institutionInput(places, { modes: ['residential', 'dayCare'], beds: 5, dayPlaces: 5 }),
  );
  await a.api.persons.enrol({
    personId: ids['王芳']!,
    mode: 'residential',
    institutionId: inst.id,
    startDate: '2024-01-01',
  });
  await a.api.persons.enrol({
    personId: ids['张三丰']!,
    mode: 'dayCare',
    institutionId: inst.id,
    startDate: '2024-02-01',
  });
  await a.api.persons.enrol({ personId: ids['李四']!, mode: 'homeCare', startDate: '2025-01-01' });
  return { a, places, ids };
}

async function names(a: TestApp, q: PersonListInput): Promise<string[]> {
  const page = await a.api.persons.list({ pageSize: 200, ...q });
  expect(page.total, JSON.stringify(q)).toBe(page.data.length);
  return page.data.map((p) => p.name).sort();
}

describe('persons/list: the search box', () => {
  it('finds by name: a 2-character name as a prefix, a 3-character name, the given name alone', async () => {
    const { a } = await seedCast();
    expect(await names(a, { keyword: '王芳' })).toEqual(['王芳', '王芳芳']);
    expect(await names(a, { keyword: '王芳芳' })).toEqual(['王芳芳']);
    expect(await names(a, { keyword: '张三丰' })).toEqual(['张三丰']);
    expect(await names(a, { keyword: '三丰' })).toEqual(['张三丰']);
    expect(await names(a, { keyword: '小明' })).toEqual(['曾小明']);
    expect(await names(a, { keyword: ' 欧阳 ' })).toEqual(['欧阳娜娜']);
    expect(await names(a, { keyword: '钱七' })).toEqual([]);
  });

  it('finds by pinyin initials and by a full-pinyin prefix, in any letter case', async () => {
    const { a } = await seedCast();
    expect(await names(a, { keyword: 'zsf' })).toEqual(['张三丰']);
    expect(await names(a, { keyword: 'ZSF' })).toEqual(['张三丰']);
    expect(await names(a, { keyword: 'zhangsan' })).toEqual(['张三', '张三丰'].sort());
    expect(await names(a, { keyword: 'wangf' })).toEqual(['王芳', '王芳芳']);
    // 曾 as a surname reads zeng, which is what clerks type.
    expect(await names(a, { keyword: 'zxm' })).toEqual(['曾小明']);
    expect(await names(a, { keyword: 'zeng' })).toEqual(['曾小明']);
  });

  it('finds by an ID fragment from the middle, also typed with full-width digits', async () => {
    const { a } = await seedCast();
    const fragment = byName('王芳').id.slice(8, 14); // 800512 of 19800512
    expect(CAST.filter((m) => m.id.includes(fragment)).map((m) => m.name)).toEqual(['王芳']);
    expect(await names(a, { keyword: fragment })).toEqual(['王芳']);
    const fullWidth = Array.from(fragment, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    expect(await names(a, { keyword: fullWidth })).toEqual(['王芳']);
  });

  it('finds a person by the old 15-digit form of their ID', async () => {
    const { a } = await seedCast();
    const id = byName('王芳').id; // 440307 19800512 002 + check
    const legacy = id.slice(0, 6) + id.slice(8, 17);
    expect(legacy).toHaveLength(15);
    expect(await names(a, { keyword: legacy })).toEqual(['王芳']);
  });

  it('finds by the last four characters with a lower-case x', async () => {
    const { a } = await seedCast();
    const last4 = byName('曾小明').id.slice(-4);
    expect(last4.endsWith('X')).toBe(true);
    expect(await names(a, { keyword: last4.toLowerCase() })).toEqual(['曾小明']);
  });

  it('finds by a certificate-number prefix longer than 18 characters, and by the first digits of an ID', async () => {
    const { a } = await seedCast();
    const cert = makeCert(byName('张三丰').id, 6, 1);
    expect(await names(a, { keyword: cert.slice(0, 19) })).toEqual(['张三丰']);
    expect(await names(a, { keyword: cert })).toEqual(['张三丰']);
    expect(await names(a, { keyword: `${cert.slice(0, 18)}5` })).toEqual([]);
    expect(await names(a, { keyword: '11' })).toEqual(['欧阳娜娜']);
    expect(await names(a, { keyword: '4' })).toHaveLength(7);
  });

  it('combines the search box with filters', async () => {
    const { a, places } = await seedCast();
    expect(await names(a, { keyword: 'zhangsan', streetId: places.streetB })).toEqual(['张三']);
    expect(await names(a, { keyword: '王芳', enrolled: 'yes' })).toEqual(['王芳']);
  });
});

describe('persons/list: filters and totals', () => {
  it('filters by street, community, category, level and status', async () => {
    const { a, places } = await seedCast();
    const total = async (q: PersonListInput) => (await a.api.persons.list({ pageSize: 1, ...q })).total;
    expect(await total({})).toBe(8);
    expect(await total({ streetId: places.streetA })).toBe(5);
    expect(await total({ streetId: places.streetB })).toBe(3);
    expect(await total({ communityId: places.communityA1 })).toBe(4);
    expect(await total({ communityId: places.communityB1 })).toBe(2);
    expect(await total({ category: 'intellectual' })).toBe(4);
    expect(await total({ level: 2 })).toBe(3);
    expect(await total({ level: 1 })).toBe(2);
    expect(await total({ category: 'intellectual', level: 2 })).toBe(2);
    expect(await total({ status: 'movedOut' })).toBe(1);
    expect(await total({ status: 'active' })).toBe(7);
    expect(await names(a, { status: 'movedOut' })).toEqual(['曾小明']);
  });

  it('filters by care mode and by enrolled or not', async () => {
    const { a, places } = await seedCast();
    expect(await names(a, { mode: 'residential' })).toEqual(['王芳']);
    expect(await names(a, { mode: 'dayCare' })).toEqual(['张三丰']);
    expect(await names(a, { mode: 'homeCare' })).toEqual(['李四']);
    expect(await names(a, { enrolled: 'yes' })).toEqual(['张三丰', '李四', '王芳'].sort());
    expect(await names(a, { enrolled: 'no' })).toHaveLength(5);
    expect(await names(a, { enrolled: 'yes', streetId: places.streetB })).toEqual([]);
    const page = await a.api.persons.list({ mode: 'residential' });
    expect(page.data[0]?.enrolment).toEqual({
      mode: 'residential',
      institutionName: '测试阳光家园日间照料中心',
      startDate: '2024-01-01',
    });
  });

  it('filters an age band on the reference date, birthdays on the boundaries included', async () => {
    const { a } = await seedCast();
    // On 2025-06-30: 张三 turns 60 that day, 李四 turns 16 that day; 张三丰 is 59, 赵六 15.
    expect(await names(a, { ageMin: 16, ageMax: 59, refDate: '2025-06-30' })).toEqual(
      ['张三丰', '李四', '欧阳娜娜', '曾小明', '王芳', '王芳芳'].sort(),
    );
    expect(await names(a, { ageMin: 60, refDate: '2025-06-30' })).toEqual(['张三']);
    expect(await names(a, { ageMax: 15, refDate: '2025-06-30' })).toEqual(['赵六']);
    // A day later 张三丰 is 60 and 赵六 16.
    expect(await names(a, { ageMin: 60, refDate: '2025-07-01' })).toEqual(['张三', '张三丰'].sort());
    expect(await names(a, { ageMin: 16, ageMax: 16, refDate: '2025-07-01' })).toEqual(['李四', '赵六'].sort());
  });

  it('pages through the results with a stable total', async () => {
    const { a } = await seedCast();
    const pages = await Promise.all(
      [1, 2, 3].map((page) => a.api.persons.list({ page, pageSize: 3, sortField: 'name', sortOrder: 'ascend' })),
    );
    expect(pages.map((p) => p.total)).toEqual([8, 8, 8]);
    expect(pages.map((p) => p.data.length)).toEqual([3, 3, 2]);
    expect(new Set(pages.flatMap((p) => p.data.map((x) => x.id))).size).toBe(8);
  });
});

describe('persons/list: order and masking', () => {
  it('sorts by name in pinyin order, both ways', async () => {
    const { a } = await seedCast();
    const pinyinOrder = ['李四', '欧阳娜娜', '王芳', '王芳芳', '曾小明', '张三', '张三丰', '赵六'];
    const asc = await a.api.persons.list({ pageSize: 50, sortField: 'name', sortOrder: 'ascend' });
    expect(asc.data.map((p) => p.name)).toEqual(pinyinOrder);
    const desc = await a.api.persons.list({ pageSize: 50, sortField: 'name', sortOrder: 'descend' });
    expect(desc.data.map((p) => p.name)).toEqual([...pinyinOrder].reverse());
  });

  it('never sends a full ID in any field of a list page, whatever was searched', async () => {
    const { a } = await seedCast();
    const queries: PersonListInput[] = [
      {},
      { keyword: byName('王芳').id },
      { keyword: makeCert(byName('张三丰').id, 6, 1) },
      { enrolled: 'yes' },
    ];
    for (const q of queries) {
      const page = await a.api.persons.list({ pageSize: 200, ...q });
      expect(page.data.length, JSON.stringify(q)).toBeGreaterThan(0);
      expect(stringsIn(page).filter((s) => FULL_ID.test(s.text))).toEqual([]);
      for (const p of page.data) {
        const m = CAST.find((c) => c.name === p.name)!;
        expect(p.residentIdMasked).toBe(`${m.id.slice(0, 6)}********${m.id.slice(-4)}`);
      }
    }
  });
});
