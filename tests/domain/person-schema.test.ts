import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { enrolInput, personCreateInput, type PersonCreateInput } from '#domain/person/schema';
import { makeCert, makeResidentId } from '../fixtures/synthetic';

const ID = makeResidentId({ birth: '1980-05-12', seq: 7 }); // 7 is odd: male
const input = (overrides: Partial<PersonCreateInput> = {}): PersonCreateInput => ({
  name: '张三丰',
  residentId: ID,
  certNumber: makeCert(ID, 5, 2),
  category: 'intellectual',
  level: 2,
  residenceStreetId: 1,
  ...overrides,
});

/** Field path and message code of every issue, as the form would show them. */
function issues(result: z.ZodSafeParseResult<unknown>): { field: string; code: string }[] {
  return result.success ? [] : result.error.issues.map((i) => ({ field: i.path.join('.'), code: i.message }));
}

describe('personCreateInput', () => {
  it('accepts a consistent person and reads sex and birth date from the ID', () => {
    const r = personCreateInput.safeParse(input());
    expect(issues(r)).toEqual([]);
    expect(r.data?.residentId).toMatchObject({ id: ID, birthDate: '1980-05-12', sex: 'male', convertedFrom15: false });
    expect(r.data).toMatchObject({
      status: 'active',
      economicStatus: 'other',
      guardians: [],
      residenceCommunityId: null,
    });
  });

  it('refuses a wrong check character on residentId', () => {
    const wrong = ID.slice(0, 17) + (ID.endsWith('0') ? '1' : '0');
    const r = personCreateInput.safeParse(input({ residentId: wrong, certNumber: makeCert(wrong, 5, 2) }));
    expect(issues(r)).toContainEqual({ field: 'residentId', code: 'residentId.checkChar' });
    expect(issues(r).every((i) => i.field === 'residentId')).toBe(true);
  });

  it('converts a 15-digit ID to 18 digits and matches the certificate against the converted one', () => {
    // 440307 800512 007 → 440307 19800512 007 + check character: the same person as ID.
    const legacy = '440307800512007';
    const r = personCreateInput.safeParse(input({ residentId: legacy }));
    expect(issues(r)).toEqual([]);
    expect(r.data?.residentId).toMatchObject({ id: ID, birthDate: '1980-05-12', convertedFrom15: true });
  });

  it('accepts a lower-case x and stores it upper-case', () => {
    // Find a synthetic ID ending in X.
    const withX = Array.from({ length: 40 }, (_, seq) => makeResidentId({ birth: '1990-03-15', seq })).find((i) =>
      i.endsWith('X'),
    );
    expect(withX).toBeDefined();
    const r = personCreateInput.safeParse(
      input({ residentId: withX!.toLowerCase(), certNumber: makeCert(withX!, 5, 2).toLowerCase() }),
    );
    expect(issues(r)).toEqual([]);
    expect(r.data?.residentId.id).toBe(withX);
  });

  it('refuses on certNumber a certificate that belongs to another ID', () => {
    const other = makeResidentId({ birth: '1980-05-12', seq: 9 });
    const r = personCreateInput.safeParse(input({ certNumber: makeCert(other, 5, 2) }));
    expect(issues(r)).toEqual([{ field: 'certNumber', code: 'disabilityCert.residentIdMismatch' }]);
  });

  it('refuses on category and on level when they disagree with digits 19 and 20 of the certificate', () => {
    expect(issues(personCreateInput.safeParse(input({ category: 'physical' })))).toEqual([
      { field: 'category', code: 'person.category.mismatch' },
    ]);
    expect(issues(personCreateInput.safeParse(input({ level: 1 })))).toEqual([
      { field: 'level', code: 'person.level.mismatch' },
    ]);
    expect(issues(personCreateInput.safeParse(input({ category: 'mental', level: 4 })))).toEqual([
      { field: 'category', code: 'person.category.mismatch' },
      { field: 'level', code: 'person.level.mismatch' },
    ]);
  });

  it('accepts a re-issued certificate with suffix B (and B2), not a suffix that is never issued', () => {
    expect(issues(personCreateInput.safeParse(input({ certNumber: `${makeCert(ID, 5, 2)}B` })))).toEqual([]);
    expect(issues(personCreateInput.safeParse(input({ certNumber: `${makeCert(ID, 5, 2)}b2` })))).toEqual([]);
    expect(issues(personCreateInput.safeParse(input({ certNumber: `${makeCert(ID, 5, 2)}B1` })))).toEqual([
      { field: 'certNumber', code: 'disabilityCert.suffix' },
    ]);
  });

  it('requires a street of residence and a proper name', () => {
    expect(issues(personCreateInput.safeParse(input({ residenceStreetId: undefined })))).toEqual([
      { field: 'residenceStreetId', code: 'person.residenceStreet.required' },
    ]);
    expect(issues(personCreateInput.safeParse(input({ name: '张' })))).toEqual([
      { field: 'name', code: 'person.name.format' },
    ]);
    expect(issues(personCreateInput.safeParse(input({ name: '阿依古丽·买买提' })))).toEqual([]);
  });

  it('checks a guardian’s ID too, and at most five guardians', () => {
    const guardian = { name: '张大山', relation: '父亲', residentId: ID.slice(0, 17) + (ID.endsWith('0') ? '1' : '0') };
    expect(issues(personCreateInput.safeParse(input({ guardians: [guardian] })))).toEqual([
      { field: 'guardians.0.residentId', code: 'residentId.checkChar' },
    ]);
    const six = Array.from({ length: 6 }, () => ({ name: '张大山', relation: '父亲' }));
    expect(issues(personCreateInput.safeParse(input({ guardians: six })))).toEqual([
      { field: 'guardians', code: 'guardian.tooMany' },
    ]);
  });
});

describe('enrolInput', () => {
  it('needs an institution for residential and day care, not for home care', () => {
    const base = { personId: 1, startDate: '2025-01-01' };
    expect(issues(enrolInput.safeParse({ ...base, mode: 'residential' }))).toEqual([
      { field: 'institutionId', code: 'enrolment.institution.required' },
    ]);
    expect(issues(enrolInput.safeParse({ ...base, mode: 'dayCare', institutionId: null }))).toEqual([
      { field: 'institutionId', code: 'enrolment.institution.required' },
    ]);
    expect(issues(enrolInput.safeParse({ ...base, mode: 'homeCare' }))).toEqual([]);
  });
});
