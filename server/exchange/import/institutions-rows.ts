import { institutionCreateInput, type InstitutionCreateInput, type InstitutionInput } from '#domain/institution/schema';
import { parseCreditCode } from '#domain/identity/credit-code';
import type { KindReader, ReadEnv, RowKey } from './kinds';
import { INSTITUTION_STATUS_LABELS, MODE_LABELS, normaliseLabel, OWNERSHIP_LABELS, SERVICE_LABELS } from './labels';
import type { RowReader } from './row-reader';

export interface InstitutionRecord {
  input: InstitutionInput;
  streetName: string;
  communityName: string | null;
}

const PATHS: Record<string, string> = { streetId: 'street', communityId: 'community' };
const fieldOfPath = (path: string) => PATHS[path] ?? path.split('.')[0] ?? path;

function readCapacity(r: RowReader, field: string): number | null | undefined {
  const n = r.number(field);
  if (n === null || n === undefined) return n;
  if (Number.isInteger(n)) return n;
  // Floor area is measured (350.5 ㎡) and the register keeps whole square metres; counts are not.
  if (field !== 'floorArea') return r.fail(field, 'field.integer');
  const rounded = Math.round(n);
  r.warn(field, 'import.number.rounded', { field: r.label(field), value: n, rounded });
  return rounded;
}

function readStreet(
  r: RowReader,
  env: ReadEnv,
): { streetId?: number; communityId?: number | null; streetName: string; communityName: string | null } {
  const streetText = r.text('street');
  const communityText = r.text('community');
  if (streetText === null) return { streetName: '', communityName: null };
  const street = env.places.street(streetText);
  if (!street.ok) {
    r.fail('street', street.code, street.params);
    return { streetName: '', communityName: null };
  }
  if (communityText === null)
    return { streetId: street.id, communityId: null, streetName: street.name, communityName: null };
  const community = env.places.community(street.id, street.name, communityText);
  if (!community.ok)
    return {
      streetId: street.id,
      communityId: r.fail('community', community.code, community.params),
      streetName: street.name,
      communityName: null,
    };
  return { streetId: street.id, communityId: community.id, streetName: street.name, communityName: community.name };
}

/** 托养机构: one row per institution; modes and services may list several labels in one cell. */
export const institutionRows: KindReader<InstitutionRecord, 'institutions'> = {
  kind: 'institutions',
  read(r, env) {
    const place = readStreet(r, env);
    const modes = r.choices('modes', MODE_LABELS);
    const beds = readCapacity(r, 'beds');
    const dayPlaces = readCapacity(r, 'dayPlaces');
    // The schema checks these only once every other field is right; here they are shown with the rest.
    if (modes?.includes('residential') && beds !== undefined && (beds ?? 0) <= 0)
      r.fail('beds', 'institution.beds.requiredForResidential');
    if (modes?.includes('dayCare') && dayPlaces !== undefined && (dayPlaces ?? 0) <= 0)
      r.fail('dayPlaces', 'institution.dayPlaces.requiredForDayCare');
    const creditCode = r.id('creditCode');
    const draft: InstitutionCreateInput = {
      name: r.text('name') ?? '',
      creditCode,
      registrationNo: r.id('registrationNo'),
      registeringDept: r.text('registeringDept'),
      ownership: (r.choice('ownership', OWNERSHIP_LABELS) ?? '') as InstitutionCreateInput['ownership'],
      modes: (modes ?? []) as InstitutionCreateInput['modes'],
      streetId: place.streetId,
      communityId: place.communityId,
      address: r.text('address') ?? '',
      beds: beds ?? 0,
      dayPlaces: dayPlaces ?? 0,
      floorArea: readCapacity(r, 'floorArea'),
      personInCharge: r.name('personInCharge') ?? '',
      phone: r.id('phone') ?? '',
      services: (r.choices('services', SERVICE_LABELS) ?? []) as InstitutionCreateInput['services'],
      designationNo: r.id('designationNo'),
      designationDate: r.date('designationDate'),
      status: (r.choice('status', INSTITUTION_STATUS_LABELS) ?? undefined) as InstitutionCreateInput['status'],
      remarks: r.text('remarks'),
    };
    const parsed = institutionCreateInput.safeParse(draft);
    if (!parsed.success) r.addSchemaIssues(parsed.error.issues, fieldOfPath);
    const keys: RowKey[] = [];
    const code = creditCode ? parseCreditCode(creditCode) : null;
    if (code?.ok) keys.push({ field: 'creditCode', type: 'creditCode', value: code.value });
    if (draft.name) keys.push({ field: 'name', type: 'institutionName', value: normaliseLabel(draft.name) });
    if (r.errors.length > 0 || !parsed.success) return { record: null, keys };
    return { record: { input: parsed.data, streetName: place.streetName, communityName: place.communityName }, keys };
  },
};
