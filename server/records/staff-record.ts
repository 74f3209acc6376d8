import type { staff } from '#db/schema';
import { maskResidentId } from '#domain/masking';
import type { StaffInput } from '#domain/staff/schema';
import type { Lifecycle } from './lifecycle';
import { nameKeys } from './person-keys';

type Stored = typeof staff.$inferSelect;

/**
 * A staff member's own fields as every writer supplies them: the form and the Excel import from
 * their validated input (staffValues), a data package from its line with the employer resolved.
 */
export type StaffValues = Pick<
  Stored,
  | 'name'
  | 'residentId'
  | 'sex'
  | 'birthDate'
  | 'phone'
  | 'employerInstitutionId'
  | 'post'
  | 'hireDate'
  | 'leaveDate'
  | 'remarks'
>;

/** The columns a create or an update writes: the values and the pinyin search keys of the name. */
export type StaffRow = StaffValues & Pick<Stored, 'namePinyin' | 'nameInitials'>;

/** Validated input → the values it stands for: sex and birth date come from the ID. */
export function staffValues(input: StaffInput): StaffValues {
  return {
    name: input.name,
    residentId: input.residentId.id,
    sex: input.residentId.sex,
    birthDate: input.residentId.birthDate,
    phone: input.phone,
    employerInstitutionId: input.employerInstitutionId,
    post: input.post,
    hireDate: input.hireDate,
    leaveDate: input.leaveDate,
    remarks: input.remarks,
  };
}

/**
 * The one mapping from a staff member's values to the row drizzle writes, for the service, the
 * import and the package merge alike; fields picked one by one, so nothing else reaches the table.
 */
export function staffRow(v: StaffValues): StaffRow {
  return {
    name: v.name,
    ...nameKeys(v.name),
    residentId: v.residentId,
    sex: v.sex,
    birthDate: v.birthDate,
    phone: v.phone,
    employerInstitutionId: v.employerInstitutionId,
    post: v.post,
    hireDate: v.hireDate,
    leaveDate: v.leaveDate,
    remarks: v.remarks,
  };
}

/**
 * What the audit trail keeps of a staff member, whichever way it was written: the resident ID
 * masked (PIPL: the log is no second copy of it), the employer by id and by name. No row id or
 * timestamps: the audit row has its own.
 */
export function staffSnapshot(row: StaffValues & Lifecycle, employerName: string | null) {
  return {
    name: row.name,
    sex: row.sex,
    birthDate: row.birthDate,
    residentIdMasked: maskResidentId(row.residentId),
    phone: row.phone,
    employerInstitutionId: row.employerInstitutionId,
    employerName,
    post: row.post,
    hireDate: row.hireDate,
    leaveDate: row.leaveDate,
    remarks: row.remarks,
    archived: row.archivedAt !== null,
    version: row.version,
  };
}

export type StaffSnapshot = ReturnType<typeof staffSnapshot>;
