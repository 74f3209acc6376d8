import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  permitIssueInput,
  permitStatusInput,
  qualificationInput,
  staffCreateInput,
  type StaffCreateInput,
  trainingInput,
  trainingSessionInput,
  type TrainingSessionInput,
  volunteerFields,
} from '#domain/staff/schema';
import { makeResidentId } from '../fixtures/synthetic';

const ID = makeResidentId({ birth: '1988-11-20', seq: 8 }); // even: female

const staff = (overrides: Partial<StaffCreateInput> = {}): StaffCreateInput => ({
  name: '刘晓燕',
  residentId: ID,
  phone: '137 0000 2222',
  post: 'nursing',
  hireDate: '2024-05-01',
  ...overrides,
});

const session = (overrides: Partial<TrainingSessionInput> = {}): TrainingSessionInput => ({
  course: '托养服务岗前培训',
  startDate: '2026-01-05',
  endDate: '2026-01-09',
  hours: 24,
  attendees: [
    { staffId: 1, result: 'pass' },
    { staffId: 2, result: 'fail' },
  ],
  ...overrides,
});

function issues(result: z.ZodSafeParseResult<unknown>): { field: string; code: string }[] {
  return result.success ? [] : result.error.issues.map((i) => ({ field: i.path.join('.'), code: i.message }));
}

describe('staffCreateInput', () => {
  it('accepts a staff member, reads sex and birth from the ID and defaults the employer to the office', () => {
    const r = staffCreateInput.safeParse(staff());
    expect(issues(r)).toEqual([]);
    expect(r.data?.residentId).toMatchObject({ id: ID, sex: 'female', birthDate: '1988-11-20' });
    expect(r.data).toMatchObject({ employerInstitutionId: null, phone: '13700002222', leaveDate: null, remarks: null });
  });

  it('refuses a wrong check character on residentId only', () => {
    const wrong = ID.slice(0, 17) + (ID.endsWith('1') ? '2' : '1');
    expect(issues(staffCreateInput.safeParse(staff({ residentId: wrong })))).toEqual([
      { field: 'residentId', code: 'residentId.checkChar' },
    ]);
    expect(issues(staffCreateInput.safeParse(staff({ residentId: '4403071988' })))).toEqual([
      { field: 'residentId', code: 'residentId.length' },
    ]);
  });

  it('refuses a leaving date before the hire date on leaveDate, and accepts the same day', () => {
    expect(issues(staffCreateInput.safeParse(staff({ hireDate: '2024-05-01', leaveDate: '2024-04-30' })))).toEqual([
      { field: 'leaveDate', code: 'staff.leaveBeforeHire' },
    ]);
    expect(issues(staffCreateInput.safeParse(staff({ hireDate: '2024-05-01', leaveDate: '2024-05-01' })))).toEqual([]);
  });

  it('refuses a missing post, a bad phone and a name with digits, each on its own field', () => {
    const r = staffCreateInput.safeParse({ ...staff({ phone: '12345', name: '刘1燕' }), post: undefined });
    expect(issues(r)).toEqual(
      expect.arrayContaining([
        { field: 'post', code: 'staff.post.required' },
        { field: 'phone', code: 'field.phone' },
        { field: 'name', code: 'person.name.format' },
      ]),
    );
  });
});

describe('trainingSessionInput and trainingInput', () => {
  it('accepts a session with different results per attendee', () => {
    expect(issues(trainingSessionInput.safeParse(session()))).toEqual([]);
  });

  it('refuses the same attendee twice, on the second occurrence', () => {
    const r = trainingSessionInput.safeParse(
      session({
        attendees: [
          { staffId: 1, result: 'pass' },
          { staffId: 2, result: 'pass' },
          { staffId: 1, result: 'fail' },
        ],
      }),
    );
    expect(issues(r)).toEqual([{ field: 'attendees.2.staffId', code: 'training.attendees.duplicate' }]);
  });

  it('refuses a session without attendees', () => {
    expect(issues(trainingSessionInput.safeParse(session({ attendees: [] })))).toEqual([
      { field: 'attendees', code: 'training.attendees.required' },
    ]);
  });

  it('needs at least one whole hour', () => {
    expect(issues(trainingSessionInput.safeParse(session({ hours: 0 })))).toEqual([
      { field: 'hours', code: 'training.hours.min' },
    ]);
    expect(issues(trainingSessionInput.safeParse(session({ hours: 1 })))).toEqual([]);
    expect(issues(trainingSessionInput.safeParse(session({ hours: 1.5 })))).toEqual([
      { field: 'hours', code: 'field.integer' },
    ]);
    const one = {
      staffId: 1,
      course: '消防安全',
      startDate: '2026-02-01',
      endDate: '2026-02-01',
      result: 'pass' as const,
    };
    expect(issues(trainingInput.safeParse({ ...one, hours: 0 }))).toEqual([
      { field: 'hours', code: 'training.hours.min' },
    ]);
    expect(issues(trainingInput.safeParse({ ...one, hours: 1 }))).toEqual([]);
  });

  it('refuses an end date before the start date on endDate', () => {
    expect(issues(trainingSessionInput.safeParse(session({ startDate: '2026-01-09', endDate: '2026-01-05' })))).toEqual(
      [{ field: 'endDate', code: 'field.endBeforeStart' }],
    );
  });
});

describe('permit, qualification and volunteer inputs', () => {
  it('defaults a permit to three years and refuses 0 or 11 years and a blank issuer', () => {
    expect(permitIssueInput.parse({ staffId: 1, issueDate: '2026-02-01', issuer: '区残联' }).validYears).toBe(3);
    expect(
      issues(permitIssueInput.safeParse({ staffId: 1, issueDate: '2026-02-01', issuer: ' ', validYears: 0 })),
    ).toEqual([
      { field: 'validYears', code: 'permit.validYears' },
      { field: 'issuer', code: 'permit.issuer.required' },
    ]);
    expect(
      issues(permitIssueInput.safeParse({ staffId: 1, issueDate: '2026-02-01', issuer: '区残联', validYears: 11 })),
    ).toEqual([{ field: 'validYears', code: 'permit.validYears' }]);
  });

  it('needs a reason for every status change', () => {
    expect(issues(permitStatusInput.safeParse({ permitId: 1, action: 'suspend', reason: '  ' }))).toEqual([
      { field: 'reason', code: 'permit.reason.required' },
    ]);
  });

  it('refuses a qualification that expires before it was issued', () => {
    const r = qualificationInput.safeParse({
      staffId: 1,
      type: 'nurse',
      number: 'N-001',
      issueDate: '2026-01-01',
      expiryDate: '2025-12-31',
    });
    expect(issues(r)).toEqual([{ field: 'expiryDate', code: 'field.endBeforeStart' }]);
  });

  it('needs at least one volunteer background and defaults links to none', () => {
    expect(issues(volunteerFields.safeParse({ name: '赵志愿', backgrounds: [] }))).toEqual([
      { field: 'backgrounds', code: 'volunteer.background.required' },
    ]);
    expect(volunteerFields.parse({ name: '赵志愿', backgrounds: ['rehab'] })).toMatchObject({
      institutionIds: [],
      personIds: [],
      hoursServed: 0,
    });
  });
});
