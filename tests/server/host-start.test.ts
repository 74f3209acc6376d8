import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeApp } from './helpers';
import { mountRefusal, mountTmpfs, unmountAll } from './mounts';

/**
 * The browser host started on a data folder it cannot use: it prints one line, in Chinese and
 * English, naming the folder and what to do, and exits non-zero (never a stack trace, never
 * "unable to open database file"). The host's own start-up code runs in a child process.
 */
const HOST = fileURLToPath(new URL('../../server/web-host.ts', import.meta.url));

interface HostRun {
  status: number | null;
  lines: string[];
  stdout: string;
}

function startHost(dataDir: string): Promise<HostRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', HOST, '--data-dir', dataDir, '--port', '0'],
      { encoding: 'utf8', timeout: 90_000 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        if (error && status === null) return reject(error);
        resolve({ status, lines: stderr.split('\n').filter((l) => l.trim() !== ''), stdout });
      },
    );
  });
}

function expectOneLine(run: HostRun, zh: string, en: string): void {
  expect(run.status, run.lines.join('\n')).not.toBe(0);
  expect(run.status).not.toBeNull();
  expect(run.lines).toHaveLength(1);
  const [line] = run.lines;
  expect(line).toContain(zh);
  expect(line).toContain(en);
  expect(line).not.toMatch(/unable to open database file|SqliteError|\bat \S+ \(/);
  expect(run.stdout).not.toContain('browser host ready');
}

const temps: string[] = [];
const temp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shr-host-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  unmountAll();
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

// The cases start their hosts at once (each start-up takes seconds); mounts are removed after all.
describe.concurrent('the browser host cannot use its data folder', { timeout: 90_000 }, () => {
  it('the data folder is a file: one line naming it, non-zero exit', async () => {
    const file = path.join(temp(), 'data');
    fs.writeFileSync(file, 'not a folder');
    expectOneLine(
      await startHost(file),
      `无法启动：数据文件夹的位置“${file}”是一个文件而不是文件夹`,
      `Cannot start: "${file}", the data folder, is a file, not a folder`,
    );
  });

  it('the register file cannot be opened (a folder in its place): one line, non-zero exit', async () => {
    const dir = temp();
    fs.mkdirSync(path.join(dir, 'register.sqlite'));
    expectOneLine(
      await startHost(dir),
      `无法启动：打不开数据文件夹“${dir}”中的数据文件`,
      `Cannot start: the register file in the data folder "${dir}" cannot be opened`,
    );
  });

  it.skipIf(mountRefusal !== null)(
    'the data folder is missing and cannot be created (its disk is read-only): one line, non-zero exit',
    async () => {
      const dir = path.join(mountTmpfs({ size: '64k', readOnly: true }), '阳光家园');
      expectOneLine(
        await startHost(dir),
        `无法启动：数据文件夹“${dir}”不存在且无法创建（EROFS）`,
        `Cannot start: the data folder "${dir}" does not exist and cannot be created (EROFS)`,
      );
    },
  );

  it.skipIf(mountRefusal !== null)(
    'a register whose disk became read-only: one line naming the folder, non-zero exit, the file untouched',
    async () => {
      const dir = mountTmpfs({ size: '16m' });
      const app = makeApp(dir);
      app.core.close();
      const before = fs.readFileSync(path.join(dir, 'register.sqlite'));
      execFileSync('mount', ['-o', 'remount,ro', dir]);
      expectOneLine(
        await startHost(dir),
        `无法启动：数据文件夹“${dir}”是只读的（EROFS）`,
        `Cannot start: the data folder "${dir}" is read-only (EROFS)`,
      );
      expect(fs.readFileSync(path.join(dir, 'register.sqlite')).equals(before)).toBe(true);
    },
  );
});
