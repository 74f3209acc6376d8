import { asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
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
import type { SheetKind } from '#domain/registers';
import type { ReadHandle } from '#server/kernel';
import {
  type DivisionRow,
  institutionKey,
  type InstitutionRow,
  normaliseInstitution,
  normalisePerson,
  normaliseStaff,
  type PartRow,
  type PersonRow,
  type StaffRow,
} from './rows';

/** A local record in package form, with what an update needs to keep. */
export interface Collected<R> {
  id: number;
  row: R;
  version: number;
  archivedAt: string | null;
}

/**
 * Sub-records of the rows read: all of them for a whole export, else only those of these rows
 * (callers narrow `where` to a few hundred records at a time, within SQLite's parameter limit).
 */
const ofRows = (where: SQL | undefined, column: SQLiteColumn, ids: number[]): SQL | undefined =>
  where === undefined ? undefined : inArray(column, ids);

/** Groups rows by their parent id, keeping the query's order. */
function groupBy<T>(rows: T[], parentOf: (r: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const r of rows) {
    const list = map.get(parentOf(r));
    if (list) list.push(r);
    else map.set(parentOf(r), [r]);
  }
  return map;
}

/** Division codes by row id: records name their places by code in a package. */
export function divisionCodes(tx: ReadHandle): Map<number, string> {
  return new Map(
    tx
      .select({ id: divisions.id, code: divisions.code })
      .from(divisions)
      .all()
      .map((d) => [d.id, d.code]),
  );
}

export function collectDivisions(tx: ReadHandle): DivisionRow[] {
  const rows = tx.select().from(divisions).orderBy(asc(divisions.code)).all();
  const codes = new Map(rows.map((d) => [d.id, d.code]));
  return rows.map((d) => ({
    code: d.code,
    name: d.name,
    level: d.level,
    parentCode: d.parentId === null ? null : (codes.get(d.parentId) ?? null),
    codeVerified: d.codeVerified,
    archived: d.archivedAt !== null,
  }));
}

const codeOf = (codes: Map<number, string>, id: number | null): string | null =>
  id === null ? null : (codes.get(id) ?? null);

/** Institution natural keys by row id (for enrolments and employers). */
export function institutionKeys(tx: ReadHandle, codes = divisionCodes(tx)): Map<number, string> {
  return new Map(
    tx
      .select({
        id: institutions.id,
        name: institutions.name,
        creditCode: institutions.creditCode,
        streetId: institutions.streetId,
      })
      .from(institutions)
      .all()
      .map((i) => [
        i.id,
        institutionKey({ name: i.name, creditCode: i.creditCode, streetCode: codeOf(codes, i.streetId) ?? '' }),
      ]),
  );
}

/** Institutions as package rows, with their row ids; `where` narrows to one record for a comparison. */
export function collectInstitutions(
  tx: ReadHandle,
  where?: SQL,
  codes = divisionCodes(tx),
): Collected<InstitutionRow>[] {
  const rows = tx.select().from(institutions).where(where).orderBy(asc(institutions.id)).all();
  if (where !== undefined && rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const assessments = groupBy(
    tx
      .select()
      .from(institutionAssessments)
      .where(ofRows(where, institutionAssessments.institutionId, ids))
      .all(),
    (a) => a.institutionId,
  );
  return rows.map((i) => ({
    id: i.id,
    version: i.version,
    archivedAt: i.archivedAt,
    row: normaliseInstitution({
      name: i.name,
      creditCode: i.creditCode,
      registrationNo: i.registrationNo,
      registeringDept: i.registeringDept,
      ownership: i.ownership,
      modeResidential: i.modeResidential,
      modeDayCare: i.modeDayCare,
      modeHomeCare: i.modeHomeCare,
      streetCode: codeOf(codes, i.streetId) ?? '',
      communityCode: codeOf(codes, i.communityId),
      address: i.address,
      beds: i.beds,
      dayPlaces: i.dayPlaces,
      floorArea: i.floorArea,
      personInCharge: i.personInCharge,
      phone: i.phone,
      services: i.services,
      serviceContent: i.serviceContent,
      designationNo: i.designationNo,
      designationDate: i.designationDate,
      status: i.status,
      remarks: i.remarks,
      archived: i.archivedAt !== null,
      assessments: (assessments.get(i.id) ?? []).map((a) => ({
        year: a.year,
        score: a.score,
        grade: a.grade,
        commended: a.commended,
        remarks: a.remarks,
      })),
    }),
  }));
}

export function collectPersons(
  tx: ReadHandle,
  where?: SQL,
  codes = divisionCodes(tx),
  instKeys = institutionKeys(tx, codes),
): Collected<PersonRow>[] {
  const rows = tx.select().from(persons).where(where).orderBy(asc(persons.id)).all();
  if (where !== undefined && rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const guardianRows = groupBy(
    tx
      .select()
      .from(guardians)
      .where(ofRows(where, guardians.personId, ids))
      .orderBy(asc(guardians.sortOrder), asc(guardians.id))
      .all(),
    (g) => g.personId,
  );
  const surveys = groupBy(
    tx
      .select()
      .from(needsSurveys)
      .where(ofRows(where, needsSurveys.personId, ids))
      .all(),
    (s) => s.personId,
  );
  const enrols = groupBy(
    tx
      .select()
      .from(enrolments)
      .where(ofRows(where, enrolments.personId, ids))
      .all(),
    (e) => e.personId,
  );
  return rows.map((p) => ({
    id: p.id,
    version: p.version,
    archivedAt: p.archivedAt,
    row: normalisePerson({
      name: p.name,
      residentId: p.residentId,
      sex: p.sex,
      birthDate: p.birthDate,
      certNumber: p.certNumber,
      category: p.category,
      level: p.level,
      certIssueDate: p.certIssueDate,
      hukouStreetCode: codeOf(codes, p.hukouStreetId),
      hukouCommunityCode: codeOf(codes, p.hukouCommunityId),
      residenceStreetCode: codeOf(codes, p.residenceStreetId) ?? '',
      residenceCommunityCode: codeOf(codes, p.residenceCommunityId),
      address: p.address,
      phone: p.phone,
      economicStatus: p.economicStatus,
      status: p.status,
      remarks: p.remarks,
      archived: p.archivedAt !== null,
      guardians: (guardianRows.get(p.id) ?? []).map((g) => ({
        name: g.name,
        relation: g.relation,
        phone: g.phone,
        residentId: g.residentId,
      })),
      surveys: (surveys.get(p.id) ?? []).map((s) => ({
        surveyDate: s.surveyDate,
        surveyor: s.surveyor,
        wantedMode: s.wantedMode,
        wantedServices: s.wantedServices,
        remarks: s.remarks,
      })),
      enrolments: (enrols.get(p.id) ?? []).map((e) => ({
        mode: e.mode,
        institution: e.institutionId === null ? null : (instKeys.get(e.institutionId) ?? null),
        startDate: e.startDate,
        endDate: e.endDate,
        exitReason: e.exitReason,
        remarks: e.remarks,
      })),
    }),
  }));
}

export function collectStaff(
  tx: ReadHandle,
  where?: SQL,
  codes = divisionCodes(tx),
  instKeys = institutionKeys(tx, codes),
): Collected<StaffRow>[] {
  const rows = tx.select().from(staff).where(where).orderBy(asc(staff.id)).all();
  if (where !== undefined && rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const quals = groupBy(
    tx
      .select()
      .from(qualifications)
      .where(ofRows(where, qualifications.staffId, ids))
      .all(),
    (q) => q.staffId,
  );
  const training = groupBy(
    tx
      .select()
      .from(trainingRecords)
      .where(ofRows(where, trainingRecords.staffId, ids))
      .orderBy(asc(trainingRecords.id))
      .all(),
    (t) => t.staffId,
  );
  const permits = groupBy(
    tx
      .select()
      .from(workPermits)
      .where(ofRows(where, workPermits.staffId, ids))
      .all(),
    (p) => p.staffId,
  );
  return rows.map((s) => {
    const trainingList = training.get(s.id) ?? [];
    const trainingIndex = new Map(trainingList.map((t, i) => [t.id, i]));
    return {
      id: s.id,
      version: s.version,
      archivedAt: s.archivedAt,
      row: normaliseStaff({
        name: s.name,
        residentId: s.residentId,
        sex: s.sex,
        birthDate: s.birthDate,
        phone: s.phone,
        employer: s.employerInstitutionId === null ? null : (instKeys.get(s.employerInstitutionId) ?? null),
        post: s.post,
        hireDate: s.hireDate,
        leaveDate: s.leaveDate,
        remarks: s.remarks,
        archived: s.archivedAt !== null,
        qualifications: (quals.get(s.id) ?? []).map((q) => ({
          type: q.type,
          number: q.number,
          issuer: q.issuer,
          issueDate: q.issueDate,
          expiryDate: q.expiryDate,
        })),
        training: trainingList.map((t) => ({
          course: t.course,
          organiser: t.organiser,
          startDate: t.startDate,
          endDate: t.endDate,
          hours: t.hours,
          result: t.result,
          certificateNo: t.certificateNo,
        })),
        permits: (permits.get(s.id) ?? []).map((p) => ({
          number: p.number,
          year: p.year,
          seq: p.seq,
          issueDate: p.issueDate,
          validUntil: p.validUntil,
          issuer: p.issuer,
          training: trainingIndex.get(p.trainingRecordId) ?? 0,
          status: p.status,
          statusReason: p.statusReason,
          statusChangedAt: p.statusChangedAt,
        })),
      }),
    };
  });
}

/**
 * A travelling register's records in package form. Division codes and institution keys are
 * read when not given (institutions need no institution keys).
 */
type Collector<K extends SheetKind> = (
  tx: ReadHandle,
  where?: SQL,
  codes?: Map<number, string>,
  instKeys?: Map<number, string>,
) => Collected<PartRow<K>>[];

export const COLLECTORS: { [K in SheetKind]: Collector<K> } = {
  persons: collectPersons,
  institutions: collectInstitutions,
  staff: collectStaff,
};

export const ID_COLUMNS: Record<SheetKind, SQLiteColumn> = {
  persons: persons.id,
  institutions: institutions.id,
  staff: staff.id,
};

/** One local record by row id, in package form, or null when it is gone. */
export function collectById<K extends SheetKind>(
  tx: ReadHandle,
  kind: K,
  id: number,
  codes?: Map<number, string>,
  instKeys?: Map<number, string>,
): Collected<PartRow<K>> | null {
  const collect: Collector<K> = COLLECTORS[kind];
  return collect(tx, eq(ID_COLUMNS[kind], id), codes, instKeys)[0] ?? null;
}
