import { z } from 'zod';
import { residentIdSchema } from '../rule-schema';
import {
  code,
  id,
  isoDate,
  optionalIsoDate,
  optionalPhone,
  optionalText,
  personName,
  requiredText,
} from '../zod-helpers';
import { QUALIFICATION_TYPES, STAFF_POSTS, TRAINING_RESULTS, VOLUNTEER_BACKGROUNDS } from './enums';

/** 服务人员. Employer null means the office itself (公益岗 home-care posts it funds). */
export const staffFields = z.object({
  name: personName,
  residentId: residentIdSchema,
  phone: optionalPhone,
  employerInstitutionId: id.nullish().transform((v) => v ?? null),
  post: z.enum(STAFF_POSTS, code('staff.post.required')),
  hireDate: optionalIsoDate,
  leaveDate: optionalIsoDate,
  remarks: optionalText(1000),
});

function checkDates(v: { hireDate: string | null; leaveDate: string | null }, ctx: z.RefinementCtx): void {
  if (v.hireDate && v.leaveDate && v.leaveDate < v.hireDate)
    ctx.addIssue({ code: 'custom', path: ['leaveDate'], message: 'staff.leaveBeforeHire' });
}

export const staffCreateInput = staffFields.superRefine(checkDates);
export const staffUpdateInput = staffFields
  .extend({ id, version: z.number().int().positive() })
  .superRefine(checkDates);
export type StaffCreateInput = z.input<typeof staffCreateInput>;
export type StaffInput = z.output<typeof staffCreateInput>;

export const qualificationInput = z
  .object({
    staffId: id,
    type: z.enum(QUALIFICATION_TYPES, code('qualification.type.required')),
    number: requiredText(50, 'qualification.number.required'),
    issuer: optionalText(60),
    issueDate: optionalIsoDate,
    expiryDate: optionalIsoDate,
  })
  .superRefine((v, ctx) => {
    if (v.issueDate && v.expiryDate && v.expiryDate < v.issueDate)
      ctx.addIssue({ code: 'custom', path: ['expiryDate'], message: 'field.endBeforeStart' });
  });
export type QualificationInput = z.input<typeof qualificationInput>;

const hours = z
  .number(code('field.integer'))
  .int(code('field.integer'))
  .min(1, code('training.hours.min'))
  .max(2000, code('field.tooLarge'));

const course = {
  course: requiredText(80, 'training.course.required'),
  organiser: optionalText(60),
  startDate: isoDate,
  endDate: isoDate,
  hours,
};

const courseDates = (v: { startDate: string; endDate: string }, ctx: z.RefinementCtx) => {
  if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'field.endBeforeStart' });
};

export const trainingInput = z
  .object({
    staffId: id,
    ...course,
    result: z.enum(TRAINING_RESULTS, code('training.result.required')),
    certificateNo: optionalText(50),
  })
  .superRefine(courseDates);
export type TrainingInput = z.input<typeof trainingInput>;

/** One session, many attendees: the clerk types the course once and ticks each result. */
export const trainingSessionInput = z
  .object({
    ...course,
    attendees: z
      .array(
        z.object({
          staffId: id,
          result: z.enum(TRAINING_RESULTS, code('training.result.required')),
          certificateNo: optionalText(50),
        }),
      )
      .min(1, code('training.attendees.required')),
  })
  .superRefine(courseDates)
  .superRefine((v, ctx) => {
    const seen = new Set<number>();
    v.attendees.forEach((a, i) => {
      if (seen.has(a.staffId))
        ctx.addIssue({ code: 'custom', path: ['attendees', i, 'staffId'], message: 'training.attendees.duplicate' });
      seen.add(a.staffId);
    });
  });
export type TrainingSessionInput = z.input<typeof trainingSessionInput>;

export const permitIssueInput = z.object({
  staffId: id,
  issueDate: isoDate,
  validYears: z.number().int().min(1, code('permit.validYears')).max(10, code('permit.validYears')).default(3),
  issuer: requiredText(60, 'permit.issuer.required'),
});
export type PermitIssueInput = z.input<typeof permitIssueInput>;

export const permitStatusInput = z.object({
  permitId: id,
  action: z.enum(['suspend', 'revoke', 'reinstate']),
  reason: requiredText(200, 'permit.reason.required'),
});
export type PermitStatusInput = z.input<typeof permitStatusInput>;

export const volunteerFields = z.object({
  name: personName,
  phone: optionalPhone,
  backgrounds: z.array(z.enum(VOLUNTEER_BACKGROUNDS)).min(1, code('volunteer.background.required')),
  organisation: optionalText(80),
  hoursServed: z
    .number(code('field.integer'))
    .int(code('field.integer'))
    .min(0, code('field.nonNegative'))
    .max(100000, code('field.tooLarge'))
    .default(0),
  institutionIds: z.array(id).default([]),
  personIds: z.array(id).default([]),
  remarks: optionalText(1000),
});
export const volunteerUpdateInput = volunteerFields.extend({ id, version: z.number().int().positive() });
export type VolunteerInput = z.input<typeof volunteerFields>;
