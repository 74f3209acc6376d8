import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** 打印记录: what was printed or saved as PDF, by whom, of which records. The output is not kept. */
export const printJobs = sqliteTable(
  'print_jobs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    actor: text('actor').notNull(),
    document: text('document').notNull(),
    templateVersion: integer('template_version').notNull(),
    title: text('title').notNull(),
    recordIds: text('record_ids', { mode: 'json' }).$type<number[]>().notNull(),
    pages: integer('pages').notNull(),
    copies: integer('copies').notNull().default(1),
    output: text('output', { enum: ['print', 'pdf'] }).notNull(),
  },
  (t) => [index('print_jobs_document_idx').on(t.document, t.at)],
);
