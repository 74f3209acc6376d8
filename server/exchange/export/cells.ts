import type Database from 'better-sqlite3';

/** What a spreadsheet cell gets: text, a number, or nothing (an empty cell, not an empty string). */
export type Cell = string | number | null;

/** One register row keyed by the column keys of server/exchange/columns.ts. */
export type SheetRow = Record<string, Cell>;

/** A register's rows as the workbook writer pulls them, one at a time. */
export type RowSource = Iterable<SheetRow>;

/** The Chinese label of a stored value; an unknown value is written as stored rather than lost. */
export const label = (labels: Readonly<Record<string, string>>, value: string | null): Cell =>
  value === null ? null : (labels[value] ?? value);

/** Several labels in one cell, the way paper forms list them: 寄宿制托养、日间照料. */
export const labelList = (labels: Readonly<Record<string, string>>, values: readonly string[]): Cell =>
  values.length ? values.map((v) => labels[v] ?? v).join('、') : null;

const nameOf = (names: ReadonlyMap<number, string>, id: number | null): Cell =>
  id === null ? null : (names.get(id) ?? null);

/** Names of divisions and institutions by id: small tables, read once so the big row query needs no joins for them. */
export interface Lookups {
  division(id: number | null): Cell;
  institution(id: number | null): Cell;
}

export function loadLookups(sqlite: Database.Database): Lookups {
  const map = (sql: string) =>
    new Map((sqlite.prepare(sql).raw().all() as [number, string][]).map(([id, name]) => [id, name]));
  const divisions = map('SELECT id, name FROM divisions');
  const institutions = map('SELECT id, name FROM institutions');
  return { division: (id) => nameOf(divisions, id), institution: (id) => nameOf(institutions, id) };
}

/**
 * Rows in id order, read a page at a time with `.all()`: no statement stays open between pages,
 * so while the writer waits for the file to catch up, the same connection keeps serving the
 * clerk's other requests (an open `.iterate()` would make it refuse them as busy).
 */
export function* keysetPages<R extends { id: number }>(
  statement: Database.Statement,
  params: Record<string, unknown>,
  pageSize = 2000,
): Generator<R> {
  let after = 0;
  for (;;) {
    const page = statement.all({ ...params, after, limit: pageSize }) as R[];
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.id;
  }
}
