import type { institutions } from '#db/schema';
import type { CareMode } from '#domain/institution/enums';
import type { InstitutionInput } from '#domain/institution/schema';
import type { Lifecycle } from './lifecycle';

type Stored = typeof institutions.$inferSelect;

/**
 * An institution's own fields as every writer supplies them: the form and the Excel import from
 * their validated input (institutionValues), a data package from its line with its place codes
 * resolved. Nothing is derived from them, so they are also the row.
 */
export type InstitutionValues = Pick<
  Stored,
  | 'name'
  | 'creditCode'
  | 'registrationNo'
  | 'registeringDept'
  | 'ownership'
  | 'modeResidential'
  | 'modeDayCare'
  | 'modeHomeCare'
  | 'streetId'
  | 'communityId'
  | 'address'
  | 'beds'
  | 'dayPlaces'
  | 'floorArea'
  | 'personInCharge'
  | 'phone'
  | 'services'
  | 'serviceContent'
  | 'designationNo'
  | 'designationDate'
  | 'status'
  | 'remarks'
>;

/** The columns a create or an update writes. */
export type InstitutionRow = InstitutionValues;

/** Validated input → the values it stands for: the list of care modes becomes one flag per mode. */
export function institutionValues(input: InstitutionInput): InstitutionValues {
  return {
    ...input,
    // The schema refuses an input without it; its output type still says "maybe undefined".
    streetId: input.streetId as number,
    modeResidential: input.modes.includes('residential'),
    modeDayCare: input.modes.includes('dayCare'),
    modeHomeCare: input.modes.includes('homeCare'),
  };
}

/**
 * The one mapping to the row drizzle writes, for the service, the import and the package merge
 * alike; fields picked one by one, so nothing a caller spreads in (an id, a version, the modes
 * list) reaches the table.
 */
export function institutionRow(v: InstitutionValues): InstitutionRow {
  return {
    name: v.name,
    creditCode: v.creditCode,
    registrationNo: v.registrationNo,
    registeringDept: v.registeringDept,
    ownership: v.ownership,
    modeResidential: v.modeResidential,
    modeDayCare: v.modeDayCare,
    modeHomeCare: v.modeHomeCare,
    streetId: v.streetId,
    communityId: v.communityId,
    address: v.address,
    beds: v.beds,
    dayPlaces: v.dayPlaces,
    floorArea: v.floorArea,
    personInCharge: v.personInCharge,
    phone: v.phone,
    services: v.services,
    serviceContent: v.serviceContent,
    designationNo: v.designationNo,
    designationDate: v.designationDate,
    status: v.status,
    remarks: v.remarks,
  };
}

/** The care modes an institution's flags stand for, in the order every screen lists them. */
export function modesOf(row: Pick<Stored, 'modeResidential' | 'modeDayCare' | 'modeHomeCare'>): CareMode[] {
  const modes: CareMode[] = [];
  if (row.modeResidential) modes.push('residential');
  if (row.modeDayCare) modes.push('dayCare');
  if (row.modeHomeCare) modes.push('homeCare');
  return modes;
}

/** The names of the street and community an institution's row points at, for the audit trail. */
export interface InstitutionPlaceNames {
  streetName: string | null;
  communityName: string | null;
}

/**
 * What the audit trail keeps of an institution, whichever way it was written: its fields as the
 * clerk sees them (modes as a list, places by id and by name). No row id or timestamps: the
 * audit row has its own.
 */
export function institutionSnapshot(row: InstitutionValues & Lifecycle, places: InstitutionPlaceNames) {
  return {
    name: row.name,
    creditCode: row.creditCode,
    registrationNo: row.registrationNo,
    registeringDept: row.registeringDept,
    ownership: row.ownership,
    modes: modesOf(row),
    streetId: row.streetId,
    streetName: places.streetName,
    communityId: row.communityId,
    communityName: places.communityName,
    address: row.address,
    beds: row.beds,
    dayPlaces: row.dayPlaces,
    floorArea: row.floorArea,
    personInCharge: row.personInCharge,
    phone: row.phone,
    services: row.services,
    serviceContent: row.serviceContent,
    designationNo: row.designationNo,
    designationDate: row.designationDate,
    status: row.status,
    remarks: row.remarks,
    archived: row.archivedAt !== null,
    version: row.version,
  };
}

export type InstitutionSnapshot = ReturnType<typeof institutionSnapshot>;
