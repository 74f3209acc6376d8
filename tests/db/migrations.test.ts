import path from 'node:path';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as schema from '#db/schema';
import {
  fingerprintOf,
  generateOfficeKeys,
  groupedFingerprint,
  signBytes,
  verifyBytes,
} from '#server/kernel/crypto/office-keys';
import { officeInfo, officeKeys } from '#server/services/office-service';
import type { Register } from '#db';
import { columnNames, copyMigrations, readJournal, tableNames, useTempDir } from './helpers';

const tmp = useTempDir();
const journal = readJournal();

describe('committed migrations', () => {
  it('are listed in order with increasing timestamps', () => {
    expect(journal.entries.length).toBeGreaterThan(0);
    journal.entries.forEach((e, i) => {
      expect(e.idx).toBe(i);
      if (i > 0) expect(e.when).toBeGreaterThan(journal.entries[i - 1]?.when ?? 0);
    });
  });

  // Each prefix of the journal is a release the app once shipped: every one must build a file from scratch.
  it.each(journal.entries.map((e, i) => [e.tag, i + 1] as const))(
    'up to %s apply cleanly to an empty file',
    (_tag, count) => {
      const folder = copyMigrations(path.join(tmp.dir(), `migrations-${count}`), count);
      const r = tmp.open({ file: path.join(tmp.dir(), `step-${count}.sqlite`), migrationsFolder: folder });
      const n = r.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
      expect(n.n).toBe(count);
      expect(r.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(r.sqlite.pragma('foreign_key_check')).toEqual([]);
    },
  );

  it('build every table and column the drizzle schema declares', () => {
    const r = tmp.open({});
    const tables = Object.values(schema as Record<string, unknown>).filter((v): v is SQLiteTable => is(v, SQLiteTable));
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const config = getTableConfig(table);
      expect(tableNames(r.sqlite)).toContain(config.name);
      expect(columnNames(r.sqlite, config.name).sort()).toEqual(config.columns.map((c) => c.name).sort());
    }
  });
});

describe('0007_packages', () => {
  it('adds the package tables to a register from the release before, keeping its records', () => {
    const index = journal.entries.findIndex((e) => e.tag === '0007_packages');
    expect(index).toBeGreaterThan(0);
    const file = path.join(tmp.dir(), 'before-packages.sqlite');
    const old = tmp.open({ file, migrationsFolder: copyMigrations(path.join(tmp.dir(), 'migrations-0006'), index) });
    old.sqlite.prepare("INSERT INTO divisions (code, name, level) VALUES ('440307', '龙岗区', 'district')").run();
    old.close();

    const r = tmp.open({ file });
    expect(tableNames(r.sqlite)).toEqual(
      expect.arrayContaining(['package_offices', 'package_log', 'package_conflicts', 'record_origins']),
    );
    expect(r.sqlite.prepare('SELECT code, name FROM divisions').all()).toEqual([{ code: '440307', name: '龙岗区' }]);
    // One open conflict per office and record; settled ones may repeat.
    const conflict = r.sqlite.prepare(
      "INSERT INTO package_conflicts (office_code, sequence, entity, natural_key, incoming, status) VALUES ('440307001000', 1, 'person', 'K', '{}', ?)",
    );
    conflict.run('kept');
    conflict.run('kept');
    conflict.run('open');
    expect(() => conflict.run('open')).toThrow(/UNIQUE/);
  });
});

describe('0008_file_writes', () => {
  it('adds the file-write record to a register from the release before, keeping its exchange log', () => {
    const index = journal.entries.findIndex((e) => e.tag === '0008_file_writes');
    expect(index).toBeGreaterThan(0);
    const file = path.join(tmp.dir(), 'before-file-writes.sqlite');
    const old = tmp.open({ file, migrationsFolder: copyMigrations(path.join(tmp.dir(), 'migrations-0007'), index) });
    old.sqlite
      .prepare(
        "INSERT INTO package_log (actor, direction, outcome, sequence) VALUES ('tester', 'export', 'exported', 3)",
      )
      .run();
    old.close();

    const r = tmp.open({ file });
    expect(tableNames(r.sqlite)).toContain('file_writes');
    expect(r.sqlite.prepare('SELECT sequence, outcome FROM package_log').all()).toEqual([
      { sequence: 3, outcome: 'exported' },
    ]);
    // A write is pending until settled; the temp path and folder are required from the start.
    r.sqlite
      .prepare(
        "INSERT INTO file_writes (kind, actor, folder, temp_path) VALUES ('package', 'tester', '/media/u', '/media/u/.a.shrpkg.0123456789ab.part')",
      )
      .run();
    expect(r.sqlite.prepare('SELECT status, final_path FROM file_writes').get()).toEqual({
      status: 'pending',
      final_path: null,
    });
    expect(() =>
      r.sqlite.prepare("INSERT INTO file_writes (kind, actor, folder) VALUES ('package', 'tester', '/media/u')").run(),
    ).toThrow(/NOT NULL/);
  });
});

describe('0009_office_keys', () => {
  const index = journal.entries.findIndex((e) => e.tag === '0009_office_keys');
  /** A register at the release before, with the key pair (if any) and the settings it kept in schema_meta. */
  function registerBefore(name: string, meta: Record<string, string>, keyMadeAt?: string): string {
    expect(index).toBeGreaterThan(0);
    const file = path.join(tmp.dir(), `${name}.sqlite`);
    const old = tmp.open({
      file,
      migrationsFolder: copyMigrations(path.join(tmp.dir(), `migrations-0008-${name}`), index),
    });
    const put = old.sqlite.prepare('INSERT INTO schema_meta (key, value) VALUES (?, ?)');
    for (const [key, value] of Object.entries(meta)) put.run(key, value);
    if (keyMadeAt)
      old.sqlite
        .prepare(
          "INSERT INTO audit_log (at, actor, action, entity) VALUES (?, 'tester', 'package.keyCreate', 'office')",
        )
        .run(keyMadeAt);
    old.close();
    return file;
  }
  const metaKeys = (r: Register) =>
    (r.sqlite.prepare('SELECT key FROM schema_meta ORDER BY key').all() as { key: string }[]).map((m) => m.key);

  it('moves the office key pair out of the settings, so the register keeps its fingerprint', () => {
    const keys = generateOfficeKeys();
    const made = '2026-03-01T08:00:00.000Z';
    const file = registerBefore(
      'with-key',
      { office_private_key: keys.privateKey, office_public_key: keys.publicKey, office_profile: '{"level":"street"}' },
      made,
    );

    const r = tmp.open({ file });
    expect(r.sqlite.prepare('SELECT public_key, private_key, status, created_at FROM office_keys').all()).toEqual([
      { public_key: keys.publicKey, private_key: keys.privateKey, status: 'active', created_at: made },
    ]);
    // No private key left among the settings; the other settings stay.
    expect(metaKeys(r)).toEqual(['app_version', 'office_profile']);
    expect(
      r.sqlite
        .prepare("SELECT count(*) AS n FROM schema_meta WHERE value = ? OR key LIKE '%key%'")
        .get(keys.privateKey),
    ).toEqual({ n: 0 });

    // The app reads the same pair: the fingerprint the office above registered, and signatures it verifies.
    const ctx = { db: r.db, actor: 'tester', appVersion: '0.1.0', dataFile: file };
    expect(officeInfo(ctx).fingerprint).toBe(groupedFingerprint(fingerprintOf(keys.publicKey)));
    const signed = officeKeys(ctx);
    expect(
      verifyBytes(Buffer.from('manifest'), signBytes(Buffer.from('manifest'), signed.privateKey), keys.publicKey),
    ).toBe(true);
    expect(r.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'package.keyCreate'").get()).toEqual({
      n: 1,
    });
  });

  it('leaves a register without a key keyless (it gets one on first need), and keeps one active key at most', () => {
    const file = registerBefore('without-key', { office_profile: '{"level":"district"}' });
    const r = tmp.open({ file });
    expect(r.sqlite.prepare('SELECT count(*) AS n FROM office_keys').get()).toEqual({ n: 0 });
    expect(metaKeys(r)).toEqual(['app_version', 'office_profile']);
    const keys = generateOfficeKeys();
    const add = r.sqlite.prepare('INSERT INTO office_keys (public_key, private_key, status) VALUES (?, ?, ?)');
    add.run(keys.publicKey, keys.privateKey, 'active');
    expect(r.sqlite.prepare('SELECT created_at FROM office_keys').get()).toEqual({
      created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    add.run('old', 'old', 'retired');
    expect(() => add.run(keys.publicKey, keys.privateKey, 'active')).toThrow(/UNIQUE/);
  });

  it('drops half a pair rather than keep a private key in the settings', () => {
    const file = registerBefore('half-key', { office_private_key: generateOfficeKeys().privateKey });
    const r = tmp.open({ file });
    expect(r.sqlite.prepare('SELECT count(*) AS n FROM office_keys').get()).toEqual({ n: 0 });
    expect(metaKeys(r)).toEqual(['app_version']);
  });
});
