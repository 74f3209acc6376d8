import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Small real file systems for disk-fault tests: a tmpfs of a few kB (a full USB stick) or a
 * read-only one (a write-protected stick). Root ignores file permissions, so read-only needs a
 * mount. Where mounting is not permitted the tests skip and say why.
 */
function probe(): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shr-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir], { stdio: 'pipe' });
    execFileSync('umount', [dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `cannot mount a tmpfs here (${(error as Error).message.split('\n')[0]}); disk-fault tests that need one are skipped`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const mountRefusal: string | null =
  process.platform === 'linux' ? probe() : 'tmpfs mounts need Linux; disk-fault tests that need one are skipped';
if (mountRefusal) console.warn(mountRefusal);

const mounted: string[] = [];

/** A new tmpfs at a new folder; `readOnly` mounts it read-only. */
export function mountTmpfs(options: { size: string; readOnly?: boolean }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shr-mount-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `${options.readOnly ? 'ro,' : ''}size=${options.size}`, 'tmpfs', dir], {
    stdio: 'pipe',
  });
  mounted.push(dir);
  return dir;
}

/** Writes a filler file until the file system says ENOSPC: nothing more fits. */
export function fillUp(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'w');
  try {
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 9, 1]) {
      for (;;) {
        try {
          fs.writeSync(fd, Buffer.alloc(size));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw error;
        }
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

export function unmountAll(): void {
  for (const dir of mounted.splice(0)) {
    try {
      execFileSync('umount', [dir], { stdio: 'pipe' });
    } catch {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
