import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** 行政区划: district → street (街道/镇) → community (社区/村). */
export const divisions = sqliteTable(
  'divisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // 6-digit county code (GB/T 2260) or 12-digit statistical code; text, never a number.
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    level: text('level', { enum: ['district', 'street', 'community'] }).notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => divisions.id),
    // Codes shipped with the app that the office has not confirmed against the yearly list.
    codeVerified: integer('code_verified', { mode: 'boolean' }).notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    archivedAt: text('archived_at'),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [index('divisions_parent_idx').on(t.parentId)],
);

export type DivisionRow = typeof divisions.$inferSelect;
