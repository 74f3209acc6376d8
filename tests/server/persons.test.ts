import { describe, expect, it } from 'vitest';
import { makeCert, makeResidentId } from '../fixtures/synthetic';
import {
  fieldsOf,
  FULL_ID,
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

async function seeded(): Promise<{ a: TestApp; places: Places }> {
  const a = app();
  return { a, places: await seedPlaces(a.api) };
}

type AuditRow = {
  entity: string;
  entity_id: number;
  action: string;
  actor: string;
  before: string | null;
  after: string | null;
};
const personAudit = (a: TestApp): AuditRow[] =>
  a.sqlite
    .prepare(
      "SELECT entity, entity_id, action, actor, before, after FROM audit_log WHERE entity = 'person' ORDER BY id",
    )
    .all() as AuditRow[];

const ID = makeResidentId({ birth: '1980-05-12', seq: 7 }); // odd sequence: male
const GUARDIAN_ID = makeResidentId({ birth: '1955-10-01', seq: 4 });

describe('persons/create', () => {
  it('derives sex and birth date from the ID, stores pinyin keys and masks the ID on the way out', async () => {
    const { a, places } = await seeded();
    const created = await a.api.persons.create(
      personInput(places, { name: '张三丰', residentId: ID, phone: '13800001111' }),
    );
    expect(created).toMatchObject({
      name: '张三丰',
      sex: 'male',
      birthDate: '1980-05-12',
      residentIdMasked: `${ID.slice(0, 6)}********${ID.slice(-4)}`,
      certNumberMasked: `${ID.slice(0, 6)}********${ID.slice(-4)}52`,
      category: 'intellectual',
      level: 2,
      residenceStreetName: '甲街道',
      residenceCommunityName: '甲一社区',
      status: 'active',
      archived: false,
      hasPhoto: false,
      version: 1,
    });
    expect(await a.api.persons.get({ id: created.id })).toEqual(created);
    const row = a.sqlite
      .prepare('SELECT resident_id, cert_number, name_pinyin, name_initials, sex, birth_date FROM persons WHERE id = ?')
      .get(created.id);
    expect(row).toEqual({
      resident_id: ID,
      cert_number: `${ID}52`,
      name_pinyin: 'zhangsanfeng',
      name_initials: 'zsf',
      sex: 'male',
      birth_date: '1980-05-12',
    });

    const female = await a.api.persons.create(
      personInput(places, { residentId: makeResidentId({ birth: '1991-12-31', seq: 8 }) }),
    );
    expect(female).toMatchObject({ sex: 'female', birthDate: '1991-12-31' });
  });

  it('writes one audit row whose snapshot holds only masked IDs (person and guardian)', async () => {
    const { a, places } = await seeded();
    const created = await a.api.persons.create(
      personInput(places, {
        residentId: ID,
        guardians: [{ name: '张大山', relation: '父亲', phone: '13900002222', residentId: GUARDIAN_ID }],
      }),
    );
    const audit = personAudit(a);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      entity: 'person',
      entity_id: created.id,
      action: 'create',
      actor: 'tester',
      before: null,
    });
    const after = audit[0]?.after ?? '';
    expect(JSON.parse(after)).toMatchObject({ name: '王芳', residentIdMasked: created.residentIdMasked });
    expect(after).not.toContain(ID);
    expect(after).not.toContain(GUARDIAN_ID);
    expect(after).not.toMatch(FULL_ID);
    expect(JSON.parse(after).guardians).toEqual([
      {
        name: '张大山',
        relation: '父亲',
        phone: '13900002222',
        residentIdMasked: `${GUARDIAN_ID.slice(0, 6)}********${GUARDIAN_ID.slice(-4)}`,
      },
    ]);
  });

  it('refuses an ID already on the register with CONFLICT on residentId naming the holder, and writes nothing', async () => {
    const { a, places } = await seeded();
    await a.api.persons.create(personInput(places, { name: '李四', residentId: ID }));
    const before = personTableCounts(a);
    // The same person typed as the old 15-digit number: still a duplicate.
    const error = await refusal(
      a.api.persons.create(personInput(places, { name: '王芳', residentId: '440307800512007', certNumber: `${ID}52` })),
    );
    expect(error.code).toBe('CONFLICT');
    expect(fieldsOf(error)).toEqual([
      expect.objectContaining({ field: 'residentId', code: 'person.residentId.duplicate' }),
    ]);
    expect(error.message).toContain('李四');
    expect(error.message).not.toMatch(STACK_LIKE);
    expect(personTableCounts(a)).toEqual(before);
  });

  it('refuses a community outside the chosen street on residenceCommunityId, and writes nothing', async () => {
    const { a, places } = await seeded();
    const before = personTableCounts(a);
    const error = await refusal(
      a.api.persons.create(
        personInput(places, { residenceStreetId: places.streetA, residenceCommunityId: places.communityB1 }),
      ),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(fieldsOf(error)).toEqual([
      expect.objectContaining({ field: 'residenceCommunityId', code: 'institution.community.notInStreet' }),
    ]);
    // A community is no street either.
    const error2 = await refusal(
      a.api.persons.create(personInput(places, { residenceStreetId: places.communityA1, residenceCommunityId: null })),
    );
    expect(fieldsOf(error2)).toEqual([expect.objectContaining({ field: 'residenceStreetId' })]);
    expect(personTableCounts(a)).toEqual(before);
  });

  it('refuses bad input field by field in Chinese, and writes nothing', async () => {
    const { a, places } = await seeded();
    const wrongCheck = ID.slice(0, 17) + (ID.endsWith('0') ? '1' : '0');
    const other = makeResidentId({ birth: '1980-05-12', seq: 9 });
    const before = personTableCounts(a);
    const e1 = await refusal(
      a.api.persons.create(personInput(places, { residentId: wrongCheck, certNumber: makeCert(wrongCheck, 5, 2) })),
    );
    expect(fieldsOf(e1).map((f) => [f.field, f.code])).toEqual([['residentId', 'residentId.checkChar']]);
    const e2 = await refusal(
      a.api.persons.create(personInput(places, { residentId: ID, certNumber: makeCert(other, 5, 2) })),
    );
    expect(fieldsOf(e2)).toEqual([
      expect.objectContaining({ field: 'certNumber', code: 'disabilityCert.residentIdMismatch' }),
    ]);
    expect(e2.message).toContain('残疾人证号');
    const e3 = await refusal(
      a.api.persons.create(personInput(places, { residentId: ID, category: 'physical', level: 3 })),
    );
    expect(fieldsOf(e3).map((f) => f.field)).toEqual(['category', 'level']);
    expect(personTableCounts(a)).toEqual(before);
  });
});

describe('persons/update and archive', () => {
  it('bumps the version, and refuses a stale version without changing anything', async () => {
    const { a, places } = await seeded();
    const created = await a.api.persons.create(personInput(places, { residentId: ID }));
    const updated = await a.api.persons.update({
      ...personInput(places, { residentId: ID, name: '王芳芳', address: '测试路2号' }),
      id: created.id,
      version: 1,
    });
    expect(updated).toMatchObject({ name: '王芳芳', address: '测试路2号', version: 2 });
    expect(a.sqlite.prepare('SELECT name_pinyin FROM persons WHERE id = ?').pluck().get(created.id)).toBe(
      'wangfangfang',
    );
    expect(personAudit(a).map((r) => r.action)).toEqual(['create', 'update']);
    expect(personAudit(a)[1]?.before).not.toMatch(FULL_ID);

    const before = personTableCounts(a);
    const error = await refusal(
      a.api.persons.update({ ...personInput(places, { residentId: ID, name: '赵六' }), id: created.id, version: 1 }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'version' })]);
    expect(personTableCounts(a)).toEqual(before);
    expect(await a.api.persons.get({ id: created.id })).toMatchObject({ name: '王芳芳', version: 2 });
  });

  it('re-derives sex and birth date when the ID is corrected, and the ID search follows', async () => {
    const { a, places } = await seeded();
    const p = await a.api.persons.create(personInput(places, { residentId: ID }));
    const corrected = makeResidentId({ birth: '1981-06-13', seq: 8 });
    const updated = await a.api.persons.update({
      ...personInput(places, { residentId: corrected }),
      id: p.id,
      version: 1,
    });
    expect(updated).toMatchObject({
      sex: 'female',
      birthDate: '1981-06-13',
      residentIdMasked: `${corrected.slice(0, 6)}********${corrected.slice(-4)}`,
    });
    expect((await a.api.persons.list({ keyword: '19810613' })).data.map((x) => x.id)).toEqual([p.id]);
    expect((await a.api.persons.list({ keyword: '19800512' })).total).toBe(0);
    expect(await a.api.persons.reveal({ id: p.id })).toEqual({ residentId: corrected, certNumber: `${corrected}52` });
  });

  it('refuses changing the ID to one another person holds', async () => {
    const { a, places } = await seeded();
    const other = makeResidentId({ birth: '1970-01-01', seq: 3 });
    await a.api.persons.create(personInput(places, { name: '李四', residentId: other }));
    const p = await a.api.persons.create(personInput(places, { residentId: ID }));
    const before = personTableCounts(a);
    const error = await refusal(
      a.api.persons.update({ ...personInput(places, { residentId: other }), id: p.id, version: 1 }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('李四');
    expect(personTableCounts(a)).toEqual(before);
  });

  it('archives without deleting: hidden from the list, still readable, restorable', async () => {
    const { a, places } = await seeded();
    const p = await a.api.persons.create(personInput(places, { residentId: ID }));
    const archived = await a.api.persons.archive({ id: p.id });
    expect(archived).toMatchObject({ archived: true, version: 2, name: '王芳' });
    expect(personTableCounts(a).persons).toBe(1);
    expect((await a.api.persons.list({})).total).toBe(0);
    expect((await a.api.persons.list({ includeArchived: true })).data.map((x) => x.name)).toEqual(['王芳']);
    expect(await a.api.persons.get({ id: p.id })).toMatchObject({ archived: true });
    expect(await a.api.persons.archive({ id: p.id, archived: false })).toMatchObject({ archived: false, version: 3 });
    expect(personAudit(a).map((r) => r.action)).toEqual(['create', 'archive', 'restore']);
  });
});

describe('persons/reveal, getForEdit and findByResidentId', () => {
  it('reveal gives the full ID and certificate and logs the reading', async () => {
    const { a, places } = await seeded();
    const p = await a.api.persons.create(personInput(places, { residentId: ID }));
    expect(await a.api.persons.reveal({ id: p.id })).toEqual({ residentId: ID, certNumber: `${ID}52` });
    const audit = personAudit(a);
    expect(audit.map((r) => r.action)).toEqual(['create', 'reveal']);
    expect(audit[1]).toMatchObject({ entity_id: p.id, actor: 'tester' });
    expect(JSON.parse(audit[1]?.after ?? '{}')).toEqual({ purpose: 'view' });
  });

  it('getForEdit gives the unmasked record with guardian IDs and logs the reading', async () => {
    const { a, places } = await seeded();
    const p = await a.api.persons.create(
      personInput(places, {
        residentId: ID,
        guardians: [{ name: '张大山', relation: '父亲', residentId: GUARDIAN_ID }],
      }),
    );
    const edit = await a.api.persons.getForEdit({ id: p.id });
    expect(edit).toMatchObject({ residentId: ID, certNumber: `${ID}52`, version: 1 });
    expect(edit.guardians).toEqual([{ name: '张大山', relation: '父亲', phone: null, residentId: GUARDIAN_ID }]);
    expect(personAudit(a).map((r) => r.action)).toEqual(['create', 'reveal']);
    expect(JSON.parse(personAudit(a)[1]?.after ?? '{}')).toEqual({ purpose: 'edit' });
  });

  it('findByResidentId finds the holder from the 15-digit form of the same ID, and nothing for others', async () => {
    const { a, places } = await seeded();
    const p = await a.api.persons.create(personInput(places, { name: '张三丰', residentId: ID }));
    expect(await a.api.persons.findByResidentId({ residentId: '440307800512007' })).toEqual({
      id: p.id,
      name: '张三丰',
    });
    expect(await a.api.persons.findByResidentId({ residentId: ` ${ID.toLowerCase()} ` })).toEqual({
      id: p.id,
      name: '张三丰',
    });
    expect(
      await a.api.persons.findByResidentId({ residentId: makeResidentId({ birth: '1980-05-12', seq: 9 }) }),
    ).toBeNull();
    expect(await a.api.persons.findByResidentId({ residentId: '123' })).toBeNull();
  });

  it('a person that does not exist is NOT_FOUND, not a crash', async () => {
    const { a } = await seeded();
    const error = await refusal(a.api.persons.get({ id: 999 }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).not.toMatch(STACK_LIKE);
  });
});

describe('guardians and surveys', () => {
  it('saves guardians in order and replaces them on update', async () => {
    const { a, places } = await seeded();
    const p = await a.api.persons.create(
      personInput(places, {
        residentId: ID,
        guardians: [
          { name: '张大山', relation: '父亲', phone: '13900002222', residentId: GUARDIAN_ID },
          { name: '李秀英', relation: '母亲' },
        ],
      }),
    );
    expect(p.guardians.map((g) => [g.name, g.relation, g.residentIdMasked])).toEqual([
      ['张大山', '父亲', `${GUARDIAN_ID.slice(0, 6)}********${GUARDIAN_ID.slice(-4)}`],
      ['李秀英', '母亲', null],
    ]);
    expect(stringsIn(p).filter((s) => FULL_ID.test(s.text))).toEqual([]);

    const updated = await a.api.persons.update({
      ...personInput(places, { residentId: ID, guardians: [{ name: '王建国', relation: '村（居）委会' }] }),
      id: p.id,
      version: 1,
    });
    expect(updated.guardians).toEqual([
      { name: '王建国', relation: '村（居）委会', phone: null, residentIdMasked: null },
    ]);
    expect(a.sqlite.prepare('SELECT name FROM guardians WHERE person_id = ?').pluck().all(p.id)).toEqual(['王建国']);
  });

  it('records surveys for someone never enrolled and lists them newest first', async () => {
    const { a, places } = await seeded();
    const p = await a.api.persons.create(personInput(places, { residentId: ID }));
    await a.api.persons.addSurvey({
      personId: p.id,
      surveyDate: '2023-04-01',
      surveyor: '调查员甲',
      wantedMode: 'dayCare',
      wantedServices: ['dailyCare'],
    });
    await a.api.persons.addSurvey({
      personId: p.id,
      surveyDate: '2025-03-15',
      surveyor: '调查员乙',
      wantedMode: 'residential',
    });
    await a.api.persons.addSurvey({
      personId: p.id,
      surveyDate: '2024-09-30',
      surveyor: '调查员丙',
      wantedMode: 'none',
      remarks: ' 家属暂不需要 ',
    });
    const surveys = await a.api.persons.surveys({ id: p.id });
    expect(surveys.map((s) => [s.surveyDate, s.surveyor, s.wantedMode])).toEqual([
      ['2025-03-15', '调查员乙', 'residential'],
      ['2024-09-30', '调查员丙', 'none'],
      ['2023-04-01', '调查员甲', 'dayCare'],
    ]);
    expect(surveys[1]?.remarks).toBe('家属暂不需要');
    expect(surveys[2]?.wantedServices).toEqual(['dailyCare']);
    expect(await a.api.persons.enrolments({ id: p.id })).toEqual([]);
    expect(personAudit(a).filter((r) => r.action === 'survey')).toHaveLength(3);
  });

  it('refuses a survey without surveyor or for nobody, writing nothing', async () => {
    const { a, places } = await seeded();
    const p = await a.api.persons.create(personInput(places, { residentId: ID }));
    const before = personTableCounts(a);
    const e1 = await refusal(
      a.api.persons.addSurvey({ personId: p.id, surveyDate: '2025-03-15', surveyor: ' ', wantedMode: 'dayCare' }),
    );
    expect(fieldsOf(e1)).toEqual([expect.objectContaining({ field: 'surveyor', code: 'survey.surveyor.required' })]);
    const e2 = await refusal(
      a.api.persons.addSurvey({ personId: 999, surveyDate: '2025-03-15', surveyor: '调查员甲', wantedMode: 'dayCare' }),
    );
    expect(e2.code).toBe('NOT_FOUND');
    expect(personTableCounts(a)).toEqual(before);
  });
});
