import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLeftoverPart } from '#server/kernel/files/safe-files';
import type { FileWriteStep } from '#server/kernel/files/file-journal';
import { makeApp, type TestApp } from './helpers';
import { PASSWORD, STREET } from './package-fixtures';

/**
 * A crash at each step of a file write: a child process runs the real export on a copy of a
 * register and SIGKILLs itself when the write reaches the step; the register is then opened again
 * (startCore settles what was left) and what the clerk would find is checked: the file at its
 * final name and its audit / exchange-log row both, or neither; no hidden .part file; a package
 * number that may be on a stick is not given out again.
 */
const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
// Steps before the final name was recorded, and those after the rename.
const STEPS: FileWriteStep[] = ['pending', 'written', 'named', 'renamed', 'verified', 'done'];
const PLACED = new Set<FileWriteStep>(['renamed', 'verified', 'done']);

let root: string;
let template: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'shr-crash-'));
  template = path.join(root, 'template');
  const app = makeApp(template);
  await app.api.setup.loadDemo();
  await app.api.packages.setOffice(STREET);
  app.core.close();
}, 60_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A copy of the template register, an export killed at `step`, and the register opened again. */
function crashAt(
  operation: 'workbook' | 'package',
  step: FileWriteStep,
): { app: TestApp; folder: string; status: number | null; signal: string | null; output: string } {
  const dir = path.join(root, `${operation}-${step}`);
  fs.cpSync(template, dir, { recursive: true });
  const folder = path.join(dir, 'U盘');
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, dir, operation, step, folder, PASSWORD], {
    encoding: 'utf8',
    timeout: 100_000,
  });
  return {
    app: makeApp(dir),
    folder,
    status: child.status,
    signal: child.signal,
    output: `${child.stdout}${child.stderr}`,
  };
}

const filesIn = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder) : []);

describe('a crash at any step of an Excel export', { timeout: 120_000 }, () => {
  it.each(STEPS)('killed at %s: the workbook and its audit row both exist or neither, and no .part is left', (step) => {
    const { app, folder, signal, output } = crashAt('workbook', step);
    try {
      expect(signal, output).toBe('SIGKILL');
      const files = filesIn(folder);
      expect(files.filter(isLeftoverPart)).toEqual([]);
      const audits = app.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'export'").all() as {
        after: string;
      }[];
      const recorded = audits.map((a) => (JSON.parse(a.after) as { path: string }).path);
      expect(files.map((f) => path.join(folder, f))).toEqual(recorded);
      expect(recorded).toHaveLength(PLACED.has(step) ? 1 : 0);
      if (PLACED.has(step) && step !== 'done')
        expect(JSON.parse(audits[0]?.after ?? '{}')).toMatchObject({
          completedAtStartup: true,
          counts: { persons: expect.any(Number) },
        });
      expect(app.core.recovered.completed).toHaveLength(PLACED.has(step) && step !== 'done' ? 1 : 0);
      expect(app.sqlite.prepare("SELECT count(*) FROM file_writes WHERE status = 'pending'").pluck().get()).toBe(0);
    } finally {
      app.core.close();
    }
  });
});

describe('a crash at any step of a data-package export', { timeout: 120_000 }, () => {
  it.each(STEPS)(
    'killed at %s: the package and its exchange-log row both exist or neither; its number is not reused if it may be on the stick',
    async (step) => {
      const { app, folder, signal, output } = crashAt('package', step);
      try {
        expect(signal, output).toBe('SIGKILL');
        const files = filesIn(folder).filter((f) => f.endsWith('.shrpkg'));
        expect(filesIn(folder).filter(isLeftoverPart)).toEqual([]);
        const logged = app.sqlite
          .prepare(
            "SELECT file_path AS path, sequence FROM package_log WHERE direction = 'export' AND outcome = 'exported'",
          )
          .all() as { path: string; sequence: number }[];
        expect(files.map((f) => path.join(folder, f))).toEqual(logged.map((l) => l.path));
        expect(logged).toHaveLength(PLACED.has(step) ? 1 : 0);

        // The next package: number 1 again only if package 1 never reached its final name.
        const mayBeOnStick = step !== 'pending' && step !== 'written';
        expect((await app.api.packages.office()).nextSequence).toBe(mayBeOnStick ? 2 : 1);
        const next = await app.api.packages.export({ directory: folder, password: PASSWORD });
        expect(next.sequence).toBe(mayBeOnStick ? 2 : 1);
        const numbers = (
          app.sqlite.prepare("SELECT sequence FROM package_log WHERE outcome = 'exported'").pluck().all() as number[]
        ).sort();
        expect(new Set(numbers).size).toBe(numbers.length);
        expect(filesIn(folder).filter((f) => f.endsWith('.shrpkg'))).toHaveLength(numbers.length);
      } finally {
        app.core.close();
      }
    },
  );
});
