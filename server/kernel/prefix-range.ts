import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { prefixUpperBound } from '#domain/person/search-key';

/** `column` starts with `prefix`, written as an index range (LIKE 'x%' cannot use an expression index). */
export function prefixRange(column: SQL | SQLiteColumn, prefix: string): SQL {
  const upper = prefixUpperBound(prefix);
  return upper === null ? sql`(${column} >= ${prefix})` : sql`(${column} >= ${prefix} AND ${column} < ${upper})`;
}
