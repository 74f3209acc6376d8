import type Database from 'better-sqlite3';
import type { SheetKind } from '../columns';
import { normaliseLabel } from './labels';

export interface Holder {
  id: number;
  name: string;
}

const BATCH = 500;

/** Where each register keeps its unique keys, by key type (institution names: see registerHolders). */
export const KEY_COLUMNS: Record<SheetKind, Partial<Record<string, { table: string; column: string }>>> = {
  persons: { residentId: { table: 'persons', column: 'resident_id' } },
  institutions: { creditCode: { table: 'institutions', column: 'credit_code' } },
  staff: { residentId: { table: 'staff', column: 'resident_id' } },
};

/**
 * Which of these values the register already holds, and by whom: a few hundred values per
 * query through the unique index, never a query per row and never the whole register in memory.
 */
export function registerHolders(
  sqlite: Database.Database,
  kind: SheetKind,
  type: string,
  values: readonly string[],
): Map<string, Holder> {
  const found = new Map<string, Holder>();
  if (type === 'institutionName') {
    // Institutions are few: compare names the way the sheet's names were normalised.
    const rows = sqlite
      .prepare('SELECT id, name FROM institutions WHERE archived_at IS NULL ORDER BY id')
      .all() as Holder[];
    const wanted = new Set(values);
    for (const r of rows) {
      const key = normaliseLabel(r.name);
      if (wanted.has(key) && !found.has(key)) found.set(key, r);
    }
    return found;
  }
  const target = KEY_COLUMNS[kind][type];
  if (!target) return found;
  const statements = new Map<number, Database.Statement>();
  const statement = (n: number) => {
    let s = statements.get(n);
    if (!s) {
      s = sqlite.prepare(
        `SELECT id, name, ${target.column} AS value FROM ${target.table} WHERE ${target.column} IN (${Array(n).fill('?').join(',')})`,
      );
      statements.set(n, s);
    }
    return s;
  };
  for (let i = 0; i < values.length; i += BATCH) {
    const batch = values.slice(i, i + BATCH);
    for (const r of statement(batch.length).all(...batch) as (Holder & { value: string })[])
      found.set(r.value, { id: r.id, name: r.name });
  }
  return found;
}

/** The last audit entry: every change to the register writes one, so an unchanged mark means an unchanged register. */
export function auditMark(sqlite: Database.Database): number {
  return (sqlite.prepare('SELECT coalesce(max(id), 0) AS m FROM audit_log').get() as { m: number }).m;
}
