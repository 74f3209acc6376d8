import { describe, expect, it } from 'vitest';
import { setMeta } from '#db';
import type { PersonCreateInput } from '#domain/person/schema';
import { makeResidentId } from '../fixtures/synthetic';
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

type Entry = {
  name: string;
  birth: string;
  seq: number;
  certIssueDate?: string;
  enrol?: boolean;
  status?: 'deceased' | 'certWithdrawn';
  statusAfterEnrol?: 'deceased' | 'certWithdrawn';
  archive?: boolean;
};

/**
 * Around the reference date 2025-07-01. Each person is here for one rule; the comment says what
 * the review should make of them on that day.
 */
const REGISTER: Entry[] = [
  { name: '张三丰', birth: '1965-07-01', seq: 1, enrol: true }, // turns 60 on the day: listed
  { name: '张三', birth: '1965-07-02', seq: 3, enrol: true }, // turns 60 the day after: not yet
  { name: '李四', birth: '1950-01-01', seq: 5 }, // over 60 but not in care: not listed
  { name: '王芳', birth: '1980-05-12', seq: 2, certIssueDate: '2015-06-30' }, // ten years and a day: expired
  { name: '王芳芳', birth: '1990-03-15', seq: 4, certIssueDate: '2015-07-01' }, // exactly ten years: expires that day
  { name: '赵六', birth: '1985-01-01', seq: 7, certIssueDate: '2015-07-02' }, // a day short of ten years: valid
  { name: '欧阳娜娜', birth: '1988-11-11', seq: 6, enrol: true, statusAfterEnrol: 'deceased' }, // died while in care
  { name: '吴敏', birth: '1970-01-01', seq: 8, status: 'deceased' }, // died, not in care: nothing to do
  { name: '曾小明', birth: '1975-09-09', seq: 9, enrol: true, statusAfterEnrol: 'certWithdrawn' }, // certificate withdrawn in care
  { name: '陈晓', birth: '1960-01-01', seq: 11, enrol: true, certIssueDate: '2000-01-01', archive: true }, // archived: never listed
];

async function seedRegister(): Promise<{
  a: TestApp;
  places: Places;
  ids: Record<string, number>;
  enrolments: Record<string, number>;
}> {
  const a = app();
  const places = await seedPlaces(a.api);
  const inst = await a.api.institutions.create(institutionInput(places));
  const ids: Record<string, number> = {};
  const enrolments: Record<string, number> = {};
  for (const r of REGISTER) {
    const input: PersonCreateInput = personInput(places, {
      name: r.name,
      birth: r.birth,
      seq: r.seq,
      certIssueDate: r.certIssueDate ?? null,
      status: r.status ?? 'active',
    });
    const p = await a.api.persons.create(input);
    ids[r.name] = p.id;
    if (r.enrol) {
      enrolments[r.name] = (
        await a.api.persons.enrol({ personId: p.id, mode: 'dayCare', institutionId: inst.id, startDate: '2024-01-01' })
      ).id;
    }
    if (r.statusAfterEnrol) await a.api.persons.update({ ...input, status: r.statusAfterEnrol, id: p.id, version: 1 });
    if (r.archive) await a.api.persons.archive({ id: p.id });
  }
  return { a, places, ids, enrolments };
}

const review = async (a: TestApp, refDate: string) => {
  const page = await a.api.persons.annualReview({ refDate, pageSize: 500 });
  expect(page.total).toBe(page.data.length);
  return page.data.map((r) => [r.person.name, r.findings]);
};

describe('persons/annualReview', () => {
  it('lists on the reference date exactly the people who need attention, oldest first', async () => {
    const { a } = await seedRegister();
    expect(await review(a, '2025-07-01')).toEqual([
      ['张三丰', ['reachesExitAge']],
      ['曾小明', ['certWithdrawnEnrolled']],
      ['王芳', ['certExpired']],
      ['欧阳娜娜', ['deceasedEnrolled']],
      ['王芳芳', ['certExpired']],
    ]);
  });

  it('moves with the reference date: not 60 the day before, 60 the day after', async () => {
    const { a } = await seedRegister();
    expect(await review(a, '2025-06-30')).toEqual([
      ['曾小明', ['certWithdrawnEnrolled']],
      ['王芳', ['certExpired']],
      ['欧阳娜娜', ['deceasedEnrolled']],
    ]);
    expect(await review(a, '2025-07-02')).toEqual([
      ['张三丰', ['reachesExitAge']],
      ['张三', ['reachesExitAge']],
      ['曾小明', ['certWithdrawnEnrolled']],
      ['王芳', ['certExpired']],
      ['赵六', ['certExpired']],
      ['欧阳娜娜', ['deceasedEnrolled']],
      ['王芳芳', ['certExpired']],
    ]);
  });

  it('gives the open enrolment of those in care and masks every ID', async () => {
    const { a, ids, enrolments } = await seedRegister();
    const page = await a.api.persons.annualReview({ refDate: '2025-07-01' });
    const byName = Object.fromEntries(page.data.map((r) => [r.person.name, r]));
    expect(byName['张三丰']).toMatchObject({
      enrolmentId: enrolments['张三丰'],
      person: { id: ids['张三丰'], enrolment: { mode: 'dayCare' } },
    });
    expect(byName['王芳']).toMatchObject({ enrolmentId: null, person: { enrolment: null } });
    expect(stringsIn(page).filter((s) => FULL_ID.test(s.text))).toEqual([]);
  });

  it('drops a person once their enrolment has ended', async () => {
    const { a, enrolments } = await seedRegister();
    await a.api.persons.exit({ enrolmentId: enrolments['张三丰']!, endDate: '2025-06-30', exitReason: 'age60' });
    await a.api.persons.exit({ enrolmentId: enrolments['欧阳娜娜']!, endDate: '2025-06-30', exitReason: 'death' });
    expect((await review(a, '2025-07-01')).map(([name]) => name)).toEqual(['曾小明', '王芳', '王芳芳']);
  });

  it('pages the findings with the full total', async () => {
    const { a } = await seedRegister();
    const page = await a.api.persons.annualReview({ refDate: '2025-07-01', page: 2, pageSize: 2 });
    expect(page.total).toBe(5);
    expect(page.data.map((r) => r.person.name)).toEqual(['王芳', '欧阳娜娜']);
  });

  it('counts a 29 February birthday to 60 on 29 February of the leap year', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    const p = await a.api.persons.create(
      personInput(places, { residentId: makeResidentId({ birth: '1964-02-29', seq: 2 }) }),
    );
    await a.api.persons.enrol({ personId: p.id, mode: 'homeCare', startDate: '2020-01-01' });
    expect(await review(a, '2024-02-28')).toEqual([]);
    expect(await review(a, '2024-02-29')).toEqual([['王芳', ['reachesExitAge']]]);
  });

  it('follows the exit age and certificate validity the office has set', async () => {
    const { a } = await seedRegister();
    setMeta(a.core.context.db, 'programme_rules', JSON.stringify({ exitAge: 55, certValidYears: 20 }));
    // 张三 (59) now counts; the 2015 certificates are still valid for 20 years.
    expect(await review(a, '2025-07-01')).toEqual([
      ['张三丰', ['reachesExitAge']],
      ['张三', ['reachesExitAge']],
      ['曾小明', ['certWithdrawnEnrolled']],
      ['欧阳娜娜', ['deceasedEnrolled']],
    ]);
  });
});
