import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { auditLog, enrolments, guardians, institutions, persons, staff } from '#db/schema';
import { REGISTERS, type SheetKind } from '#domain/registers';
import type { ImportCommitResult } from '#server/contract/imports-types';
import { inTransaction, invalid, nowIso, type ServiceContext } from '#server/kernel';
import { institutionRow, institutionSnapshot, institutionValues } from '#server/records/institution-record';
import { INSERTED } from '#server/records/lifecycle';
import { guardianRows, personRow, personSnapshot, personValues } from '#server/records/person-record';
import { staffRow, staffSnapshot, staffValues } from '#server/records/staff-record';
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
 * INSERTs into a drizzle table, one statement prepared per set of columns (a writer's rows all
 * come from one mapping in records/, so it prepares once), converting values the way drizzle
 * does (booleans to 0/1, JSON columns to text): the same rows the services write, without
 * building a query per row.
 */
function inserter(sqlite: Database.Database, table: SQLiteTable): (row: object) => number {
  const cols = getTableColumns(table);
  const prepared = new Map<string, { keys: string[]; defs: SQLiteColumn[]; statement: Database.Statement }>();
  const prepare = (keys: string[]) => {
    const defs = keys.map((k) => {
      const c = cols[k];
      if (!c) throw new Error(`${getTableName(table)} has no column ${k}`);
      return c;
    });
    const statement = sqlite.prepare(
      `INSERT INTO "${getTableName(table)}" (${defs.map((c) => `"${c.name}"`).join(', ')}) VALUES (${defs.map(() => '?').join(', ')})`,
    );
    return { keys, defs, statement };
  };
  return (row) => {
    const values = row as Row;
    const keys = Object.keys(values);
    const signature = keys.join(',');
    let p = prepared.get(signature);
    if (!p) {
      p = prepare(keys);
      prepared.set(signature, p);
    }
    const { defs, statement } = p;
    const args = keys.map((k, i) => {
      const v = values[k];
      return v === null || v === undefined ? null : (defs[i]?.mapToDriverValue(v) as unknown);
    });
    return Number(statement.run(...args).lastInsertRowid);
  };
}

interface Source {
  file: string;
  sheet: string;
}

/** Writes one valid record; returns its id and what the audit trail keeps of it. */
type Writer = (record: unknown, row: number, source: Source) => { entityId: number; after: object; enrolled: boolean };

function personWriter(sqlite: Database.Database): Writer {
  const insert = inserter(sqlite, persons);
  const insertGuardian = inserter(sqlite, guardians);
  const insertEnrolment = inserter(sqlite, enrolments);
  return (record, row, source) => {
    const { input, enrolment, placeNames } = record as PersonRecord;
    const values = personRow(personValues(input));
    const id = insert(values);
    for (const g of guardianRows(id, input.guardians)) insertGuardian(g);
    if (enrolment)
      insertEnrolment({
        personId: id,
        mode: enrolment.mode,
        institutionId: enrolment.institutionId,
        startDate: enrolment.startDate,
      });
    const places = {
      hukouStreetName: placeNames.hukouStreet,
      hukouCommunityName: placeNames.hukouCommunity,
      residenceStreetName: placeNames.residenceStreet,
      residenceCommunityName: placeNames.residenceCommunity,
    };
    const after = {
      ...personSnapshot({ ...values, ...INSERTED }, input.guardians, places),
      // The placement is written with the person here (elsewhere it is an event of its own).
      enrolment: enrolment
        ? { mode: enrolment.mode, institutionName: enrolment.institutionName, startDate: enrolment.startDate }
        : null,
      source: { ...source, row },
    };
    return { entityId: id, after, enrolled: enrolment !== null };
  };
}

function staffWriter(sqlite: Database.Database): Writer {
  const insert = inserter(sqlite, staff);
  return (record, row, source) => {
    const { input, employerName } = record as StaffRecord;
    const values = staffRow(staffValues(input));
    const id = insert(values);
    return {
      entityId: id,
      after: { ...staffSnapshot({ ...values, ...INSERTED }, employerName), source: { ...source, row } },
      enrolled: false,
    };
  };
}

function institutionWriter(sqlite: Database.Database): Writer {
  const insert = inserter(sqlite, institutions);
  return (record, row, source) => {
    const { input, streetName, communityName } = record as InstitutionRecord;
    const values = institutionRow(institutionValues(input));
    const id = insert(values);
    return {
      entityId: id,
      after: {
        ...institutionSnapshot({ ...values, ...INSERTED }, { streetName, communityName }),
        source: { ...source, row },
      },
      enrolled: false,
    };
  };
}

/** One writer per sheet kind: a kind added to domain/registers.ts is a compile error until it has one. */
const WRITERS: Record<SheetKind, (sqlite: Database.Database) => Writer> = {
  persons: personWriter,
  institutions: institutionWriter,
  staff: staffWriter,
};

/**
 * Writes every valid row in ONE immediate transaction, with an audit entry per record (naming
 * its sheet and row) and one for the import as a whole, and remembers the mapping for sheets
 * with these headers. The valid rows are read again from the sheets (the validation keeps no
 * records, see validate.ts): with the register unchanged since `v` (checked first) they are the
 * same rows, and a different count rolls everything back as stale. Any failure rolls all of it
 * back. Throws StaleValidation (writing nothing) when the register changed after `v` was made.
 */
export function writeValidRows(
  ctx: ServiceContext,
  sqlite: Database.Database,
  v: Validation,
  fileName: string,
): ImportCommitResult {
  return inTransaction(ctx, (tx) => {
    if (auditMark(sqlite) !== v.mark) throw new StaleValidation();
    if (v.validRows === 0) throw invalid('importId', 'import.commit.nothing');
    const audit = inserter(sqlite, auditLog);
    const at = nowIso();
    const write = WRITERS[v.kind](sqlite);
    const entity = REGISTERS[v.kind].entity;
    let created = 0;
    let enrolled = 0;
    const pass = checkRows(ctx, v.kind, v.parts, v.placements, ({ part, row, record }) => {
      const { entityId, after, enrolled: placed } = write(record, row, { file: fileName, sheet: part.sheet.name });
      audit({ at, actor: ctx.actor, action: 'import', entity, entityId, after });
      created += 1;
      if (placed) enrolled += 1;
    });
    let step = pass.next();
    while (!step.done) step = pass.next();
    if (created !== v.validRows || step.value.errorRows !== v.errorRows) throw new StaleValidation();
    const result: ImportCommitResult = { created, skipped: v.totalRows - created, enrolled };
    const first = v.parts[0];
    const sheets =
      v.parts.length > 1
        ? { sheets: v.parts.map((p) => ({ sheet: p.sheet.name, headerRow: p.layout.headerRow })) }
        : {};
    audit({
      at,
      actor: ctx.actor,
      action: 'import',
      entity: 'import',
      entityId: null,
      after: {
        kind: v.kind,
        file: fileName,
        sheet: first?.sheet.name,
        headerRow: first?.layout.headerRow,
        ...sheets,
        ...result,
      },
    });
    if (first)
      saveTemplate(
        tx,
        v.kind,
        first.layout.columns.map((c) => c.header),
        first.mapping,
      );
    return result;
  });
}
