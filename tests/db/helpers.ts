import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { defaultMigrationsFolder, openRegister, type OpenOptions, type Register } from '#db';

export const MIGRATIONS = defaultMigrationsFolder();

export interface JournalEntry {
  idx: number;
  version: string;
  when: number;
  tag: string;
  breakpoints: boolean;
}

export function readJournal(folder = MIGRATIONS): { entries: JournalEntry[] } & Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
}

/** A fresh temp folder per test, and every register opened in it closed afterwards. */
export function useTempDir(): { dir: () => string; open: (o: Partial<OpenOptions> & { file?: string }) => Register } {
  let dir: string | undefined;
  const opened: Register[] = [];
  afterEach(() => {
    for (const r of opened.splice(0)) if (r.sqlite.open) r.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const get = () => (dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'shr-db-')));
  return {
    dir: get,
    open: (o) => {
      const r = openRegister({ file: path.join(get(), 'register.sqlite'), appVersion: '0.1.0', ...o });
      opened.push(r);
      return r;
    },
  };
}

/** Folds pending WAL frames into the main file, so hashing the file sees every committed page. */
export function checkpointAndClose(r: Register): void {
  r.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  r.close();
}

export const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A plain read-only handle, to look at a file the way a support engineer would. */
export function peek<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export const tableNames = (db: Database.Database): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );

export const columnNames = (db: Database.Database, table: string): string[] =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((r) => r.name);

/** Copies the committed migrations to a temp folder, keeping only the first `count` journal entries. */
export function copyMigrations(target: string, count?: number): string {
  fs.cpSync(MIGRATIONS, target, { recursive: true });
  if (count !== undefined) {
    const journal = readJournal(target);
    journal.entries = journal.entries.slice(0, count);
    fs.writeFileSync(path.join(target, 'meta', '_journal.json'), JSON.stringify(journal, null, 2));
  }
  return target;
}

/** Appends a synthetic migration (SQL statements joined by drizzle's breakpoint) to a copied folder. */
export function addMigration(folder: string, tag: string, statements: string[]): void {
  fs.writeFileSync(path.join(folder, `${tag}.sql`), statements.join('\n--> statement-breakpoint\n'));
  const journal = readJournal(folder);
  const last = journal.entries.at(-1);
  journal.entries.push({
    idx: journal.entries.length,
    version: last?.version ?? '6',
    when: (last?.when ?? 0) + 60_000,
    tag,
    breakpoints: true,
  });
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal, null, 2));
}
