import { describe, expect, it } from 'vitest';
import type { InstitutionCreateInput } from '#domain/institution/schema';
import type { Person } from '#server/contract';
import { makeResidentId } from '../fixtures/synthetic';
import {
  creditCode,
  fieldsOf,
  FULL_ID,
  institutionInput,
  personInput,
  personTableCounts,
  type Places,
  refusal,
  seedPlaces,
  STACK_LIKE,
  stringsIn,
  type TestApp,
  useApp,
} from './helpers';

const app = useApp();

interface World {
  a: TestApp;
  places: Places;
  /** Residential and day care; beds and day places as asked. */
  home: number;
  /** Day care only. */
  dayCentre: number;
  person(name: string, seq: number, extra?: Parameters<typeof personInput>[1]): Promise<Person>;
}

async function world(
  capacity: Pick<InstitutionCreateInput, 'beds' | 'dayPlaces'> = { beds: 2, dayPlaces: 3 },
): Promise<World> {
  const a = app();
  const places = await seedPlaces(a.api);
  const home = await a.api.institutions.create(
    institutionInput(places, {
      name: '测试阳光家园托养中心',
      creditCode: creditCode(1),
      modes: ['residential', 'dayCare'],
      ...capacity,
    }),
  );
  const dayCentre = await a.api.institutions.create(
    institutionInput(places, { name: '测试街道职康中心', creditCode: creditCode(2) }),
  );
  return {
    a,
    places,
    home: home.id,
    dayCentre: dayCentre.id,
    person: (name, seq, extra = {}) =>
      a.api.persons.create(
        personInput(places, { name, residentId: makeResidentId({ birth: '1985-04-04', seq }), ...extra }),
      ),
  };
}

describe('persons/enrol', () => {
  it('enrols in residential care at an institution offering it, shown in the person’s list entry', async () => {
    const w = await world();
    const p = await w.person('王芳', 2);
    const e = await w.a.api.persons.enrol({
      personId: p.id,
      mode: 'residential',
      institutionId: w.home,
      startDate: '2025-01-01',
    });
    expect(e).toMatchObject({
      personId: p.id,
      mode: 'residential',
      institutionName: '测试阳光家园托养中心',
      startDate: '2025-01-01',
      endDate: null,
      exitReason: null,
    });
    expect(await w.a.api.persons.enrolments({ id: p.id })).toEqual([e]);
    expect((await w.a.api.persons.list({})).data[0]?.enrolment).toEqual({
      mode: 'residential',
      institutionName: '测试阳光家园托养中心',
      startDate: '2025-01-01',
    });
    const audit = w.a.sqlite
      .prepare("SELECT action, entity_id FROM audit_log WHERE entity = 'person' AND action = 'enrol'")
      .all();
    expect(audit).toEqual([{ action: 'enrol', entity_id: p.id }]);
  });

  it('refuses residential care at a day-care-only centre (modeNotOffered) or with no institution, writing nothing', async () => {
    const w = await world();
    const p = await w.person('王芳', 2);
    const before = personTableCounts(w.a);
    const e1 = await refusal(
      w.a.api.persons.enrol({
        personId: p.id,
        mode: 'residential',
        institutionId: w.dayCentre,
        startDate: '2025-01-01',
      }),
    );
    expect(e1.code).toBe('INVALID_INPUT');
    expect(fieldsOf(e1)).toEqual([
      expect.objectContaining({ field: 'institutionId', code: 'enrolment.institution.modeNotOffered' }),
    ]);
    expect(e1.message).toBe('该机构不提供所选托养方式');
    const e2 = await refusal(
      w.a.api.persons.enrol({ personId: p.id, mode: 'residential', institutionId: null, startDate: '2025-01-01' }),
    );
    expect(fieldsOf(e2)).toEqual([
      expect.objectContaining({ field: 'institutionId', code: 'enrolment.institution.required' }),
    ]);
    expect(personTableCounts(w.a)).toEqual(before);
  });

  it('enrols in home care without an institution', async () => {
    const w = await world();
    const p = await w.person('王芳', 2);
    expect(await w.a.api.persons.enrol({ personId: p.id, mode: 'homeCare', startDate: '2025-01-01' })).toMatchObject({
      institutionId: null,
      institutionName: null,
    });
  });

  it('refuses a second open enrolment for the same person (enrolment.active.exists), writing nothing', async () => {
    const w = await world();
    const p = await w.person('王芳', 2);
    await w.a.api.persons.enrol({
      personId: p.id,
      mode: 'dayCare',
      institutionId: w.dayCentre,
      startDate: '2025-01-01',
    });
    const before = personTableCounts(w.a);
    const error = await refusal(w.a.api.persons.enrol({ personId: p.id, mode: 'homeCare', startDate: '2025-02-01' }));
    expect(error.code).toBe('CONFLICT');
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'personId', code: 'enrolment.active.exists' })]);
    expect(error.message).not.toMatch(STACK_LIKE);
    expect(personTableCounts(w.a)).toEqual(before);
  });

  it('with one bed, refuses the second residential enrolment as over capacity unless the clerk accepts it', async () => {
    const w = await world({ beds: 1, dayPlaces: 3 });
    const first = await w.person('王芳', 2);
    const second = await w.person('李四', 3);
    await w.a.api.persons.enrol({
      personId: first.id,
      mode: 'residential',
      institutionId: w.home,
      startDate: '2025-01-01',
    });
    // Day places are counted apart from beds.
    const third = await w.person('赵六', 5);
    await w.a.api.persons.enrol({
      personId: third.id,
      mode: 'dayCare',
      institutionId: w.home,
      startDate: '2025-01-01',
    });

    const before = personTableCounts(w.a);
    const error = await refusal(
      w.a.api.persons.enrol({
        personId: second.id,
        mode: 'residential',
        institutionId: w.home,
        startDate: '2025-02-01',
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(fieldsOf(error)).toEqual([
      expect.objectContaining({
        field: 'institutionId',
        code: 'enrolment.overCapacity',
        params: { used: 1, capacity: 1 },
      }),
    ]);
    expect(error.message).toBe('该机构此类名额已满（已安置1人，核定1个），确认仍要安置吗？');
    expect(personTableCounts(w.a)).toEqual(before);

    await w.a.api.persons.enrol({
      personId: second.id,
      mode: 'residential',
      institutionId: w.home,
      startDate: '2025-02-01',
      acceptOverCapacity: true,
    });
    const r = await w.a.api.institutions.recipients({ id: w.home });
    expect(r.residential).toEqual({ used: 2, capacity: 1, rate: 200 });
    expect(r.dayCare).toEqual({ used: 1, capacity: 3, rate: 33.3 });
  });

  it('refuses to enrol a deceased or archived person', async () => {
    const w = await world();
    const dead = await w.person('王芳', 2, { status: 'deceased' });
    const archived = await w.person('李四', 3);
    await w.a.api.persons.archive({ id: archived.id });
    const before = personTableCounts(w.a);
    for (const p of [dead, archived]) {
      const error = await refusal(w.a.api.persons.enrol({ personId: p.id, mode: 'homeCare', startDate: '2025-01-01' }));
      expect(fieldsOf(error)).toEqual([
        expect.objectContaining({ field: 'personId', code: 'enrolment.person.notActive' }),
      ]);
    }
    expect(personTableCounts(w.a)).toEqual(before);
  });
});

describe('persons/exit', () => {
  it('ends the enrolment and frees the person for a new one', async () => {
    const w = await world();
    const p = await w.person('王芳', 2);
    const e = await w.a.api.persons.enrol({
      personId: p.id,
      mode: 'residential',
      institutionId: w.home,
      startDate: '2025-01-01',
    });
    const ended = await w.a.api.persons.exit({
      enrolmentId: e.id,
      endDate: '2025-06-30',
      exitReason: 'transferred',
      remarks: '转入其他机构',
    });
    expect(ended).toMatchObject({
      id: e.id,
      endDate: '2025-06-30',
      exitReason: 'transferred',
      remarks: '转入其他机构',
    });
    expect((await w.a.api.persons.list({})).data[0]?.enrolment).toBeNull();
    expect(await w.a.api.persons.get({ id: p.id })).toMatchObject({ status: 'active' });

    const again = await w.a.api.persons.enrol({
      personId: p.id,
      mode: 'dayCare',
      institutionId: w.dayCentre,
      startDate: '2025-07-01',
    });
    expect((await w.a.api.persons.enrolments({ id: p.id })).map((x) => [x.id, x.endDate])).toEqual([
      [again.id, null],
      [e.id, '2025-06-30'],
    ]);
  });

  it('refuses a new care period that starts before the last one ended', async () => {
    const w = await world();
    const p = await w.person('王芳', 2);
    const e = await w.a.api.persons.enrol({
      personId: p.id,
      mode: 'residential',
      institutionId: w.home,
      startDate: '2025-01-01',
    });
    await w.a.api.persons.exit({ enrolmentId: e.id, endDate: '2025-06-30', exitReason: 'transferred' });
    const error = await refusal(
      w.a.api.persons.enrol({ personId: p.id, mode: 'dayCare', institutionId: w.dayCentre, startDate: '2025-06-01' }),
    );
    expect(fieldsOf(error)).toEqual([
      expect.objectContaining({
        field: 'startDate',
        code: 'enrolment.overlap',
        message: expect.stringContaining('2025-06-30'),
      }),
    ]);
    expect((await w.a.api.persons.enrolments({ id: p.id })).length).toBe(1);
  });

  it('refuses an end date before the start, and ending twice, writing nothing', async () => {
    const w = await world();
    const p = await w.person('王芳', 2);
    const e = await w.a.api.persons.enrol({ personId: p.id, mode: 'homeCare', startDate: '2025-03-01' });
    const before = personTableCounts(w.a);
    const error = await refusal(
      w.a.api.persons.exit({ enrolmentId: e.id, endDate: '2025-02-28', exitReason: 'other' }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'endDate', code: 'enrolment.endBeforeStart' })]);
    expect(personTableCounts(w.a)).toEqual(before);
    expect((await w.a.api.persons.enrolments({ id: p.id }))[0]?.endDate).toBeNull();

    await w.a.api.persons.exit({ enrolmentId: e.id, endDate: '2025-03-01', exitReason: 'other' });
    const after = personTableCounts(w.a);
    const twice = await refusal(
      w.a.api.persons.exit({ enrolmentId: e.id, endDate: '2025-04-01', exitReason: 'death' }),
    );
    expect(fieldsOf(twice)).toEqual([expect.objectContaining({ code: 'enrolment.alreadyEnded' })]);
    expect(personTableCounts(w.a)).toEqual(after);
    expect(await w.a.api.persons.get({ id: p.id })).toMatchObject({ status: 'active' });
  });

  it('records a death on the person, who then cannot be enrolled again', async () => {
    const w = await world();
    const p = await w.person('王芳', 2);
    const e = await w.a.api.persons.enrol({
      personId: p.id,
      mode: 'residential',
      institutionId: w.home,
      startDate: '2025-01-01',
    });
    await w.a.api.persons.exit({ enrolmentId: e.id, endDate: '2025-05-05', exitReason: 'death' });
    expect(await w.a.api.persons.get({ id: p.id })).toMatchObject({ status: 'deceased', version: 2 });
    // An edit form opened before the exit (version 1, status active) must not bring the person back.
    const stale = await refusal(
      w.a.api.persons.update({
        ...personInput(w.places, { residentId: makeResidentId({ birth: '1985-04-04', seq: 2 }) }),
        id: p.id,
        version: 1,
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(fieldsOf(stale)).toEqual([expect.objectContaining({ field: 'version' })]);
    expect(await w.a.api.persons.get({ id: p.id })).toMatchObject({ status: 'deceased' });
    expect((await w.a.api.persons.list({ status: 'deceased' })).data.map((x) => x.name)).toEqual(['王芳']);
    const error = await refusal(w.a.api.persons.enrol({ personId: p.id, mode: 'homeCare', startDate: '2025-06-01' }));
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ code: 'enrolment.person.notActive' })]);
  });

  it('leaves the person’s status alone on reaching 60', async () => {
    const w = await world();
    const p = await w.person('王芳', 2);
    const e = await w.a.api.persons.enrol({ personId: p.id, mode: 'homeCare', startDate: '2025-01-01' });
    await w.a.api.persons.exit({ enrolmentId: e.id, endDate: '2025-05-05', exitReason: 'age60' });
    expect(await w.a.api.persons.get({ id: p.id })).toMatchObject({ status: 'active' });
  });
});

describe('institutions/recipients', () => {
  it('lists current recipients with masked IDs and occupancy; ended enrolments leave the list', async () => {
    const w = await world({ beds: 2, dayPlaces: 4 });
    const wang = await w.person('王芳', 2);
    const li = await w.person('李四', 3);
    const zhao = await w.person('赵六', 5);
    await w.a.api.persons.enrol({
      personId: wang.id,
      mode: 'residential',
      institutionId: w.home,
      startDate: '2025-01-01',
    });
    const liE = await w.a.api.persons.enrol({
      personId: li.id,
      mode: 'dayCare',
      institutionId: w.home,
      startDate: '2025-01-02',
    });
    await w.a.api.persons.enrol({
      personId: zhao.id,
      mode: 'dayCare',
      institutionId: w.dayCentre,
      startDate: '2025-01-03',
    });

    const r = await w.a.api.institutions.recipients({ id: w.home });
    expect(r.residential).toEqual({ used: 1, capacity: 2, rate: 50 });
    expect(r.dayCare).toEqual({ used: 1, capacity: 4, rate: 25 });
    expect(r.recipients.map((x) => [x.name, x.mode, x.startDate])).toEqual([
      ['李四', 'dayCare', '2025-01-02'],
      ['王芳', 'residential', '2025-01-01'],
    ]);
    const wangId = makeResidentId({ birth: '1985-04-04', seq: 2 });
    expect(r.recipients[1]).toMatchObject({
      personId: wang.id,
      sex: 'female',
      birthDate: '1985-04-04',
      residentIdMasked: `${wangId.slice(0, 6)}********${wangId.slice(-4)}`,
    });
    expect(stringsIn(r).filter((s) => FULL_ID.test(s.text))).toEqual([]);

    await w.a.api.persons.exit({ enrolmentId: liE.id, endDate: '2025-03-31', exitReason: 'movedOut' });
    const after = await w.a.api.institutions.recipients({ id: w.home });
    expect(after.recipients.map((x) => x.name)).toEqual(['王芳']);
    expect(after.dayCare).toEqual({ used: 0, capacity: 4, rate: 0 });
    expect(await w.a.api.persons.get({ id: li.id })).toMatchObject({ status: 'movedOut' });
  });

  it('has no rate for a kind of place the institution does not have', async () => {
    const w = await world();
    const r = await w.a.api.institutions.recipients({ id: w.dayCentre });
    expect(r).toEqual({
      recipients: [],
      residential: { used: 0, capacity: 0, rate: null },
      dayCare: { used: 0, capacity: 20, rate: 0 },
    });
  });
});
