import { eq } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { schemaMeta } from './schema';

// Accepts the database or a transaction, so a setting can change inside the user's action.
type Db = BaseSQLiteDatabase<'sync', unknown, Record<string, unknown>>;

export function getMeta(db: Db, key: string): string | null {
  return db.select({ value: schemaMeta.value }).from(schemaMeta).where(eq(schemaMeta.key, key)).get()?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.insert(schemaMeta).values({ key, value }).onConflictDoUpdate({ target: schemaMeta.key, set: { value } }).run();
}
