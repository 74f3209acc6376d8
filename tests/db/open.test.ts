import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getMeta, NewerRegisterError } from '#db';
import { divisions, institutions } from '#db/schema';
import type { Register } from '#db';
import { makeCreditCode } from '../fixtures/synthetic';
import {
  addMigration,
  checkpointAndClose,
  columnNames,
  copyMigrations,
  peek,
  readJournal,
  sha256,
  tableNames,
  useTempDir,
} from './helpers';

const tmp = useTempDir();

/** One street and one institution, written the way the services write them. */
function insertSample(r: Register, name = '测试阳光家园'): number {
  const district = r.db
    .insert(divisions)
    .values({ code: '440307', name: '测试区', level: 'district' })
    .returning()
    .get();
  const street = r.db
    .insert(divisions)
    .values({ code: '440307001000', name: '测试街道', level: 'street', parentId: district.id })
    .returning()
    .get();
  return r.db
    .insert(institutions)
    .values({
      name,
      creditCode: makeCreditCode(),
      ownership: 'private',
      modeDayCare: true,
      streetId: street.id,
      address: '测试路1号',
      dayPlaces: 20,
      personInCharge: '测试员',
      phone: '13800000000',
    })
    .returning()
    .get().id;
}

describe('openRegister on a new file', () => {
  it('creates the file, applies every migration and records the app version', () => {
    const r = tmp.open({ appVersion: '0.1.0' });
    expect(fs.existsSync(r.file)).toBe(true);
    expect(tableNames(r.sqlite)).toEqual(
      expect.arrayContaining(['divisions', 'institutions', 'institution_assessments', 'audit_log', 'schema_meta']),
    );
    const applied = r.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    expect(applied.n).toBe(readJournal().entries.length);
    expect(getMeta(r.db, 'app_version')).toBe('0.1.0');
    // Nothing to protect yet, so no backup is taken.
    expect(r.backupFile).toBeNull();
  });

  it('leaves durability pragmas in force for the session', () => {
    const r = tmp.open({});
    expect(r.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(r.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(r.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(r.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('enforces foreign keys: an institution cannot point at a missing street', () => {
    const r = tmp.open({});
    expect(() =>
      r.db
        .insert(institutions)
        .values({ name: 'x', ownership: 'private', streetId: 999, address: 'x', personInCharge: 'x', phone: 'x' })
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});

describe('reopening an up-to-date file', () => {
  it('keeps the data, takes no backup and updates the app version', () => {
    const first = tmp.open({ appVersion: '0.1.0' });
    const id = insertSample(first);
    first.close();

    const again = tmp.open({ appVersion: '0.1.1' });
    expect(again.backupFile).toBeNull();
    expect(fs.existsSync(path.join(tmp.dir(), 'backups'))).toBe(false);
    expect(again.db.select().from(institutions).where(eq(institutions.id, id)).get()?.name).toBe('测试阳光家园');
    expect(getMeta(again.db, 'app_version')).toBe('0.1.1');
  });
});

describe('migrating N-1 → N', () => {
  const extend = (): string => {
    const folder = copyMigrations(path.join(tmp.dir(), 'migrations-next'));
    addMigration(folder, '0099_test_notes', [
      'CREATE TABLE `test_notes` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `institution_id` integer NOT NULL REFERENCES `institutions`(`id`), `body` text NOT NULL);',
      'ALTER TABLE `institutions` ADD `test_flag` integer DEFAULT 0 NOT NULL;',
    ]);
    return folder;
  };

  it('adds the new schema, keeps old rows and writes a backup of the old file first', () => {
    const old = tmp.open({});
    const id = insertSample(old);
    old.close();

    const next = tmp.open({ migrationsFolder: extend() });
    expect(tableNames(next.sqlite)).toContain('test_notes');
    const row = next.sqlite.prepare('SELECT name, test_flag FROM institutions WHERE id = ?').get(id);
    expect(row).toEqual({ name: '测试阳光家园', test_flag: 0 });
    next.sqlite.prepare('INSERT INTO test_notes (institution_id, body) VALUES (?, ?)').run(id, '新表可用');

    expect(next.backupFile).not.toBeNull();
    const backup = next.backupFile as string;
    expect(fs.existsSync(backup)).toBe(true);
    expect(path.dirname(backup)).toBe(path.join(tmp.dir(), 'backups'));
    peek(backup, (db) => {
      expect(db.prepare('SELECT name FROM institutions').all()).toEqual([{ name: '测试阳光家园' }]);
      expect(tableNames(db)).not.toContain('test_notes');
      expect(columnNames(db, 'institutions')).not.toContain('test_flag');
      const n = db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
      expect(n.n).toBe(readJournal().entries.length);
    });
  });

  it('then refuses to open the migrated file with the older migrations', () => {
    tmp.open({}).close();
    tmp.open({ migrationsFolder: extend() }).close();
    expect(() => tmp.open({})).toThrow(NewerRegisterError);
  });
});

describe('a file written by a newer version', () => {
  /** Marks the file as migrated by a future release, then folds the WAL so the file on disk is complete. */
  function makeNewer(journalMode: 'wal' | 'delete'): string {
    const r = tmp.open({});
    insertSample(r);
    const newest = Math.max(...readJournal().entries.map((e) => e.when));
    r.sqlite
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('f'.repeat(64), newest + 86_400_000);
    r.sqlite.prepare("UPDATE schema_meta SET value = '9.9.9' WHERE key = 'app_version'").run();
    if (journalMode === 'delete') r.sqlite.pragma('journal_mode = DELETE');
    checkpointAndClose(r);
    return r.file;
  }

  it('is refused with a Chinese message naming the newer version', () => {
    makeNewer('wal');
    let error: unknown;
    try {
      tmp.open({});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewerRegisterError);
    expect((error as NewerRegisterError).message).toContain('较新版本');
    expect((error as NewerRegisterError).message).toContain('9.9.9');
    expect((error as NewerRegisterError).writtenBy).toBe('9.9.9');
  });

  it('is left byte-for-byte unchanged, and no backup is taken', () => {
    const file = makeNewer('wal');
    const before = sha256(file);
    expect(() => tmp.open({})).toThrow(NewerRegisterError);
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(path.join(tmp.dir(), 'backups'))).toBe(false);
    peek(file, (db) => {
      expect(db.prepare("SELECT value FROM schema_meta WHERE key = 'app_version'").get()).toEqual({ value: '9.9.9' });
    });
  });

  it('is left unchanged even when it is not in WAL mode (e.g. a restored backup copy)', () => {
    const file = makeNewer('delete');
    const before = sha256(file);
    expect(() => tmp.open({})).toThrow(NewerRegisterError);
    expect(sha256(file)).toBe(before);
  });

  it('is refused for an unknown migration even when its timestamp is not later', () => {
    const r = tmp.open({});
    r.sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('e'.repeat(64), 1);
    r.close();
    expect(() => tmp.open({})).toThrow(NewerRegisterError);
  });
});
