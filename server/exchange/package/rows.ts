import { z } from 'zod';
import { isoDate } from '#domain/zod-helpers';
import { ASSESSMENT_GRADES, INSTITUTION_STATUSES, OWNERSHIPS } from '#domain/institution/enums';
import { ECONOMIC_STATUSES, EXIT_REASONS, PERSON_STATUSES, WANTED_MODES } from '#domain/person/enums';
import { PERMIT_STATUSES, TRAINING_RESULTS } from '#domain/staff/enums';
import type { PackagePart } from '#server/contract/packages-types';

/**
 * One line of each NDJSON part. Records refer to each other by natural keys (division codes,
 * an institution's credit code or name + street, resident IDs), never by the sender's row ids.
 * Sub-record lists are in a canonical order, so the same record reads the same in any register.
 */
const text = (max: number) => z.string().max(max);
const maybe = (max: number) => z.string().max(max).nullable();
// The same calendar rule as every date input: a package cannot carry a 30 February either.
const date = isoDate;
const maybeDate = date.nullable();
const code = z.string().regex(/^\d{6}(\d{6})?$/);
const residentId = z.string().regex(/^\d{17}[\dX]$/);

export const divisionRow = z.object({
  code,
  name: text(200).min(1),
  level: z.enum(['district', 'street', 'community']),
  parentCode: code.nullable(),
  codeVerified: z.boolean(),
  archived: z.boolean(),
});

export const institutionRow = z.object({
  name: text(200).min(1),
  creditCode: maybe(200),
  registrationNo: maybe(200),
  registeringDept: maybe(200),
  ownership: z.enum(OWNERSHIPS),
  modeResidential: z.boolean(),
  modeDayCare: z.boolean(),
  modeHomeCare: z.boolean(),
  streetCode: code,
  communityCode: code.nullable(),
  address: text(200),
  beds: z.number().int().min(0),
  dayPlaces: z.number().int().min(0),
  floorArea: z.number().int().min(0).nullable(),
  personInCharge: text(200),
  phone: text(200),
  services: z.array(text(200)).max(40),
  serviceContent: maybe(5000),
  designationNo: maybe(200),
  designationDate: maybeDate,
  status: z.enum(INSTITUTION_STATUSES),
  remarks: maybe(5000),
  archived: z.boolean(),
  assessments: z.array(
    z.object({
      year: z.number().int(),
      score: z.number().int().nullable(),
      grade: z.enum(ASSESSMENT_GRADES),
      commended: z.boolean(),
      remarks: maybe(5000),
    }),
  ),
});

export const personRow = z.object({
  name: text(200).min(1),
  residentId,
  sex: z.enum(['male', 'female']),
  birthDate: date,
  certNumber: text(200).min(1),
  category: text(200).min(1),
  level: z.number().int().min(1).max(4),
  certIssueDate: maybeDate,
  hukouStreetCode: code.nullable(),
  hukouCommunityCode: code.nullable(),
  residenceStreetCode: code,
  residenceCommunityCode: code.nullable(),
  address: maybe(200),
  phone: maybe(200),
  economicStatus: z.enum(ECONOMIC_STATUSES),
  status: z.enum(PERSON_STATUSES),
  remarks: maybe(5000),
  archived: z.boolean(),
  guardians: z
    .array(z.object({ name: text(200), relation: text(200), phone: maybe(200), residentId: residentId.nullable() }))
    .max(10),
  surveys: z.array(
    z.object({
      surveyDate: date,
      surveyor: text(200),
      wantedMode: z.enum(WANTED_MODES),
      wantedServices: z.array(text(200)).max(40),
      remarks: maybe(5000),
    }),
  ),
  enrolments: z.array(
    z.object({
      mode: z.enum(['residential', 'dayCare', 'homeCare']),
      institution: z.string().max(200).nullable(),
      startDate: date,
      endDate: maybeDate,
      exitReason: z.enum(EXIT_REASONS).nullable(),
      remarks: maybe(5000),
    }),
  ),
});

export const staffRow = z.object({
  name: text(200).min(1),
  residentId,
  sex: z.enum(['male', 'female']),
  birthDate: date,
  phone: maybe(200),
  employer: z.string().max(200).nullable(),
  post: text(200).min(1),
  hireDate: maybeDate,
  leaveDate: maybeDate,
  remarks: maybe(5000),
  archived: z.boolean(),
  qualifications: z.array(
    z.object({ type: text(200), number: text(200), issuer: maybe(200), issueDate: maybeDate, expiryDate: maybeDate }),
  ),
  training: z.array(
    z.object({
      course: text(200),
      organiser: maybe(200),
      startDate: date,
      endDate: date,
      hours: z.number().int().min(0),
      result: z.enum(TRAINING_RESULTS),
      certificateNo: maybe(200),
    }),
  ),
  // `training` is the index, in this record's training list, of the training the permit was issued on.
  permits: z.array(
    z.object({
      number: text(200).min(1),
      year: z.number().int(),
      seq: z.number().int(),
      issueDate: date,
      validUntil: date,
      issuer: text(200),
      training: z.number().int().min(0),
      status: z.enum(PERMIT_STATUSES),
      statusReason: maybe(5000),
      statusChangedAt: z.string().max(40).nullable(),
    }),
  ),
});

export type DivisionRow = z.infer<typeof divisionRow>;
export type InstitutionRow = z.infer<typeof institutionRow>;
export type PersonRow = z.infer<typeof personRow>;
export type StaffRow = z.infer<typeof staffRow>;

/** The parts of a package: the divisions, then every register that travels (domain/registers.ts). */
export type PartName = PackagePart;

/**
 * Each part's line schema, in the order the parts are written and merged (later parts refer to
 * earlier ones: records name divisions, persons and staff name institutions).
 */
export const PART_SCHEMAS = {
  divisions: divisionRow,
  institutions: institutionRow,
  persons: personRow,
  staff: staffRow,
} as const satisfies Record<PartName, z.ZodType>;
export const PARTS = Object.keys(PART_SCHEMAS) as unknown as readonly [PartName, ...PartName[]];

/** One line of a part. */
export type PartRow<N extends PartName> = z.infer<(typeof PART_SCHEMAS)[N]>;

/** An institution's natural key: its credit code, or (without one) its name in its street. */
export const institutionKey = (r: { creditCode: string | null; name: string; streetCode: string }): string =>
  r.creditCode ? `credit:${r.creditCode}` : `name:${r.name}|${r.streetCode}`;

/** JSON with object keys sorted, so equal records give equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** Sorts a sub-record list by content (row ids differ between registers; the content does not). */
export const byContent = <T>(list: T[]): T[] =>
  [...list].sort((a, b) => (canonicalJson(a) < canonicalJson(b) ? -1 : canonicalJson(a) > canonicalJson(b) ? 1 : 0));

/**
 * Puts a staff record's training in content order and re-points its permits at the moved
 * training entries, so two registers holding the same staff record write the same line.
 */
export function normaliseStaff(row: StaffRow): StaffRow {
  const order = row.training
    .map((t, i) => ({ t, i, key: canonicalJson(t) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  const moved = new Map(order.map((o, at) => [o.i, at]));
  const permits = row.permits
    .map((p) => ({ ...p, training: moved.get(p.training) ?? p.training }))
    .sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
  return { ...row, qualifications: byContent(row.qualifications), training: order.map((o) => o.t), permits };
}

export function normalisePerson(row: PersonRow): PersonRow {
  // Guardians keep their order: the first is the one printed on forms.
  return { ...row, surveys: byContent(row.surveys), enrolments: byContent(row.enrolments) };
}

export function normaliseInstitution(row: InstitutionRow): InstitutionRow {
  return { ...row, assessments: byContent(row.assessments) };
}
