// kill -9 at any instant of an import commit, an Excel export or a package export, then the next
// start: the register file is sound, the import is all or none, every log/audit row has its file
// at the final name and every file its row, no `.part` is left, no package number is used twice.
// The real server code runs in a child process (worker.ts) on a copy of a small register; the
// parent kills it after a delay spread over the operation's measured length, or the moment its
// temporary or final file appears, and then starts the register again with startCore.
// FAULT_KILLS sets the kill points per operation: a few in `npm test`, 50 in `npm run test:faults`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore } from '#server/core';
import { exportPackage } from '#server/exchange/package/package-service';
import { type ChildRun, isFinal, isPart, type KillPoint, runWorker } from './child';
import { FAULT_PASSWORD } from './office';
import {
  importAllOrNone,
  importCounts,
  type ImportCounts,
  integrity,
  noPartFiles,
  packageRecords,
  takenNumbers,
  type Violation,
  workbookRecords,
} from './rules';
import { copyTemplate, type Operation, prepareTemplates, type Template } from './templates';

const KILLS = Math.max(1, Number(process.env.FAULT_KILLS ?? 4));
const SEED = Number(process.env.FAULT_SEED ?? 9);
/** Big enough that each operation takes a few hundred ms of real work; small enough to copy in a blink. */
const PERSONS = 1500;

let root = '';
let templates: Record<Operation, Template>;
/** The import template's counts before any commit. */
let importBase: ImportCounts;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'shr-faults-'));
  templates = await prepareTemplates(root, PERSONS);
  const core = await startCore({ dataDir: templates.import.dir, actor: 'fault-check' });
  importBase = importCounts(core.register.sqlite);
  core.close();
}, 120_000);

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

/** mulberry32: the same kill delays on every run with the same FAULT_SEED. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Planned {
  label: string;
  point: KillPoint;
}

interface Timing {
  /** ms from `begin` to `done` in the uninterrupted run. */
  duration: number;
  /** ms from `begin` to the first `.part` and to the file at its final name, where there are files. */
  part?: number | undefined;
  final?: number | undefined;
}

/**
 * K kill points. About one in ten (at least one) the instant the child says `done` (finished,
 * nothing checkpointed or closed yet), and for the file-writing operations as many the instant
 * the `.part` appears and the instant the final name appears. The rest after a random delay, in
 * turn: from `begin` over one and a half times the uninterrupted run (the first at 0, the second
 * at its very end: a second run beside it is slower), from the `.part` over the write, and from
 * the final name over the read-back and the record, plus 10 %. The import writes no file, so it
 * has only the first kind.
 */
function plan(op: Operation, k: number, t: Timing, seed: number): Planned[] {
  const points: Planned[] = [];
  const files = op !== 'import' && t.part !== undefined && t.final !== undefined;
  for (let i = 0; i < Math.max(1, Math.round(k / 10)); i++) {
    if (files)
      points.push(
        { label: 'on .part', point: { kind: 'file', when: 'part' } },
        { label: 'on final name', point: { kind: 'file', when: 'final' } },
      );
    points.push({ label: 'on done', point: { kind: 'done' } });
  }
  points.splice(k);
  const next = random(seed);
  const timed = k - points.length;
  const writing = Math.max(1, (t.final ?? 0) - (t.part ?? 0));
  const closing = Math.max(1, t.duration - (t.final ?? 0)) * 1.1;
  for (let i = 0; i < timed; i++) {
    const turn = files ? i % 3 : 0;
    const from = files ? Math.floor(i / 3) : i;
    if (turn === 1) {
      const ms = next() * writing;
      points.push({ label: `.part +${Math.round(ms)} ms`, point: { kind: 'file', when: 'part', ms } });
    } else if (turn === 2) {
      const ms = next() * closing;
      points.push({ label: `final name +${Math.round(ms)} ms`, point: { kind: 'file', when: 'final', ms } });
    } else {
      const ms = from === 0 ? 0 : from === 1 ? t.duration : next() * t.duration * 1.5;
      points.push({ label: `begin +${Math.round(ms)} ms`, point: { kind: 'delay', ms } });
    }
  }
  return points;
}

type Phase =
  | 'not killed'
  | 'start-up'
  | 'before write'
  | 'writing .part'
  | 'file at final name'
  | 'commit: nothing kept'
  | 'commit: all kept'
  | 'after done';

interface Outcome {
  label: string;
  phase: Phase;
  elapsed: number | null;
  violations: Violation[];
}

const EXT: Record<Exclude<Operation, 'import'>, string> = { export: '.xlsx', package: '.shrpkg' };

/** Where the kill landed, from the child's markers and the folder at the instant of the kill. */
function phaseOf(op: Operation, markers: string[], killed: boolean, filesAtKill: string[], committed: boolean): Phase {
  if (!killed) return 'not killed';
  if (!markers.includes('begin')) return 'start-up';
  if (markers.includes('done')) return 'after done';
  if (op === 'import') return committed ? 'commit: all kept' : 'commit: nothing kept';
  if (filesAtKill.some((f) => isFinal(f) && f.endsWith(EXT[op]))) return 'file at final name';
  if (filesAtKill.some(isPart)) return 'writing .part';
  return 'before write';
}

/** One kill point on a fresh copy of the template: run, kill, start again, check. */
async function runPoint(
  op: Operation,
  planned: Planned,
  whole?: ImportCounts,
): Promise<Outcome & { added?: ImportCounts; seen: ChildRun['seen'] }> {
  const t = templates[op];
  const dataDir = fs.mkdtempSync(path.join(root, `${op}-`));
  try {
    copyTemplate(t, dataDir);
    const folder = t.folder?.(dataDir);
    const run = await runWorker(op, dataDir, t.target?.(dataDir), planned.point, folder);
    const violations: Violation[] = [];
    let committed = false;
    let added: ImportCounts | undefined;
    let core: Awaited<ReturnType<typeof startCore>> | undefined;
    try {
      core = await startCore({ dataDir, actor: 'fault-check' });
    } catch (error) {
      violations.push({ rule: 'start-up after the kill', detail: String(error) });
    }
    if (core) {
      const sqlite = core.register.sqlite;
      try {
        violations.push(...integrity(sqlite), ...noPartFiles(dataDir));
        if (op === 'import') {
          const now = importCounts(sqlite);
          added = Object.fromEntries(
            Object.entries(now).map(([key, v]) => [key, v - importBase[key as keyof ImportCounts]]),
          ) as unknown as ImportCounts;
          if (whole) {
            const r = importAllOrNone(now, importBase, whole);
            committed = r.committed;
            violations.push(...r.violations);
          }
        } else if (op === 'export' && folder) {
          violations.push(...workbookRecords(sqlite, folder));
        } else if (op === 'package' && folder) {
          violations.push(...packageRecords(sqlite, folder));
          // The next export after the crash: its number must be one no package on the stick or in the log has.
          const taken = takenNumbers(sqlite, folder, run.filesAtKill);
          try {
            const next = await exportPackage(core.context, { directory: folder, password: FAULT_PASSWORD });
            if (taken.has(next.sequence))
              violations.push({
                rule: 'package number reused',
                detail: `the next export got 第${next.sequence}号, already in the log or on the stick (now or at the kill)`,
              });
            violations.push(
              ...packageRecords(sqlite, folder).map((v) => ({ ...v, detail: `after the next export: ${v.detail}` })),
            );
          } catch (error) {
            violations.push({ rule: 'next export after the kill', detail: String(error) });
          }
        }
      } finally {
        core.close();
      }
    }
    const phase = phaseOf(op, run.markers, run.killed, run.filesAtKill, committed);
    return {
      label: planned.label,
      phase,
      elapsed: run.elapsed,
      seen: run.seen,
      violations,
      ...(added ? { added } : {}),
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Two kill points at a time, one per core; each has its own copy of the register. */
async function pooled<T, R>(items: readonly T[], run: (item: T) => Promise<R>, width = 2): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return results;
}

function tally<T extends string>(items: T[]): string {
  const counts = new Map<T, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k}: ${n}`).join(', ') || 'none';
}

function report(op: Operation, t: Timing, outcomes: Outcome[]): void {
  const failing = outcomes.filter((o) => o.violations.length > 0);
  const files =
    t.part !== undefined ? `; .part at ${Math.round(t.part)} ms, final name at ${Math.round(t.final ?? 0)} ms` : '';
  const lines = [
    `fault kill points, ${op} (uninterrupted: ${Math.round(t.duration)} ms from begin to done${files}): ${outcomes.length} tried`,
    `  where they hit: ${tally(outcomes.map((o) => o.phase))}`,
    `  kill points breaking a rule: ${failing.length}; by rule: ${tally(outcomes.flatMap((o) => [...new Set(o.violations.map((v) => v.rule))]))}`,
    ...failing
      .slice(0, 12)
      .map((o) => `    ${o.label} (${o.phase}): ${o.violations.map((v) => `${v.rule} [${v.detail}]`).join('; ')}`),
  ];
  console.log(lines.join('\n'));
}

const OPERATIONS: Operation[] = ['import', 'export', 'package'];

describe.each(OPERATIONS)('kill -9 during %s, then start again', (op) => {
  it(
    `keeps the register and its files in agreement at ${KILLS} kill points`,
    { timeout: 120_000 + KILLS * 20_000 },
    async () => {
      // One uninterrupted run: the operation's length, and what a whole import commit adds.
      const calibration = await runPoint(op, { label: 'uninterrupted', point: { kind: 'none' } });
      expect(calibration.violations, 'the uninterrupted run must pass every rule').toEqual([]);
      expect(calibration.phase).toBe('not killed');
      const duration = calibration.elapsed ?? 0;
      expect(duration).toBeGreaterThan(0);
      if (op !== 'import')
        expect(calibration.seen, 'the uninterrupted run writes a .part, then the file at its final name').toEqual({
          part: expect.any(Number),
          final: expect.any(Number),
        });
      const whole = calibration.added;
      if (op === 'import') expect(whole?.persons, 'the uninterrupted commit imports people').toBeGreaterThan(0);

      const outcomes = await pooled(
        plan(op, KILLS, { duration, ...calibration.seen }, SEED + OPERATIONS.indexOf(op)),
        (planned) => runPoint(op, planned, whole),
      );
      report(op, { duration, ...calibration.seen }, outcomes);
      // Every kill point really killed something mid-way, or the suite would prove nothing.
      expect(outcomes.filter((o) => o.phase !== 'not killed' && o.phase !== 'after done').length).toBeGreaterThan(0);
      expect(
        outcomes.flatMap((o) => o.violations.map((v) => `${o.label} (${o.phase}): ${v.rule}: ${v.detail}`)),
      ).toEqual([]);
    },
  );
});
