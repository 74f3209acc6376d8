import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { auditLog, enrolments, guardians, institutions, persons, staff } from '../../../db/schema';
import { maskResidentId } from '../../../domain/masking';
import type { ImportCommitResult } from '../../contract/imports-types';
import { inTransaction, invalid, nowIso, type ServiceContext } from '../../kernel';
import { columns as institutionColumns } from '../../services/institution-service';
import { columns as personColumns } from '../../services/person-service';
import { columns as staffColumns } from '../../services/staff-service';
import type { InstitutionRecord } from './institutions-rows';
import type { PersonRecord } from './persons-rows';
import { auditMark } from './register-keys';
import type { StaffRecord } from './staff-rows';
import { saveTemplate } from './templates';
import { checkRows, type Validation } from './validate';

/** The register changed between the check and the write; the caller checks again. */
export class StaleValidation extends Error {}

type Row = Record<string, unknown>;

/**
 * One prepared INSERT for a drizzle table and a fixed set of its columns, converting values the
 * way drizzle does (booleans to 0/1, JSON columns to text): the same rows the services write,
 * without building a query per row.
 */
function inserter(sqlite: Database.Database, table: SQLiteTable, keys: readonly string[]): (row: Row) => number {
  const cols = getTableColumns(table);
  const defs = keys.map((k) => {
    const c = cols[k];
    if (!c) throw new Error(`${getTableName(table)} has no column ${k}`);
    return c;
  });
  const statement = sqlite.prepare(`INSERT INTO "${getTableName(table)}" (${defs.map((c) => `"${c.name}"`).join(', ')}) VALUES (${defs.map(() => '?').join(', ')})`);
  return (row) => {
    const values = keys.map((k, i) => {
      const v = row[k];
      return v === null || v === undefined ? null : (defs[i]?.mapToDriverValue(v) as unknown);
    });
    return Number(statement.run(...values).lastInsertRowid);
  };
}

interface Source {
  file: string;
  sheet: string;
}

type Writer = (record: unknown, row: number, source: Source) => { entityId: number; after: object; enrolled: boolean };

function personWriter(sqlite: Database.Database, sample: PersonRecord): Writer {
  const insert = inserter(sqlite, persons, Object.keys(personColumns(sample.input)));
  const insertGuardian = inserter(sqlite, guardians, ['personId', 'sortOrder', 'name', 'relation', 'phone', 'residentId']);
  const insertEnrolment = inserter(sqlite, enrolments, ['personId', 'mode', 'institutionId', 'startDate']);
  return (record, row, source) => {
    const { input, enrolment, placeNames } = record as PersonRecord;
    const values = personColumns(input);
    const id = insert(values);
    input.guardians.forEach((g, i) => insertGuardian({ personId: id, sortOrder: i, ...g }));
    if (enrolment) insertEnrolment({ personId: id, mode: enrolment.mode, institutionId: enrolment.institutionId, startDate: enrolment.startDate });
    // As in the persons service, the audit trail keeps masked IDs only.
    const after = {
      name: values.name,
      sex: values.sex,
      birthDate: values.birthDate,
      residentIdMasked: maskResidentId(values.residentId),
      certNumberMasked: maskResidentId(values.certNumber.slice(0, 18)) + values.certNumber.slice(18),
      category: values.category,
      level: values.level,
      certIssueDate: values.certIssueDate,
      hukouStreetName: placeNames.hukouStreet,
      hukouCommunityName: placeNames.hukouCommunity,
      residenceStreetName: placeNames.residenceStreet,
      residenceCommunityName: placeNames.residenceCommunity,
      address: values.address,
      phone: values.phone,
      economicStatus: values.economicStatus,
      status: values.status,
      guardians: input.guardians.map((g) => ({ name: g.name, relation: g.relation, phone: g.phone, residentIdMasked: g.residentId ? maskResidentId(g.residentId) : null })),
      remarks: values.remarks,
      enrolment: enrolment ? { mode: enrolment.mode, institutionName: enrolment.institutionName, startDate: enrolment.startDate } : null,
      source: { ...source, row },
    };
    return { entityId: id, after, enrolled: enrolment !== null };
  };
}

function staffWriter(sqlite: Database.Database, sample: StaffRecord): Writer {
  const insert = inserter(sqlite, staff, Object.keys(staffColumns(sample.input)));
  return (record, row, source) => {
    const { input, employerName } = record as StaffRecord;
    const values = staffColumns(input);
    const id = insert(values);
    const { namePinyin: _p, nameInitials: _i, residentId, employerInstitutionId: _e, ...rest } = values;
    return { entityId: id, after: { ...rest, residentIdMasked: maskResidentId(residentId), employerName, source: { ...source, row } }, enrolled: false };
  };
}

function institutionWriter(sqlite: Database.Database, sample: InstitutionRecord): Writer {
  const insert = inserter(sqlite, institutions, Object.keys(institutionColumns(sample.input)));
  return (record, row, source) => {
    const { input, streetName, communityName } = record as InstitutionRecord;
    const id = insert(institutionColumns(input));
    const { streetId: _s, communityId: _c, ...rest } = input;
    return { entityId: id, after: { ...rest, streetName, communityName, source: { ...source, row } }, enrolled: false };
  };
}

const ENTITY = { persons: 'person', staff: 'staff', institutions: 'institution' } as const;

function writerFor(sqlite: Database.Database, v: Validation, sample: unknown): Writer {
  if (v.kind === 'persons') return personWriter(sqlite, sample as PersonRecord);
  if (v.kind === 'staff') return staffWriter(sqlite, sample as StaffRecord);
  return institutionWriter(sqlite, sample as InstitutionRecord);
}

/**
 * Writes every valid row in ONE immediate transaction, with an audit entry per record (naming
 * its sheet and row) and one for the import as a whole, and remembers the mapping for sheets
 * with these headers. The valid rows are read again from the sheets (the validation keeps no
 * records, see validate.ts): with the register unchanged since `v` (checked first) they are the
 * same rows, and a different count rolls everything back as stale. Any failure rolls all of it
 * back. Throws StaleValidation (writing nothing) when the register changed after `v` was made.
 */
export function writeValidRows(ctx: ServiceContext, sqlite: Database.Database, v: Validation, fileName: string): ImportCommitResult {
  return inTransaction(ctx, (tx) => {
    if (auditMark(sqlite) !== v.mark) throw new StaleValidation();
    if (v.validRows === 0) throw invalid('importId', 'import.commit.nothing');
    const audit = inserter(sqlite, auditLog, ['at', 'actor', 'action', 'entity', 'entityId', 'after']);
    const at = nowIso();
    let write: Writer | null = null;
    let created = 0;
    let enrolled = 0;
    const pass = checkRows(ctx, v.kind, v.parts, v.placements, ({ part, row, record }) => {
      write ??= writerFor(sqlite, v, record);
      const { entityId, after, enrolled: placed } = write(record, row, { file: fileName, sheet: part.sheet.name });
      audit({ at, actor: ctx.actor, action: 'import', entity: ENTITY[v.kind], entityId, after });
      created += 1;
      if (placed) enrolled += 1;
    });
    let step = pass.next();
    while (!step.done) step = pass.next();
    if (created !== v.validRows || step.value.errorRows !== v.errorRows) throw new StaleValidation();
    const result: ImportCommitResult = { created, skipped: v.totalRows - created, enrolled };
    const first = v.parts[0];
    const sheets = v.parts.length > 1 ? { sheets: v.parts.map((p) => ({ sheet: p.sheet.name, headerRow: p.layout.headerRow })) } : {};
    audit({ at, actor: ctx.actor, action: 'import', entity: 'import', entityId: null, after: { kind: v.kind, file: fileName, sheet: first?.sheet.name, headerRow: first?.layout.headerRow, ...sheets, ...result } });
    if (first) saveTemplate(tx, v.kind, first.layout.columns.map((c) => c.header), first.mapping);
    return result;
  });
}
