import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Who changed what and when; written in the same transaction as the change itself. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text('after', { mode: 'json' }).$type<Record<string, unknown> | null>(),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId)],
);

/** Facts about the register file itself (which app version last wrote it, office settings). */
export const schemaMeta = sqliteTable('schema_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export type AuditRow = typeof auditLog.$inferSelect;
