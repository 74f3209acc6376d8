import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fieldsOf,
  institutionInput,
  personInput,
  refusal,
  rowCount,
  seedPlaces,
  STACK_LIKE,
  staffInput,
  type Places,
  type TestApp,
  useApp,
} from './helpers';

const app = useApp();

/** Sends what a buggy script or a tampered client might send: the types say it cannot happen. */
const raw = <T>(value: unknown) => value as T;
type CreateInput = Parameters<TestApp['api']['institutions']['create']>[0];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('malformed input', () => {
  const cases: [string, (valid: Record<string, unknown>) => unknown, string, string][] = [
    ['a string where a number belongs', (v) => ({ ...v, dayPlaces: '20' }), 'dayPlaces', 'field.integer'],
    ['a fraction of a bed', (v) => ({ ...v, modes: ['residential'], beds: 2.5 }), 'beds', 'field.integer'],
    ['a negative number', (v) => ({ ...v, dayPlaces: -3 }), 'dayPlaces', 'field.nonNegative'],
    ['a missing name', ({ name: _n, ...v }) => v, 'name', 'institution.name.required'],
    ['a blank name', (v) => ({ ...v, name: '   ' }), 'name', 'institution.name.required'],
    ['a number where text belongs', (v) => ({ ...v, address: 12345 }), 'address', 'institution.address.required'],
    ['an unknown ownership', (v) => ({ ...v, ownership: 'stateOwned' }), 'ownership', 'institution.ownership.required'],
    ['an unknown care mode', (v) => ({ ...v, modes: ['flying'] }), 'modes.0', 'field.invalid'],
    ['no care mode', (v) => ({ ...v, modes: [] }), 'modes', 'institution.modes.required'],
    ['a street id as text', (v) => ({ ...v, streetId: '1' }), 'streetId', 'field.invalid'],
    ['a bad phone number', (v) => ({ ...v, phone: '12345' }), 'phone', 'field.phone'],
    ['an impossible date', (v) => ({ ...v, designationDate: '2025-13-45' }), 'designationDate', 'field.date'],
    ['a credit code of the wrong length', (v) => ({ ...v, creditCode: '52440307' }), 'creditCode', 'creditCode.length'],
  ];

  it.each(cases)('%s is refused on its field and nothing is written', async (_label, mutate, field, code) => {
    const a = app();
    const places = await seedPlaces(a.api);
    const auditBefore = rowCount(a, 'audit_log');
    const input = mutate(institutionInput(places) as Record<string, unknown>);

    const error = await refusal(a.api.institutions.create(raw<CreateInput>(input)));
    expect(error.code).toBe('INVALID_INPUT');
    // As the contract declares it, so typed clients (isDefinedError) and the HTTP status agree.
    expect(error.status).toBe(400);
    expect(error.defined).toBe(true);
    expect(fieldsOf(error)).toContainEqual(expect.objectContaining({ field, code }));
    for (const f of fieldsOf(error)) {
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
      expect(f.message).not.toMatch(STACK_LIKE);
    }
    expect(error.message).not.toMatch(STACK_LIKE);
    expect(rowCount(a, 'institutions')).toBe(0);
    expect(rowCount(a, 'audit_log')).toBe(auditBefore);
  });

  it('refuses something that is not an object at all', async () => {
    for (const input of [null, 'institution', 42, []]) {
      const error = await refusal(app().api.institutions.create(raw<CreateInput>(input)));
      expect(error.code).toBe('INVALID_INPUT');
      expect(fieldsOf(error).length).toBeGreaterThan(0);
      expect(error.message).not.toMatch(STACK_LIKE);
    }
    expect(rowCount(app(), 'institutions')).toBe(0);
  });

  it('refuses bad list parameters instead of guessing', async () => {
    const list = app().api.institutions.list;
    const cases = [{ page: 'two' }, { pageSize: 500 }, { sortField: 'password' }, { status: 'deleted' }];
    for (const input of cases) {
      const error = await refusal(list(raw<Parameters<typeof list>[0]>(input)));
      expect(error.code, JSON.stringify(input)).toBe('INVALID_INPUT');
      expect(fieldsOf(error).map((f) => f.field)).toEqual(Object.keys(input));
    }
  });

  it('refuses a division with letters in its code', async () => {
    const error = await refusal(app().api.divisions.create({ parentId: null, code: '44O307', name: '测试区' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'code', code: 'division.code.digits' })]);
    expect(rowCount(app(), 'divisions')).toBe(0);
  });
});

describe('a failure inside the action rolls the whole action back', () => {
  /** Makes every audit write fail, as a full disk or a corrupted table would. */
  const breakAudit = (a: TestApp) =>
    a.sqlite.exec(
      "CREATE TRIGGER audit_refuses BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit table refused'); END;",
    );

  it('a create whose audit write fails leaves no institution behind', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    breakAudit(a);

    const error = await refusal(a.api.institutions.create(institutionInput(places)));
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).toBe('系统内部错误，操作未生效。请重试，如仍失败请联系管理员');
    expect(error.message).not.toContain('audit table refused');
    expect(logged).toHaveBeenCalled();
    expect(rowCount(a, 'institutions')).toBe(0);
    expect((await a.api.institutions.list({})).total).toBe(0);
  });

  it('an update whose audit write fails keeps the old values and version', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    const created = await a.api.institutions.create(institutionInput(places));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    breakAudit(a);

    await refusal(
      a.api.institutions.update({ ...institutionInput(places, { name: '不该保存' }), id: created.id, version: 1 }),
    );
    expect(await a.api.institutions.get({ id: created.id })).toMatchObject({ name: created.name, version: 1 });
  });

  it('a division created while the audit table is missing is not kept', async () => {
    const a = app();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    a.sqlite.exec('ALTER TABLE audit_log RENAME TO audit_log_gone');
    await refusal(a.api.divisions.create({ parentId: null, code: '440307', name: '测试区' }));
    expect(rowCount(a, 'divisions')).toBe(0);
  });
});

describe('impossible calendar dates', () => {
  const DATE_MESSAGE = '请填写有效日期（年-月-日）';
  // Every date a clerk can enter, register by register: each call is refused on that field.
  const calls: [string, string, (a: TestApp, d: string, places: Places) => Promise<unknown>][] = [
    [
      'persons.create certIssueDate',
      'certIssueDate',
      (a, d, places) => a.api.persons.create({ ...personInput(places), certIssueDate: d }),
    ],
    [
      'persons.addSurvey surveyDate',
      'surveyDate',
      (a, d) =>
        a.api.persons.addSurvey({
          personId: 1,
          surveyDate: d,
          surveyor: '调查员甲',
          wantedMode: 'dayCare',
          wantedServices: [],
        }),
    ],
    [
      'persons.enrol startDate',
      'startDate',
      (a, d) => a.api.persons.enrol({ personId: 1, mode: 'homeCare', startDate: d }),
    ],
    [
      'persons.exit endDate',
      'endDate',
      (a, d) => a.api.persons.exit({ enrolmentId: 1, endDate: d, exitReason: 'transferred' }),
    ],
    ['persons.list refDate', 'refDate', (a, d) => a.api.persons.list({ refDate: d })],
    ['persons.annualReview refDate', 'refDate', (a, d) => a.api.persons.annualReview({ refDate: d })],
    [
      'institutions.create designationDate',
      'designationDate',
      (a, d, places) => a.api.institutions.create({ ...institutionInput(places), designationDate: d }),
    ],
    ['staff.create hireDate', 'hireDate', (a, d) => a.api.staff.create(staffInput({ hireDate: d }))],
    ['staff.create leaveDate', 'leaveDate', (a, d) => a.api.staff.create(staffInput({ leaveDate: d }))],
    [
      'staff.addQualification issueDate',
      'issueDate',
      (a, d) => a.api.staff.addQualification({ staffId: 1, type: 'nurse', number: 'HS-1', issueDate: d }),
    ],
    [
      'staff.addQualification expiryDate',
      'expiryDate',
      (a, d) => a.api.staff.addQualification({ staffId: 1, type: 'nurse', number: 'HS-1', expiryDate: d }),
    ],
    [
      'staff.addTraining startDate',
      'startDate',
      (a, d) =>
        a.api.staff.addTraining({
          staffId: 1,
          course: '岗前培训',
          startDate: d,
          endDate: '2024-03-31',
          hours: 8,
          result: 'pass',
        }),
    ],
    [
      'staff.addTraining endDate',
      'endDate',
      (a, d) =>
        a.api.staff.addTraining({
          staffId: 1,
          course: '岗前培训',
          startDate: '2023-01-01',
          endDate: d,
          hours: 8,
          result: 'pass',
        }),
    ],
    [
      'staff.addTrainingSession startDate',
      'startDate',
      (a, d) =>
        a.api.staff.addTrainingSession({
          course: '岗前培训',
          startDate: d,
          endDate: '2024-03-31',
          hours: 8,
          attendees: [{ staffId: 1, result: 'pass' }],
        }),
    ],
    [
      'staff.issuePermit issueDate',
      'issueDate',
      (a, d) => a.api.staff.issuePermit({ staffId: 1, issueDate: d, issuer: '测试区残联' }),
    ],
    [
      'staff.renewPermit issueDate',
      'issueDate',
      (a, d) => a.api.staff.renewPermit({ permitId: 1, issueDate: d, issuer: '测试区残联' }),
    ],
  ];

  it.each(calls)(
    '%s refuses 2023-02-30, 2023-04-31 and 2023-02-29 with the one date message',
    async (_label, field, call) => {
      const a = app();
      const places = await seedPlaces(a.api);
      for (const d of ['2023-02-30', '2023-04-31', '2023-02-29']) {
        const auditBefore = rowCount(a, 'audit_log');
        const error = await refusal(call(a, d, places));
        expect(error.code, d).toBe('INVALID_INPUT');
        expect(fieldsOf(error), d).toContainEqual(
          expect.objectContaining({ field, code: 'field.date', message: DATE_MESSAGE }),
        );
        expect(rowCount(a, 'audit_log'), d).toBe(auditBefore);
      }
    },
  );

  it('accepts a leap day, 2024-02-29, in every register', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    const leap = '2024-02-29';
    const person = await a.api.persons.create({ ...personInput(places), certIssueDate: leap });
    expect(person.certIssueDate).toBe(leap);
    expect(
      (
        await a.api.persons.addSurvey({
          personId: person.id,
          surveyDate: leap,
          surveyor: '调查员甲',
          wantedMode: 'dayCare',
          wantedServices: [],
        })
      ).surveyDate,
    ).toBe(leap);
    expect((await a.api.persons.enrol({ personId: person.id, mode: 'homeCare', startDate: leap })).startDate).toBe(
      leap,
    );
    expect(
      (await a.api.institutions.create({ ...institutionInput(places), designationDate: leap })).designationDate,
    ).toBe(leap);
    const staff = await a.api.staff.create(staffInput({ hireDate: leap }));
    expect(staff.hireDate).toBe(leap);
    expect(
      (await a.api.staff.addQualification({ staffId: staff.id, type: 'nurse', number: 'HS-1', issueDate: leap }))
        .issueDate,
    ).toBe(leap);
    expect(
      (
        await a.api.staff.addTraining({
          staffId: staff.id,
          course: '岗前培训',
          startDate: leap,
          endDate: leap,
          hours: 8,
          result: 'pass',
        })
      ).endDate,
    ).toBe(leap);
    expect(
      (await a.api.staff.issuePermit({ staffId: staff.id, issueDate: leap, issuer: '测试区残联' })).issueDate,
    ).toBe(leap);
    expect((await a.api.persons.annualReview({ refDate: leap })).total).toBeGreaterThanOrEqual(0);
  });
});
