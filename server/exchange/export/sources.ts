import type Database from 'better-sqlite3';
import type { SheetKind } from '../columns';
import { loadLookups, type Lookups, type RowSource } from './cells';
import { institutionRows } from './institution-rows';
import { personRows } from './person-rows';
import { staffRows } from './staff-rows';
import type { RegisterSheet } from './workbook-writer';

/** Each register's rows as the workbook writer pulls them. */
export const ROWS: Record<
  SheetKind,
  (sqlite: Database.Database, lookups: Lookups, includeArchived: boolean) => RowSource
> = {
  persons: personRows,
  institutions: institutionRows,
  staff: staffRows,
};

/** The row sources of the chosen registers, in the order given; nothing is read until the writer pulls. */
export function cellSources(
  sqlite: Database.Database,
  kinds: readonly SheetKind[],
  includeArchived: boolean,
): RegisterSheet[] {
  const lookups = loadLookups(sqlite);
  return kinds.map((kind) => ({ kind, rows: ROWS[kind](sqlite, lookups, includeArchived) }));
}
