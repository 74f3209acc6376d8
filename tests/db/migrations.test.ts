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
