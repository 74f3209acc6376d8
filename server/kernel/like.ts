import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { normaliseKeyword } from '#domain/search-keyword';

/** Backslash-escapes LIKE's wildcards (and the escape itself) so they match only themselves. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * `column` contains `text` literally (ASCII case-insensitive, as SQLite's LIKE): the one way a
 * service searches for a fragment. `%`, `_` and `\` a clerk types are searched for as themselves,
 * and control characters are dropped, since a NUL would end the pattern early.
 */
export function containsText(column: SQL | SQLiteColumn, text: string): SQL {
  return sql`${column} LIKE ${`%${escapeLike(normaliseKeyword(text))}%`} ESCAPE '\\'`;
}
