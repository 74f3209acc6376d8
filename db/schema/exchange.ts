import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { SHEET_ENTITIES } from '#domain/registers';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * 下级单位: the offices whose data packages this office accepts, each with the Ed25519 public key
 * it registered (from the office's .shrkey file). The last applied sequence number is what makes a
 * replayed or out-of-order package refusable.
 */
export const packageOffices = sqliteTable('package_offices', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // 行政区划代码 of the office (street 12 digits, district 6): text, never a number.
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  level: text('level', { enum: ['street', 'district', 'city'] }).notNull(),
  // SPKI DER, base64; fingerprint = SHA-256 of those bytes, hex.
  publicKey: text('public_key').notNull(),
  fingerprint: text('fingerprint').notNull(),
  lastSequence: integer('last_sequence').notNull().default(0),
  // SHA-256 of the signed manifest of the last package applied: the package's identity.
  lastManifestSha256: text('last_manifest_sha256'),
  lastImportedAt: text('last_imported_at'),
  registeredBy: text('registered_by').notNull(),
  registeredAt: text('registered_at').notNull().default(now),
  archivedAt: text('archived_at'),
});

/** 交换记录: every package written and every import attempt, refused ones included. */
export const packageLog = sqliteTable(
  'package_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    actor: text('actor').notNull(),
    direction: text('direction', { enum: ['export', 'import'] }).notNull(),
    outcome: text('outcome', { enum: ['exported', 'imported', 'alreadyImported', 'refused'] }).notNull(),
    // The office the package came from (for an export: this office). Null when the file could not be read.
    officeCode: text('office_code'),
    officeName: text('office_name'),
    sequence: integer('sequence'),
    fileName: text('file_name'),
    filePath: text('file_path'),
    fileSha256: text('file_sha256'),
    manifestSha256: text('manifest_sha256'),
    // Rows per part as the manifest lists them, and the merge counts of an import.
    rows: text('rows', { mode: 'json' }).$type<Record<string, number> | null>(),
    result: text('result', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    // Message code (and params) of a refusal.
    reasonCode: text('reason_code'),
    reasonParams: text('reason_params', { mode: 'json' }).$type<Record<string, string | number> | null>(),
  },
  (t) => [index('package_log_at_idx').on(t.at), index('package_log_manifest_idx').on(t.manifestSha256)],
);

/**
 * 冲突: a lower office sent a record this office also holds (its own, or another office's) with
 * different data. Nothing was overwritten; the clerk keeps ours or takes theirs. At most one open
 * conflict per office and record: a later package replaces the incoming side.
 */
export const packageConflicts = sqliteTable(
  'package_conflicts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    officeCode: text('office_code').notNull(),
    sequence: integer('sequence').notNull(),
    entity: text('entity', { enum: SHEET_ENTITIES }).notNull(),
    naturalKey: text('natural_key').notNull(),
    localRecordId: integer('local_record_id'),
    incoming: text('incoming', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    localSnapshot: text('local_snapshot', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    // differs: same record, other data; permitTaken: a 上岗证 number of the package is held here by someone else.
    reason: text('reason', { enum: ['differs', 'permitTaken'] })
      .notNull()
      .default('differs'),
    status: text('status', { enum: ['open', 'kept', 'taken'] })
      .notNull()
      .default('open'),
    createdAt: text('created_at').notNull().default(now),
    resolvedBy: text('resolved_by'),
    resolvedAt: text('resolved_at'),
  },
  (t) => [
    uniqueIndex('package_conflicts_open_uq')
      .on(t.officeCode, t.entity, t.naturalKey)
      .where(sql`${t.status} = 'open'`),
    index('package_conflicts_status_idx').on(t.status, t.id),
  ],
);

/**
 * 来源单位 of records that came in a package (no row = entered by this office). Kept beside the
 * registers rather than as a column on each, so the registers' own services need not know about it.
 */
export const recordOrigins = sqliteTable(
  'record_origins',
  {
    entity: text('entity', { enum: SHEET_ENTITIES }).notNull(),
    recordId: integer('record_id').notNull(),
    officeCode: text('office_code').notNull(),
    sequence: integer('sequence').notNull(),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.entity, t.recordId] }), index('record_origins_office_idx').on(t.officeCode)],
);

export type PackageOfficeRow = typeof packageOffices.$inferSelect;
export type PackageLogRow = typeof packageLog.$inferSelect;
export type PackageConflictRow = typeof packageConflicts.$inferSelect;
