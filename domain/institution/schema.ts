import { z } from 'zod';
import { isValidPhone, normalizePhone } from '../contact';
import { creditCodeSchema } from '../rule-schema';
import { code, id, optionalIsoDate, optionalText, requiredText } from '../zod-helpers';
import { CARE_MODES, INSTITUTION_SERVICES, INSTITUTION_STATUSES, OWNERSHIPS, ASSESSMENT_GRADES } from './enums';

const capacity = z
  .number(code('field.integer'))
  .int(code('field.integer'))
  .min(0, code('field.nonNegative'))
  .max(100000, code('field.tooLarge'));

const creditCode = z
  .string()
  .trim()
  .nullish()
  .transform((v) => v || null)
  .pipe(creditCodeSchema.nullable());

const phone = z
  .string(code('institution.phone.required'))
  .trim()
  .min(1, code('institution.phone.required'))
  .refine(isValidPhone, code('field.phone'))
  .transform(normalizePhone);

/** 托养机构 fields as a clerk enters them; shared by the form and the server. */
export const institutionFields = z.object({
  name: requiredText(100, 'institution.name.required'),
  creditCode,
  registrationNo: optionalText(50),
  registeringDept: optionalText(50),
  ownership: z.enum(OWNERSHIPS, code('institution.ownership.required')),
  modes: z.array(z.enum(CARE_MODES)).min(1, code('institution.modes.required')),
  streetId: id.or(z.undefined()).refine((v) => v !== undefined, code('institution.street.required')),
  communityId: id.nullish().transform((v) => v ?? null),
  address: requiredText(200, 'institution.address.required'),
  beds: capacity.default(0),
  dayPlaces: capacity.default(0),
  floorArea: capacity.nullish().transform((v) => v ?? null),
  personInCharge: requiredText(30, 'institution.personInCharge.required'),
  phone,
  services: z.array(z.enum(INSTITUTION_SERVICES)).default([]),
  serviceContent: optionalText(4000),
  designationNo: optionalText(50),
  designationDate: optionalIsoDate,
  status: z.enum(INSTITUTION_STATUSES).default('operating'),
  remarks: optionalText(1000),
});

/** Capacity must match the modes offered: beds for residential care, places for day care. */
function checkCapacity(v: { modes: readonly string[]; beds: number; dayPlaces: number }, ctx: z.RefinementCtx): void {
  if (v.modes.includes('residential') && v.beds <= 0) {
    ctx.addIssue({ code: 'custom', path: ['beds'], message: 'institution.beds.requiredForResidential' });
  }
  if (v.modes.includes('dayCare') && v.dayPlaces <= 0) {
    ctx.addIssue({ code: 'custom', path: ['dayPlaces'], message: 'institution.dayPlaces.requiredForDayCare' });
  }
}

export const institutionCreateInput = institutionFields.superRefine(checkCapacity);
export const institutionUpdateInput = institutionFields
  .extend({ id, version: z.number().int().positive() })
  .superRefine(checkCapacity);

export type InstitutionCreateInput = z.input<typeof institutionCreateInput>;
export type InstitutionInput = z.output<typeof institutionCreateInput>;
export type InstitutionUpdateInput = z.input<typeof institutionUpdateInput>;

export const assessmentInput = z.object({
  institutionId: id,
  year: z.number(code('field.integer')).int().min(2000, code('field.year')).max(2100, code('field.year')),
  score: z
    .number()
    .int()
    .min(0, code('field.score'))
    .max(100, code('field.score'))
    .nullish()
    .transform((v) => v ?? null),
  grade: z.enum(ASSESSMENT_GRADES, code('field.required')),
  commended: z.boolean().default(false),
  remarks: optionalText(1000),
});
export type AssessmentInput = z.input<typeof assessmentInput>;
