import { and, eq, ne, or } from 'drizzle-orm';
import {
  divisions,
  enrolments,
  guardians,
  institutionAssessments,
  institutions,
  needsSurveys,
  persons,
  qualifications,
  staff,
  trainingRecords,
  workPermits,
} from '#db/schema';
import { nowIso } from '#server/kernel';
import { institutionRow, institutionSnapshot } from '#server/records/institution-record';
import { guardianRows, personRow, personSnapshot } from '#server/records/person-record';
import { staffRow, staffSnapshot } from '#server/records/staff-record';
import { institutionId, type MergeContext, placeId } from './merge-context';
import { PackageRefusal } from '#server/kernel/package-refusal';
import { canonicalJson, type InstitutionRow, type PersonRow, type StaffRow } from './rows';

/**
 * Writes a package line onto a local record (or a new one). Sub-record lists are replaced only
 * when they differ, so an update touches what changed and nothing else.
 */
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const archivedAt = (archived: boolean, before: string | null | undefined) => (archived ? (before ?? nowIso()) : null);

/**
 * A record written: its local id, and what the audit trail keeps of it as the service and the
 * import keep it (records/), made only when asked for (an update is audited by what changed).
 */
export interface Written {
  id: number;
  snapshot: () => object;
}

type Local<R> = { id: number; row: R; version: number; archivedAt: string | null } | null;

const divisionNames = new WeakMap<MergeContext, Map<number, string | null>>();

/** A local division's name; a merge names the same few streets and communities again and again. */
function placeName(m: MergeContext, id: number | null): string | null {
  if (id === null) return null;
  let names = divisionNames.get(m);
  if (!names) divisionNames.set(m, (names = new Map()));
  if (!names.has(id))
    names.set(
      id,
      m.tx.select({ name: divisions.name }).from(divisions).where(eq(divisions.id, id)).get()?.name ?? null,
    );
  return names.get(id) ?? null;
}

const institutionName = (m: MergeContext, id: number | null): string | null =>
  id === null
    ? null
    : (m.tx.select({ name: institutions.name }).from(institutions).where(eq(institutions.id, id)).get()?.name ?? null);

export function writeInstitution(m: MergeContext, row: InstitutionRow, local: Local<InstitutionRow>): Written {
  const { assessments, archived, streetCode, communityCode, ...fields } = row;
  const values = institutionRow({
    ...fields,
    streetId: placeId(m, streetCode, 'street'),
    communityId: placeId(m, communityCode, 'community'),
  });
  const lifecycle = { archivedAt: archivedAt(archived, local?.archivedAt), version: local ? local.version + 1 : 1 };
  const written = (id: number): Written => ({
    id,
    snapshot: () =>
      institutionSnapshot(
        { ...values, ...lifecycle },
        { streetName: placeName(m, values.streetId), communityName: placeName(m, values.communityId) },
      ),
  });
  let id: number;
  if (local) {
    id = local.id;
    m.tx
      .update(institutions)
      .set({ ...values, ...lifecycle, updatedAt: nowIso() })
      .where(eq(institutions.id, id))
      .run();
    if (same(local.row.assessments, assessments)) return written(id);
    m.tx.delete(institutionAssessments).where(eq(institutionAssessments.institutionId, id)).run();
  } else {
    id = m.tx
      .insert(institutions)
      .values({ ...values, archivedAt: lifecycle.archivedAt })
      .returning({ id: institutions.id })
      .get().id;
  }
  for (const a of assessments)
    m.tx
      .insert(institutionAssessments)
      .values({ institutionId: id, ...a })
      .run();
  return written(id);
}

export function writePerson(m: MergeContext, row: PersonRow, local: Local<PersonRow>): Written {
  const {
    guardians: guardianList,
    surveys,
    enrolments: enrolmentList,
    archived,
    hukouStreetCode,
    hukouCommunityCode,
    residenceStreetCode,
    residenceCommunityCode,
    ...fields
  } = row;
  const values = personRow({
    ...fields,
    hukouStreetId: placeId(m, hukouStreetCode, 'street'),
    hukouCommunityId: placeId(m, hukouCommunityCode, 'community'),
    residenceStreetId: placeId(m, residenceStreetCode, 'street'),
    residenceCommunityId: placeId(m, residenceCommunityCode, 'community'),
  });
  const lifecycle = { archivedAt: archivedAt(archived, local?.archivedAt), version: local ? local.version + 1 : 1 };
  // Resolved before anything is written, so a missing institution refuses the package cleanly.
  const enrolmentValues = enrolmentList.map(({ institution, ...e }) => ({
    ...e,
    institutionId: institutionId(m, institution),
  }));
  let id: number;
  if (local) {
    id = local.id;
    m.tx
      .update(persons)
      .set({ ...values, ...lifecycle, updatedAt: nowIso() })
      .where(eq(persons.id, id))
      .run();
  } else {
    id = m.tx
      .insert(persons)
      .values({ ...values, archivedAt: lifecycle.archivedAt })
      .returning({ id: persons.id })
      .get().id;
  }
  if (!local || !same(local.row.guardians, guardianList)) {
    if (local) m.tx.delete(guardians).where(eq(guardians.personId, id)).run();
    for (const g of guardianRows(id, guardianList)) m.tx.insert(guardians).values(g).run();
  }
  if (!local || !same(local.row.surveys, surveys)) {
    if (local) m.tx.delete(needsSurveys).where(eq(needsSurveys.personId, id)).run();
    for (const s of surveys)
      m.tx
        .insert(needsSurveys)
        .values({ personId: id, ...s })
        .run();
  }
  if (!local || !same(local.row.enrolments, enrolmentList)) {
    if (local) m.tx.delete(enrolments).where(eq(enrolments.personId, id)).run();
    for (const e of enrolmentValues)
      m.tx
        .insert(enrolments)
        .values({ personId: id, ...e })
        .run();
  }
  const places = () => ({
    hukouStreetName: placeName(m, values.hukouStreetId),
    hukouCommunityName: placeName(m, values.hukouCommunityId),
    residenceStreetName: placeName(m, values.residenceStreetId),
    residenceCommunityName: placeName(m, values.residenceCommunityId),
  });
  return { id, snapshot: () => personSnapshot({ ...values, ...lifecycle }, guardianList, places()) };
}

/**
 * A 上岗证 number (or year + sequence) of the package that this register already gave to another
 * staff member: writing it would break the numbers' uniqueness, so the record becomes a conflict.
 */
export function takenPermit(m: Pick<MergeContext, 'tx'>, row: StaffRow, localId: number | null): string | null {
  for (const p of row.permits) {
    const clash = m.tx
      .select({ number: workPermits.number })
      .from(workPermits)
      .where(
        and(
          or(eq(workPermits.number, p.number), and(eq(workPermits.year, p.year), eq(workPermits.seq, p.seq))),
          localId === null ? undefined : ne(workPermits.staffId, localId),
        ),
      )
      .get();
    if (clash) return p.number;
  }
  return null;
}

export function writeStaff(m: MergeContext, row: StaffRow, local: Local<StaffRow>): Written {
  const { qualifications: quals, training, permits, archived, employer, ...fields } = row;
  if (permits.some((p) => p.training >= training.length)) throw new PackageRefusal('packages.file.tampered');
  const values = staffRow({ ...fields, employerInstitutionId: institutionId(m, employer) });
  const lifecycle = { archivedAt: archivedAt(archived, local?.archivedAt), version: local ? local.version + 1 : 1 };
  let id: number;
  if (local) {
    id = local.id;
    m.tx
      .update(staff)
      .set({ ...values, ...lifecycle, updatedAt: nowIso() })
      .where(eq(staff.id, id))
      .run();
  } else {
    id = m.tx
      .insert(staff)
      .values({ ...values, archivedAt: lifecycle.archivedAt })
      .returning({ id: staff.id })
      .get().id;
  }
  if (!local || !same(local.row.qualifications, quals)) {
    if (local) m.tx.delete(qualifications).where(eq(qualifications.staffId, id)).run();
    for (const q of quals)
      m.tx
        .insert(qualifications)
        .values({ staffId: id, ...q })
        .run();
  }
  // Permits point at the training they were issued on: the two lists are replaced together.
  if (!local || !same(local.row.training, training) || !same(local.row.permits, permits)) {
    if (local) {
      m.tx.delete(workPermits).where(eq(workPermits.staffId, id)).run();
      m.tx.delete(trainingRecords).where(eq(trainingRecords.staffId, id)).run();
    }
    const trainingIds = training.map(
      (t) =>
        m.tx
          .insert(trainingRecords)
          .values({ staffId: id, ...t })
          .returning({ id: trainingRecords.id })
          .get().id,
    );
    for (const { training: index, ...p } of permits) {
      m.tx
        .insert(workPermits)
        .values({ staffId: id, ...p, trainingRecordId: trainingIds[index] as number })
        .run();
    }
  }
  return {
    id,
    snapshot: () => staffSnapshot({ ...values, ...lifecycle }, institutionName(m, values.employerInstitutionId)),
  };
}
