import type Database from 'better-sqlite3';
import type { Core } from '#server/core';
import { inTransaction, writeAudit } from '#server/kernel';
import { loadDemo, setupStatus } from '#server/services/setup-service';
import { bulkInsertPersons, type BulkInsertResult } from './bulk-insert';
import { createPersonGenerator, type Places } from './synthetic-persons';

export interface SeedOptions {
  persons: number;
  seed: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedReport extends BulkInsertResult {
  loadedDemo: boolean;
  districtName: string;
}

/** The configured district's live streets, communities and institutions, in a stable order. */
export function readPlaces(sqlite: Database.Database): Places {
  const district = sqlite
    .prepare("SELECT code, name FROM divisions WHERE level = 'district' AND archived_at IS NULL ORDER BY id LIMIT 1")
    .get() as { code: string; name: string } | undefined;
  if (!district) throw new Error('the register has no district');
  type Row = { id: number; name: string; parent_id: number | null };
  const streets = sqlite
    .prepare("SELECT id, name FROM divisions WHERE level = 'street' AND archived_at IS NULL ORDER BY id")
    .all() as Row[];
  const communities = sqlite
    .prepare("SELECT id, name, parent_id FROM divisions WHERE level = 'community' AND archived_at IS NULL ORDER BY id")
    .all() as Row[];
  const institutions = sqlite
    .prepare(
      "SELECT id, mode_residential AS residential, mode_day_care AS dayCare FROM institutions WHERE archived_at IS NULL AND status = 'operating' ORDER BY id",
    )
    .all() as { id: number; residential: number; dayCare: number }[];
  return {
    districtCode: district.code.slice(0, 6),
    districtName: district.name,
    streets: streets.map((s) => ({
      id: s.id,
      name: s.name,
      communities: communities.filter((c) => c.parent_id === s.id).map(({ id, name }) => ({ id, name })),
    })),
    institutions: institutions.map((i) => ({ id: i.id, residential: i.residential === 1, dayCare: i.dayCare === 1 })),
  };
}

export function* existingIds(sqlite: Database.Database): Generator<string> {
  for (const row of sqlite.prepare('SELECT resident_id FROM persons').pluck().iterate()) yield row as string;
}

/**
 * Adds synthetic persons to the register in `core`, loading the demo district first into an
 * empty register. Numbers already on the register are never handed out again, so seeding twice
 * adds people rather than failing; the run itself is recorded in the audit trail.
 */
export function seedRegister(core: Core, options: SeedOptions): SeedReport {
  const { context: ctx, register } = core;
  const sqlite = register.sqlite;
  let loadedDemo = false;
  if (!setupStatus(ctx).districtName) {
    loadDemo(ctx);
    loadedDemo = true;
  }
  const places = readPlaces(sqlite);
  const next = createPersonGenerator(places, options.seed, existingIds(sqlite));
  // A big page cache for the duration: a million random-order index inserts otherwise thrash.
  const cacheSize: unknown = sqlite.pragma('cache_size', { simple: true });
  sqlite.pragma('cache_size = -1048576');
  try {
    const result = bulkInsertPersons(
      sqlite,
      options.persons,
      next,
      options.onProgress ? { onProgress: options.onProgress } : {},
    );
    inTransaction(ctx, (tx) =>
      writeAudit(tx, ctx, {
        action: 'dev.seed',
        entity: 'register',
        entityId: null,
        after: { ...result, seed: options.seed },
      }),
    );
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { ...result, loadedDemo, districtName: places.districtName };
  } finally {
    sqlite.pragma(`cache_size = ${Number(cacheSize)}`);
  }
}
