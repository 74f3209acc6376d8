import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * 文件写入记录: every file the register writes to disk (Excel export, data package, key file),
 * written before the file is, so that a crash at any instant leaves a row that says how far the
 * write got. On the next start each pending row is settled: the file at its final name with the
 * recorded SHA-256 is completed (its audit / exchange-log row written), anything else is removed
 * and the row marked failed. A package number whose file may have reached its final name (the
 * final name was recorded) is never given out again.
 */
export const fileWrites = sqliteTable(
  'file_writes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['workbook', 'package', 'officeKey'] }).notNull(),
    status: text('status', { enum: ['pending', 'done', 'failed'] })
      .notNull()
      .default('pending'),
    actor: text('actor').notNull(),
    folder: text('folder').notNull(),
    tempPath: text('temp_path').notNull(),
    // Set (with sha256 and bytes) just before the rename: from then on the file may be at this name.
    finalPath: text('final_path'),
    sha256: text('sha256'),
    bytes: integer('bytes'),
    // The package number reserved for this write (packages only).
    sequence: integer('sequence'),
    // What the audit / exchange-log row will say, recorded with the final name so start-up can complete it.
    record: text('record', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    // Why it failed, or 'completedAtStartup'.
    note: text('note'),
    startedAt: text('started_at').notNull().default(now),
    finishedAt: text('finished_at'),
  },
  (t) => [index('file_writes_status_idx').on(t.status), index('file_writes_sequence_idx').on(t.kind, t.sequence)],
);

export type FileWriteRow = typeof fileWrites.$inferSelect;
