import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';

export type RegisterDb = BetterSQLite3Database<typeof schema>;

export interface Register {
  db: RegisterDb;
  sqlite: Database.Database;
  file: string;
  /** Path of the copy taken before this open migrated the file, if it did. */
  backupFile: string | null;
  close(): void;
}

export interface OpenOptions {
  file: string;
  appVersion: string;
  /** Defaults to db/migrations next to this module (the build copies it beside the bundle). */
  migrationsFolder?: string;
  /** Lets each host load its own better-sqlite3 build (Node for tests, Electron's ABI for the desktop). */
  nativeBinding?: string;
}

/** The file was written by a newer version of the app; opening it could corrupt it. */
export class NewerRegisterError extends Error {
  readonly code = 'REGISTER_NEWER';
  constructor(readonly writtenBy: string | null) {
    super(
      `此数据文件由较新版本的软件${writtenBy ? `（${writtenBy}）` : ''}写入，当前版本无法安全打开。请升级本软件后再试，数据文件未作任何改动。`,
    );
  }
}

const MIGRATIONS_TABLE = '__drizzle_migrations';

export function defaultMigrationsFolder(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
}

export function openRegister(options: OpenOptions): Register {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const sqlite = new Database(options.file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    sqlite.pragma('busy_timeout = 5000');

    // Checked before switching to WAL: that switch rewrites the file header, and a newer file
    // (e.g. a restored backup, which VACUUM INTO leaves in rollback-journal mode) must stay untouched.
    const migrations = readMigrationFiles({ migrationsFolder });
    const applied = appliedMigrations(sqlite);
    const known = new Set(migrations.map((m) => m.hash));
    const newest = Math.max(0, ...migrations.map((m) => m.folderMillis));
    if (applied.some((a) => !known.has(a.hash) || a.createdAt > newest)) {
      throw new NewerRegisterError(readMeta(sqlite, 'app_version'));
    }

    // Durability first: a clerk's save must survive a power cut, so FULL on every open.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');

    const lastApplied = Math.max(0, ...applied.map((a) => a.createdAt));
    const pending = migrations.filter((m) => m.folderMillis > lastApplied);

    let backupFile: string | null = null;
    if (pending.length > 0 && applied.length > 0) backupFile = backupBeforeMigrate(sqlite, options.file);

    const db = drizzle(sqlite, { schema });
    if (pending.length > 0) migrate(db, { migrationsFolder, migrationsTable: MIGRATIONS_TABLE });
    writeMeta(sqlite, 'app_version', options.appVersion);

    return { db, sqlite, file: options.file, backupFile, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

function appliedMigrations(sqlite: Database.Database): { hash: string; createdAt: number }[] {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE);
  if (!table) return [];
  const rows = sqlite.prepare(`SELECT hash, created_at FROM ${MIGRATIONS_TABLE}`).all() as {
    hash: string;
    created_at: number | string;
  }[];
  return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.created_at) }));
}

function backupBeforeMigrate(sqlite: Database.Database, file: string): string {
  const dir = path.join(path.dirname(file), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.basename(file, path.extname(file))}-before-migrate-${stamp}.sqlite`);
  // VACUUM INTO writes a consistent, compact copy even while WAL frames are pending.
  sqlite.prepare('VACUUM INTO ?').run(target);
  return target;
}

function readMeta(sqlite: Database.Database, key: string): string | null {
  const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_meta'").get();
  if (!table) return null;
  const row = sqlite.prepare('SELECT value FROM schema_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

function writeMeta(sqlite: Database.Database, key: string, value: string): void {
  sqlite
    .prepare('INSERT INTO schema_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(key, value);
}
