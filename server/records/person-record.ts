import type { guardians, persons } from '#db/schema';
import { parseDisabilityCert } from '#domain/identity/disability-cert';
import { maskCertNumber, maskResidentId } from '#domain/masking';
import type { PersonInput } from '#domain/person/schema';
import type { Lifecycle } from './lifecycle';
import { nameKeys } from './person-keys';

type Stored = typeof persons.$inferSelect;

/**
 * A person's own fields as every writer supplies them: the form and the Excel import from their
 * validated input (personValues), a data package from its line with its place codes resolved.
 */
export type PersonValues = Pick<
  Stored,
  | 'name'
  | 'residentId'
  | 'sex'
  | 'birthDate'
  | 'certNumber'
  | 'category'
  | 'level'
  | 'certIssueDate'
  | 'hukouStreetId'
  | 'hukouCommunityId'
  | 'residenceStreetId'
  | 'residenceCommunityId'
  | 'address'
  | 'phone'
  | 'economicStatus'
  | 'status'
  | 'remarks'
>;

/** The columns a create or an update writes: the values and the pinyin search keys of the name. */
export type PersonRow = PersonValues & Pick<Stored, 'namePinyin' | 'nameInitials'>;

/** A guardian as the form, a sheet row and a package line all carry one. */
export type GuardianValues = Pick<typeof guardians.$inferSelect, 'name' | 'relation' | 'phone' | 'residentId'>;

/** Validated input → the values it stands for: sex and birth date from the ID, the certificate normalised. */
export function personValues(input: PersonInput): PersonValues {
  const cert = parseDisabilityCert(input.certNumber, input.residentId.id);
  return {
    name: input.name,
    residentId: input.residentId.id,
    sex: input.residentId.sex,
    birthDate: input.residentId.birthDate,
    certNumber: cert.ok ? cert.value.number : input.certNumber.toUpperCase(),
    category: input.category,
    level: input.level,
    certIssueDate: input.certIssueDate,
    hukouStreetId: input.hukouStreetId,
    hukouCommunityId: input.hukouCommunityId,
    // The schema refuses an input without it; its output type still says "maybe undefined".
    residenceStreetId: input.residenceStreetId as number,
    residenceCommunityId: input.residenceCommunityId,
    address: input.address,
    phone: input.phone,
    economicStatus: input.economicStatus,
    status: input.status,
    remarks: input.remarks,
  };
}

/**
 * The one mapping from a person's values to the row drizzle writes, for the service, the import
 * and the package merge alike. Fields are picked one by one, so nothing a caller spreads in by
 * mistake reaches the table.
 */
export function personRow(v: PersonValues): PersonRow {
  return {
    name: v.name,
    ...nameKeys(v.name),
    residentId: v.residentId,
    sex: v.sex,
    birthDate: v.birthDate,
    certNumber: v.certNumber,
    category: v.category,
    level: v.level,
    certIssueDate: v.certIssueDate,
    hukouStreetId: v.hukouStreetId,
    hukouCommunityId: v.hukouCommunityId,
    residenceStreetId: v.residenceStreetId,
    residenceCommunityId: v.residenceCommunityId,
    address: v.address,
    phone: v.phone,
    economicStatus: v.economicStatus,
    status: v.status,
    remarks: v.remarks,
  };
}

/** The guardian rows of a person, in the order given (the first is the one forms print). */
export function guardianRows(
  personId: number,
  list: readonly GuardianValues[],
): (GuardianValues & { personId: number; sortOrder: number })[] {
  return list.map((g, i) => ({
    personId,
    sortOrder: i,
    name: g.name,
    relation: g.relation,
    phone: g.phone,
    residentId: g.residentId,
  }));
}

/** The names of the places a person's row points at, for the audit trail to show. */
export interface PersonPlaceNames {
  hukouStreetName: string | null;
  hukouCommunityName: string | null;
  residenceStreetName: string | null;
  residenceCommunityName: string | null;
}

/**
 * What the audit trail keeps of a person, whichever way it was written: the resident ID, the
 * certificate number and every guardian's ID masked (PIPL: the log is no second copy of them),
 * places by id and by name. No row id or timestamps: the audit row has its own.
 */
export function personSnapshot(
  row: PersonValues & Lifecycle,
  guardianList: readonly GuardianValues[],
  places: PersonPlaceNames,
) {
  return {
    name: row.name,
    sex: row.sex,
    birthDate: row.birthDate,
    residentIdMasked: maskResidentId(row.residentId),
    certNumberMasked: maskCertNumber(row.certNumber),
    category: row.category,
    level: row.level,
    certIssueDate: row.certIssueDate,
    hukouStreetId: row.hukouStreetId,
    hukouStreetName: places.hukouStreetName,
    hukouCommunityId: row.hukouCommunityId,
    hukouCommunityName: places.hukouCommunityName,
    residenceStreetId: row.residenceStreetId,
    residenceStreetName: places.residenceStreetName,
    residenceCommunityId: row.residenceCommunityId,
    residenceCommunityName: places.residenceCommunityName,
    address: row.address,
    phone: row.phone,
    economicStatus: row.economicStatus,
    status: row.status,
    guardians: guardianList.map((g) => ({
      name: g.name,
      relation: g.relation,
      phone: g.phone,
      residentIdMasked: g.residentId ? maskResidentId(g.residentId) : null,
    })),
    remarks: row.remarks,
    archived: row.archivedAt !== null,
    version: row.version,
  };
}

export type PersonSnapshot = ReturnType<typeof personSnapshot>;
