// The 上岗证 number guarantees: a yearly sequence with no gaps and no reuse, across restarts,
// across two windows (connections) on the same file, across truly concurrent processes, and
// when the issuing transaction fails after the sequence was bumped.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { addTraining, makeApp, refusal, rowCount, seedPlaces, staffInput, type TestApp, useApp } from './helpers';

const app = useApp();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `n` staff members (ID sequence from `from`), each with a passed training. */
async function trainedStaff(a: TestApp, n: number, from = 1): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const s = await a.api.staff.create(staffInput({ seq: from + i }));
    await addTraining(a.api, s.id);
    ids.push(s.id);
  }
  return ids;
}

const issue = (a: TestApp, staffId: number, issueDate = '2026-02-01') =>
  a.api.staff.issuePermit({ staffId, issueDate, issuer: '测试区残联' });

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** What the file itself holds: every permit's year, seq and number, and the sequence rows. */
function stored(a: TestApp) {
  const permits = a.sqlite.prepare('SELECT year, seq, number FROM work_permits ORDER BY year, seq').all() as {
    year: number;
    seq: number;
    number: string;
  }[];
  const sequences = a.sqlite.prepare('SELECT year, last FROM permit_sequences ORDER BY year').all() as {
    year: number;
    last: number;
  }[];
  return {
    permits,
    sequences,
    seqs: permits.map((p) => p.seq),
    distinctNumbers: new Set(permits.map((p) => p.number)).size,
  };
}

const number = (seq: number) => `托养上岗证〔2026〕${String(seq).padStart(4, '0')}号`;

describe('permit numbers across restarts', () => {
  it('carries on after a restart: 3 before, 2 after, numbered 1..5 with no gaps', async () => {
    const a = app();
    await seedPlaces(a.api);
    const ids = await trainedStaff(a, 5);
    for (const id of ids.slice(0, 3)) await issue(a, id);
    a.restart();
    expect(stored(a).sequences).toEqual([{ year: 2026, last: 3 }]);
    for (const id of ids.slice(3)) await issue(a, id);
    const s = stored(a);
    expect(s.seqs).toEqual(range(5));
    expect(s.permits.map((p) => p.number)).toEqual(range(5).map(number));
    expect(s.distinctNumbers).toBe(5);
    expect(s.sequences).toEqual([{ year: 2026, last: 5 }]);
  });

  it("does not hand out a refused issue's number after a restart either", async () => {
    const a = app();
    await seedPlaces(a.api);
    const [trained] = await trainedStaff(a, 1);
    const untrained = await a.api.staff.create(staffInput({ seq: 50 }));
    await refusal(issue(a, untrained.id));
    a.restart();
    expect(await issue(a, trained!)).toMatchObject({ seq: 1, number: number(1) });
  });
});

describe('permit numbers from two windows on the same file', () => {
  it('alternating and interleaved issues from two connections give 1..N exactly once', async () => {
    const a = app();
    await seedPlaces(a.api);
    const ids = await trainedStaff(a, 12);
    const b = makeApp(a.dir); // a second window: its own connection to the same file
    try {
      const got: number[] = [];
      // Strictly alternating, one window then the other.
      for (const [i, id] of ids.slice(0, 6).entries()) got.push((await issue(i % 2 ? b : a, id)).seq);
      expect(got).toEqual(range(6));
      // Interleaved: all calls in flight at once, from both windows.
      const rest = await Promise.all(ids.slice(6).map((id, i) => issue(i % 2 ? a : b, id)));
      got.push(...rest.map((p) => p.seq));
      expect([...got].sort((x, y) => x - y)).toEqual(range(12));
      // Both windows read the same file.
      expect(stored(b)).toEqual(stored(a));
      const s = stored(a);
      expect(s.seqs).toEqual(range(12));
      expect(s.distinctNumbers).toBe(12);
      expect(s.sequences).toEqual([{ year: 2026, last: 12 }]);
    } finally {
      b.core.close();
    }
  });

  it('a refusal in one window does not use up a number the other window then gets', async () => {
    const a = app();
    await seedPlaces(a.api);
    const [x, y] = await trainedStaff(a, 2);
    const b = makeApp(a.dir);
    try {
      expect(await issue(a, x!)).toMatchObject({ seq: 1 });
      await refusal(issue(b, x!)); // already holds a valid permit
      expect(await issue(b, y!)).toMatchObject({ seq: 2 });
      expect(stored(a).sequences).toEqual([{ year: 2026, last: 2 }]);
    } finally {
      b.core.close();
    }
  });
});

/** A separate Node process with its own connection, issuing permits for `ids` once told to go. */
function issuerProcess(dataDir: string, ids: number[]) {
  const code = `
    import { createRouterClient } from '@orpc/server';
    import readline from 'node:readline';
    const { startCore, router, handlerOptions } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'server/core.ts')).href)});
    const [dataDir, idsJson] = process.argv.slice(-2);
    const core = startCore({ dataDir, actor: 'process-' + process.pid });
    const api = createRouterClient(router, { context: core.context, interceptors: handlerOptions.clientInterceptors });
    const lines = readline.createInterface({ input: process.stdin });
    process.stdout.write('ready\\n');
    await new Promise((resolve) => lines.once('line', resolve));
    const issued = [];
    const failed = [];
    for (const staffId of JSON.parse(idsJson)) {
      try {
        const p = await api.staff.issuePermit({ staffId, issueDate: '2026-02-01', issuer: '测试区残联' });
        issued.push({ staffId, seq: p.seq, number: p.number });
      } catch (e) {
        failed.push({ staffId, error: String(e && e.message) });
      }
      // Let go of the CPU between issues so the other process's waiting write gets its turn.
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    core.close();
    lines.close();
    process.stdout.write('done ' + JSON.stringify({ issued, failed }) + '\\n');
  `;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', code, dataDir, JSON.stringify(ids)],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => out.includes('ready\n') && resolve());
    child.once('exit', (c) => reject(new Error(`issuer exited (${c}) before it was ready: ${err}`)));
  });
  const done = new Promise<{ issued: { staffId: number; seq: number; number: string }[]; failed: unknown[] }>(
    (resolve, reject) => {
      child.once('exit', (c) => {
        const line = out.split('\n').find((l) => l.startsWith('done '));
        if (c === 0 && line) resolve(JSON.parse(line.slice(5)));
        else reject(new Error(`issuer exited (${c}): ${err}`));
      });
    },
  );
  return { ready, done, go: () => child.stdin.end('go\n') };
}

describe('permit numbers from two processes at the same time', () => {
  it('gives the union of both processes exactly 1..N, every number once', { timeout: 120_000 }, async () => {
    const a = app();
    await seedPlaces(a.api);
    const K = 15;
    const ids = await trainedStaff(a, 2 * K);
    const first = issuerProcess(
      a.dir,
      ids.filter((_, i) => i % 2 === 0),
    );
    const second = issuerProcess(
      a.dir,
      ids.filter((_, i) => i % 2 === 1),
    );
    // Both have opened the file before either starts, so their issues overlap.
    await Promise.all([first.ready, second.ready]);
    first.go();
    second.go();
    const [r1, r2] = await Promise.all([first.done, second.done]);
    expect(r1.failed).toEqual([]);
    expect(r2.failed).toEqual([]);
    expect(r1.issued).toHaveLength(K);
    expect(r2.issued).toHaveLength(K);
    const union = [...r1.issued, ...r2.issued];
    expect(union.map((p) => p.seq).sort((x, y) => x - y)).toEqual(range(2 * K));
    expect(new Set(union.map((p) => p.number)).size).toBe(2 * K);
    expect(union.every((p) => p.number === number(p.seq))).toBe(true);
    // Each process saw its own numbers go up.
    for (const r of [r1, r2])
      expect(r.issued.map((p) => p.seq)).toEqual([...r.issued.map((p) => p.seq)].sort((x, y) => x - y));
    const s = stored(a);
    expect(s.seqs).toEqual(range(2 * K));
    expect(s.distinctNumbers).toBe(2 * K);
    expect(s.sequences).toEqual([{ year: 2026, last: 2 * K }]);
    const actors = a.sqlite
      .prepare("SELECT count(DISTINCT actor) AS n FROM audit_log WHERE action = 'permit.issue'")
      .get() as { n: number };
    expect(actors.n).toBe(2);
  });
});

describe('permit numbers when the issuing transaction fails', () => {
  it('rolls the sequence back if the permit insert fails after the bump, so no number is lost', async () => {
    const a = app();
    await seedPlaces(a.api);
    const [x, y, z] = await trainedStaff(a, 3);
    await issue(a, x!);
    const before = { sequences: stored(a).sequences, audit: rowCount(a, 'audit_log') };
    // Fails the INSERT INTO work_permits, which runs after permit_sequences was bumped.
    a.sqlite.exec(
      "CREATE TEMP TRIGGER fail_permit BEFORE INSERT ON work_permits BEGIN SELECT RAISE(ABORT, 'disk trouble'); END",
    );
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const error = await refusal(issue(a, y!));
      expect(error.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.message).not.toContain('disk trouble');
      // A year with no row yet: the row the bump would create is rolled back too.
      await refusal(issue(a, z!, '2027-01-05'));
      expect(quiet).toHaveBeenCalled();
    } finally {
      quiet.mockRestore();
      a.sqlite.exec('DROP TRIGGER fail_permit');
    }
    expect(stored(a).sequences).toEqual(before.sequences);
    expect(stored(a).sequences).toEqual([{ year: 2026, last: 1 }]);
    expect(rowCount(a, 'work_permits')).toBe(1);
    expect(rowCount(a, 'audit_log')).toBe(before.audit);
    expect(await issue(a, y!)).toMatchObject({ seq: 2, number: number(2) });
    expect(await issue(a, z!, '2027-01-05')).toMatchObject({ seq: 1, number: '托养上岗证〔2027〕0001号' });
  });
});
