import type Database from 'better-sqlite3';

export interface Captured {
  sql: string;
  params: unknown[];
}

/**
 * Runs `fn` while recording every statement the app prepares on `sqlite` and the parameters it
 * binds, so the query plans shown are those of the app's real queries, not a re-typed copy.
 */
export async function captureStatements(sqlite: Database.Database, fn: () => Promise<unknown>): Promise<Captured[]> {
  const captured: Captured[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  const patched = (source: string) => {
    const stmt = prepare(source);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = stmt[method].bind(stmt) as (...args: unknown[]) => unknown;
      Object.defineProperty(stmt, method, {
        value: (...args: unknown[]) => {
          captured.push({ sql: source, params: args });
          return original(...args);
        },
      });
    }
    return stmt;
  };
  sqlite.prepare = patched as typeof sqlite.prepare;
  try {
    await fn();
  } finally {
    sqlite.prepare = prepare;
  }
  return captured;
}

/** EXPLAIN QUERY PLAN as an indented tree, one line per step. */
export function queryPlan(sqlite: Database.Database, { sql, params }: Captured): string[] {
  const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as {
    id: number;
    parent: number;
    detail: string;
  }[];
  const depth = new Map<number, number>([[0, 0]]);
  return rows.map((r) => {
    const d = (depth.get(r.parent) ?? 0) + 1;
    depth.set(r.id, d);
    return `${'  '.repeat(d - 1)}${r.detail}`;
  });
}
