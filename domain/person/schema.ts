import { z } from 'zod';
import { DISABILITY_CATEGORIES, parseDisabilityCert } from '../identity/disability-cert';
import { CARE_MODES, INSTITUTION_SERVICES } from '../institution/enums';
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
import { ECONOMIC_STATUSES, EXIT_REASONS, PERSON_STATUSES, WANTED_MODES } from './enums';

const CATEGORY_VALUES = DISABILITY_CATEGORIES.map((c) => c.value) as [string, ...string[]];

/**
 * The relation stored for a guardian whose list gave none (a street list with a 监护人 column but
 * no relation column): a plain word the clerk sees and can replace on the form, so the column
 * stays NOT NULL and every screen and export shows it as it is.
 */
export const UNKNOWN_RELATION = '未知';

export const guardianInput = z.object({
  name: requiredText(30, 'guardian.name.required'),
  relation: requiredText(20, 'guardian.relation.required'),
  phone: optionalPhone,
  residentId: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null)
    .pipe(residentIdSchema.transform((r) => r.id).nullable()),
});

/** 残疾人 as a clerk enters them; sex and birth date are never typed, they come from the ID. */
export const personFields = z.object({
  name: personName,
  residentId: residentIdSchema,
  certNumber: requiredText(24, 'disabilityCert.empty'),
  category: z.enum(CATEGORY_VALUES, code('person.category.required')),
  level: z
    .number(code('person.level.required'))
    .int()
    .min(1, code('person.level.required'))
    .max(4, code('person.level.required')),
  certIssueDate: optionalIsoDate,
  hukouStreetId: id.nullish().transform((v) => v ?? null),
  hukouCommunityId: id.nullish().transform((v) => v ?? null),
  residenceStreetId: id.or(z.undefined()).refine((v) => v !== undefined, code('person.residenceStreet.required')),
  residenceCommunityId: id.nullish().transform((v) => v ?? null),
  address: optionalText(200),
  phone: optionalPhone,
  economicStatus: z.enum(ECONOMIC_STATUSES).default('other'),
  status: z.enum(PERSON_STATUSES).default('active'),
  guardians: z.array(guardianInput).max(5, code('guardian.tooMany')).default([]),
  remarks: optionalText(1000),
});

/**
 * The certificate must belong to this ID and say what the stored category and level say; a
 * 15-digit ID has already become 18 digits by the time this runs.
 */
function checkCert(v: z.output<typeof personFields>, ctx: z.RefinementCtx): void {
  const cert = parseDisabilityCert(v.certNumber, v.residentId.id);
  if (!cert.ok) {
    ctx.addIssue({ code: 'custom', path: ['certNumber'], message: cert.error, params: cert.params ?? {} });
    return;
  }
  if (cert.value.category !== v.category)
    ctx.addIssue({ code: 'custom', path: ['category'], message: 'person.category.mismatch' });
  if (cert.value.level !== v.level) ctx.addIssue({ code: 'custom', path: ['level'], message: 'person.level.mismatch' });
}

export const personCreateInput = personFields.superRefine(checkCert);
export const personUpdateInput = personFields
  .extend({ id, version: z.number().int().positive() })
  .superRefine(checkCert);

export type PersonCreateInput = z.input<typeof personCreateInput>;
export type PersonInput = z.output<typeof personCreateInput>;
export type PersonUpdateInput = z.input<typeof personUpdateInput>;

export const surveyInput = z.object({
  personId: id,
  surveyDate: isoDate,
  surveyor: requiredText(30, 'survey.surveyor.required'),
  wantedMode: z.enum(WANTED_MODES, code('survey.wantedMode.required')),
  wantedServices: z.array(z.enum(INSTITUTION_SERVICES)).default([]),
  remarks: optionalText(1000),
});
export type SurveyInput = z.input<typeof surveyInput>;

export const enrolInput = z
  .object({
    personId: id,
    mode: z.enum(CARE_MODES, code('enrolment.mode.required')),
    institutionId: id.nullish().transform((v) => v ?? null),
    startDate: isoDate,
    /** Set once the clerk has seen the over-capacity warning and goes ahead anyway. */
    acceptOverCapacity: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.mode !== 'homeCare' && v.institutionId === null) {
      ctx.addIssue({ code: 'custom', path: ['institutionId'], message: 'enrolment.institution.required' });
    }
  });
export type EnrolInput = z.input<typeof enrolInput>;

export const exitInput = z.object({
  enrolmentId: id,
  endDate: isoDate,
  exitReason: z.enum(EXIT_REASONS, code('enrolment.exitReason.required')),
  remarks: optionalText(500),
});
export type ExitInput = z.input<typeof exitInput>;
