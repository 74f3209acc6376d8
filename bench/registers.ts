import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCore } from '#server/core';
import { GENERATOR_VERSION } from '#dev/synthetic-persons';
import { seedRegister } from '#dev/seed-register';
import { registerFile } from '#server/paths';

const CACHE = path.join(path.dirname(fileURLToPath(import.meta.url)), '.cache');
const ACTOR = 'bench';

export interface SeedTiming {
  persons: number;
  /** Null when the register came from the cache. */
  seconds: number | null;
}

/**
 * A seeded register for (persons, seed), built once and kept under bench/.cache. Opening it
 * through startCore first applies any migration added since it was built, so it always has
 * the current schema and indexes.
 */
export function cachedRegister(
  persons: number,
  seed: number,
  log: (line: string) => void,
): { dir: string; timing: SeedTiming } {
  const dir = path.join(CACHE, `persons-n${persons}-s${seed}-g${GENERATOR_VERSION}`);
  const done = path.join(dir, 'complete.json');
  if (fs.existsSync(done)) {
    const core = startCore({ dataDir: dir, actor: ACTOR });
    core.close();
    fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
    return { dir, timing: { persons, seconds: null } };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const core = startCore({ dataDir: dir, actor: ACTOR });
  try {
    seedRegister(core, {
      persons,
      seed,
      onProgress: (n, total) => {
        if (n % 200_000 === 0 || n === total) log(`  seeded ${n.toLocaleString('en')} / ${total.toLocaleString('en')}`);
      },
    });
  } finally {
    core.close();
  }
  const seconds = (performance.now() - started) / 1000;
  fs.writeFileSync(done, JSON.stringify({ persons, seed, seconds }, null, 2));
  return { dir, timing: { persons, seconds } };
}

/**
 * A scratch copy next to the cache (same disk, so fsync costs what it costs for a real data
 * folder; not /tmp, which may be tmpfs), so saves made by the bench never grow the cached register.
 */
export function workingCopy(cachedDir: string): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(CACHE, 'run-'));
  fs.copyFileSync(registerFile(cachedDir), registerFile(dir));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
