import path from 'node:path';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../db/schema';
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
  it.each(journal.entries.map((e, i) => [e.tag, i + 1] as const))('up to %s apply cleanly to an empty file', (_tag, count) => {
    const folder = copyMigrations(path.join(tmp.dir(), `migrations-${count}`), count);
    const r = tmp.open({ file: path.join(tmp.dir(), `step-${count}.sqlite`), migrationsFolder: folder });
    const n = r.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    expect(n.n).toBe(count);
    expect(r.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(r.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

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
    expect(tableNames(r.sqlite)).toEqual(expect.arrayContaining(['package_offices', 'package_log', 'package_conflicts', 'record_origins']));
    expect(r.sqlite.prepare('SELECT code, name FROM divisions').all()).toEqual([{ code: '440307', name: '龙岗区' }]);
    // One open conflict per office and record; settled ones may repeat.
    const conflict = r.sqlite.prepare("INSERT INTO package_conflicts (office_code, sequence, entity, natural_key, incoming, status) VALUES ('440307001000', 1, 'person', 'K', '{}', ?)");
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
    old.sqlite.prepare("INSERT INTO package_log (actor, direction, outcome, sequence) VALUES ('tester', 'export', 'exported', 3)").run();
    old.close();

    const r = tmp.open({ file });
    expect(tableNames(r.sqlite)).toContain('file_writes');
    expect(r.sqlite.prepare('SELECT sequence, outcome FROM package_log').all()).toEqual([{ sequence: 3, outcome: 'exported' }]);
    // A write is pending until settled; the temp path and folder are required from the start.
    r.sqlite.prepare("INSERT INTO file_writes (kind, actor, folder, temp_path) VALUES ('package', 'tester', '/media/u', '/media/u/.a.shrpkg.0123456789ab.part')").run();
    expect(r.sqlite.prepare('SELECT status, final_path FROM file_writes').get()).toEqual({ status: 'pending', final_path: null });
    expect(() => r.sqlite.prepare("INSERT INTO file_writes (kind, actor, folder) VALUES ('package', 'tester', '/media/u')").run()).toThrow(/NOT NULL/);
  });
});
