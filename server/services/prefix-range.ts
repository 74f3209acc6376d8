import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { prefixUpperBound } from '../../domain/person/search-key';

/** `column` starts with `prefix`, written as an index range (LIKE 'x%' cannot use an expression index). */
export const prefixRange = (column: SQL | SQLiteColumn, prefix: string): SQL =>
  sql`(${column} >= ${prefix} AND ${column} < ${prefixUpperBound(prefix)})`;
