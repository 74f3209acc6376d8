import type { RouterClient } from '@orpc/server';
import Database from 'better-sqlite3';
import type { PersonCreateInput } from '#domain/person/schema';
import { type AppRouter, startCore } from '#server/core';
import { existingIds, readPlaces } from '#dev/seed-register';
import { createPersonGenerator } from '#dev/synthetic-persons';
import { registerFile } from '#server/paths';
import { type RunOptions, type Summary, time } from './stats';

export interface Pair {
  app: Summary;
  floor: Summary;
}

/** New, valid persons a clerk could enter: IDs not yet on the register, active, one guardian at most. */
function newPersons(sqlite: Database.Database, count: number, seed: number): PersonCreateInput[] {
  const next = createPersonGenerator(readPlaces(sqlite), seed, existingIds(sqlite));
  const inputs: PersonCreateInput[] = [];
  while (inputs.length < count) {
    const { archived: _a, surveys: _s, enrolments: _e, guardians, ...p } = next();
    if (p.status === 'active') inputs.push({ ...p, guardians: guardians.slice(0, 1), remarks: null });
  }
  return inputs;
}

/**
 * One durable save through the API (validation, duplicate check, insert, audit row, commit with
 * WAL + synchronous=FULL) against a bare autocommit INSERT of a similar payload on the same
 * connection, hence the same pragmas.
 */
export async function timeSave(
  api: RouterClient<AppRouter>,
  sqlite: Database.Database,
  seed: number,
  options: RunOptions,
): Promise<Pair> {
  const inputs = newPersons(sqlite, options.warmup + options.iterations, seed);
  let n = 0;
  const app = await time(() => api.persons.create(inputs[n++] as PersonCreateInput), options);
  sqlite.exec('CREATE TABLE IF NOT EXISTS bench_scratch (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)');
  const insert = sqlite.prepare('INSERT INTO bench_scratch (payload) VALUES (?)');
  const floor = await time((i) => insert.run(JSON.stringify(inputs[i % inputs.length])), options);
  return { app, floor };
}

/**
 * Opening an existing register as a host does at start-up (startCore: migration check, WAL,
 * pragmas, version stamp), then the same plus the first list page, against a bare open with the
 * same journal mode. The file is already in the OS page cache: this is a warm open.
 */
export async function timeOpen(
  dataDir: string,
  options: RunOptions,
  firstPage: (core: ReturnType<typeof startCore>) => Promise<unknown>,
): Promise<{ open: Pair; firstPage: Summary }> {
  const app = await time(() => startCore({ dataDir, actor: 'bench' }).close(), options);
  const withPage = await time(async () => {
    const core = startCore({ dataDir, actor: 'bench' });
    try {
      await firstPage(core);
    } finally {
      core.close();
    }
  }, options);
  const floor = await time(() => {
    const db = new Database(registerFile(dataDir));
    db.pragma('journal_mode = WAL');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.close();
  }, options);
  return { open: { app, floor }, firstPage: withPage };
}
