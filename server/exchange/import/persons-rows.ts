import { parseDisabilityCert } from '#domain/identity/disability-cert';
import { parseResidentId } from '#domain/identity/resident-id';
import { looksTruncated } from '#domain/exchange/identifier-cell';
import type { CareMode } from '#domain/institution/enums';
import { personCreateInput, UNKNOWN_RELATION, type PersonCreateInput, type PersonInput } from '#domain/person/schema';
import { compareWithId } from './id-columns';
import type { KindReader, ReadEnv, RowKey } from './kinds';
import { CATEGORY_LABELS, ECONOMIC_LABELS, LEVEL_LABELS, MODE_LABELS, PERSON_STATUS_LABELS } from './labels';
import type { RowReader } from './row-reader';

export interface PersonEnrolment {
  mode: CareMode;
  institutionId: number | null;
  institutionName: string | null;
  startDate: string;
}

export interface PersonRecord {
  input: PersonInput;
  enrolment: PersonEnrolment | null;
  /** Names of the places and institution, for the audit snapshot. */
  placeNames: Record<'hukouStreet' | 'hukouCommunity' | 'residenceStreet' | 'residenceCommunity', string | null>;
}

const PATHS: Record<string, string> = {
  residenceStreetId: 'residenceStreet',
  residenceCommunityId: 'residenceCommunity',
  hukouStreetId: 'hukouStreet',
  hukouCommunityId: 'hukouCommunity',
  'guardians.0.name': 'guardianName',
  'guardians.0.relation': 'guardianRelation',
  'guardians.0.phone': 'guardianPhone',
  'guardians.0.residentId': 'guardianResidentId',
};
const fieldOfPath = (path: string) => PATHS[path] ?? path.split('.')[0] ?? path;

/** The resident ID as the register will store it, with the sheet-specific messages (number damage, 15 digits). */
export function readResidentId(r: RowReader, field: string): string | undefined {
  const text = r.id(field);
  if (!text) return undefined;
  const parsed = parseResidentId(text);
  if (!parsed.ok) {
    if (parsed.error === 'residentId.checkChar' && looksTruncated(text))
      r.fail(field, 'import.number.truncated', { shown: text });
    else r.fail(field, parsed.error, parsed.params);
    return undefined;
  }
  if (parsed.value.convertedFrom15) r.warn(field, 'import.warning.converted15', { id: parsed.value.id });
  return parsed.value.id;
}

/** 户籍 or 居住 street and community by name; the services' checkPlace rules, with names. */
function readPlace(
  r: RowReader,
  env: ReadEnv,
  streetField: string,
  communityField: string,
  names: PersonRecord['placeNames'],
): { streetId: number | null | undefined; communityId: number | null | undefined } {
  const streetText = r.text(streetField);
  const communityText = r.text(communityField);
  if (streetText === null) {
    if (communityText !== null && streetField === 'hukouStreet') r.fail(streetField, 'person.hukouStreet.required');
    return { streetId: null, communityId: communityText === null ? null : undefined };
  }
  const street = env.places.street(streetText);
  if (!street.ok) {
    r.fail(streetField, street.code, street.params);
    return { streetId: undefined, communityId: undefined };
  }
  names[streetField as keyof PersonRecord['placeNames']] = street.name;
  if (communityText === null) return { streetId: street.id, communityId: null };
  const community = env.places.community(street.id, street.name, communityText);
  if (!community.ok)
    return { streetId: street.id, communityId: r.fail(communityField, community.code, community.params) };
  names[communityField as keyof PersonRecord['placeNames']] = community.name;
  return { streetId: street.id, communityId: community.id };
}

function readCertificate(
  r: RowReader,
  residentId: string | undefined,
): { category?: string; level?: number; number?: string } {
  const number = r.id('certNumber');
  // Checked against the holder's ID only when that ID is readable: otherwise the ID's own error says it.
  const cert = number ? parseDisabilityCert(number, residentId) : null;
  if (cert && !cert.ok) r.fail('certNumber', cert.error, cert.params);
  if (!cert?.ok) {
    // Category and level come from the certificate when the sheet has no such columns; without
    // a readable certificate there is nothing to say about them beyond the certificate's error.
    if (!r.has('category')) r.skip('category');
    if (!r.has('level')) r.skip('level');
    return number ? { number } : {};
  }
  if (cert.value.suffix) r.warn('certNumber', 'import.warning.reissued', { suffix: cert.value.suffix });
  return { category: cert.value.category, level: cert.value.level, number: cert.value.number };
}

/**
 * A sheet without a relation column still lists guardians: they are imported with the relation
 * unknown (said once at the mapping step), not refused row by row. A relation column left blank
 * in one row is that row's error, as on the form.
 */
function readRelation(r: RowReader): string {
  if (!r.mapped('guardianRelation')) return UNKNOWN_RELATION;
  return r.text('guardianRelation') ?? '';
}

/** The care placement columns; over-capacity is judged later, in row order, over the valid rows only. */
function readEnrolment(r: RowReader, env: ReadEnv, status: string): PersonEnrolment | null | undefined {
  // The clerk chose to register the persons now and place them later.
  if (env.placements?.skip) return null;
  const mode = r.choice('careMode', MODE_LABELS) as CareMode | null | undefined;
  const institutionText = r.text('careInstitution');
  // Without a start date column the clerk gave one date for the whole sheet (asked once, at the mapping step).
  const startDate = r.mapped('careStart') ? r.date('careStart') : (env.placements?.startDate ?? null);
  if (mode === null) {
    if (institutionText !== null || (startDate && r.mapped('careStart')))
      r.fail('careMode', 'import.careMode.required');
    return null;
  }
  if (mode === undefined || startDate === undefined) return undefined;
  if (startDate === null) return r.fail('careStart', 'import.careStart.required');
  if (status !== 'active') return r.fail('careMode', 'enrolment.person.notActive');
  if (institutionText === null) {
    return mode === 'homeCare'
      ? { mode, institutionId: null, institutionName: null, startDate }
      : r.fail('careInstitution', 'enrolment.institution.required');
  }
  const inst = env.institutions.find(institutionText);
  if (!inst) return r.fail('careInstitution', 'import.institution.unknown', { name: institutionText });
  if (!inst.offers[mode]) return r.fail('careInstitution', 'enrolment.institution.modeNotOffered');
  return { mode, institutionId: inst.id, institutionName: inst.name, startDate };
}

/**
 * The enrol service's capacity rule over the whole sheet: placements count against beds and day
 * places in row order, after the places already taken. Returns the rows that go beyond them.
 */
export function overCapacity(
  records: readonly { row: number; record: PersonRecord }[],
  env: ReadEnv,
): { row: number; used: number; capacity: number }[] {
  const over: { row: number; used: number; capacity: number }[] = [];
  for (const { row, record } of records) {
    const e = record.enrolment;
    if (!e || e.institutionId === null) continue;
    const capacity = env.institutions.capacity(e.institutionId, e.mode);
    const used = env.institutions.usedPlaces(e.institutionId, e.mode);
    if (capacity !== null && used + 1 > capacity) over.push({ row, used, capacity });
    env.institutions.takePlace(e.institutionId, e.mode);
  }
  return over;
}

/** 残疾人: one row is one person, optionally with one guardian and a current care placement. */
export const personRows: KindReader<PersonRecord, 'persons'> = {
  kind: 'persons',
  read(r, env) {
    const names: PersonRecord['placeNames'] = {
      hukouStreet: null,
      hukouCommunity: null,
      residenceStreet: null,
      residenceCommunity: null,
    };
    const residentId = readResidentId(r, 'residentId');
    compareWithId(r, residentId);
    const cert = readCertificate(r, residentId);
    const category = r.has('category') ? r.choice('category', CATEGORY_LABELS) : cert.category;
    const level = r.has('level') ? r.choice('level', LEVEL_LABELS) : cert.level;
    if (category && cert.category && category !== cert.category) r.fail('category', 'person.category.mismatch');
    if (level && cert.level && level !== cert.level) r.fail('level', 'person.level.mismatch');
    const hukou = readPlace(r, env, 'hukouStreet', 'hukouCommunity', names);
    const residence = readPlace(r, env, 'residenceStreet', 'residenceCommunity', names);
    const status = r.choice('status', PERSON_STATUS_LABELS);
    const guardianGiven = ['guardianName', 'guardianRelation', 'guardianPhone', 'guardianResidentId'].some((f) =>
      r.has(f),
    );
    const guardianId = r.has('guardianResidentId') ? readResidentId(r, 'guardianResidentId') : null;
    const draft: PersonCreateInput = {
      name: r.name('name') ?? '',
      residentId: residentId ?? '',
      certNumber: cert.number ?? '',
      category: category ?? '',
      level: level ?? 0,
      certIssueDate: r.date('certIssueDate'),
      hukouStreetId: hukou.streetId,
      hukouCommunityId: hukou.communityId,
      residenceStreetId: residence.streetId ?? undefined,
      residenceCommunityId: residence.communityId,
      address: r.text('address'),
      phone: r.id('phone'),
      economicStatus: (r.choice('economicStatus', ECONOMIC_LABELS) ?? undefined) as PersonCreateInput['economicStatus'],
      status: (status ?? undefined) as PersonCreateInput['status'],
      guardians: guardianGiven
        ? [
            {
              name: r.name('guardianName') ?? '',
              relation: readRelation(r),
              phone: r.id('guardianPhone'),
              residentId: guardianId ?? null,
            },
          ]
        : [],
      remarks: r.text('remarks'),
    };
    const enrolment = readEnrolment(r, env, status ?? 'active');
    const parsed = personCreateInput.safeParse(draft);
    if (!parsed.success) r.addSchemaIssues(parsed.error.issues, fieldOfPath);
    const keys: RowKey[] = residentId ? [{ field: 'residentId', type: 'residentId', value: residentId }] : [];
    if (r.errors.length > 0 || !parsed.success || enrolment === undefined) return { record: null, keys };
    return { record: { input: parsed.data, enrolment, placeNames: names }, keys };
  },
};
