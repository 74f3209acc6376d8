import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

/** A folder the clerk can write an export to; removable drives (U 盘) come first. */
export interface Destination {
  path: string;
  label: string;
  removable: boolean;
}

/** Where exports go when the clerk chooses nothing else: a folder beside the register. */
export const defaultExportDir = (dataFile: string): string => path.join(path.dirname(dataFile), 'exports');

// File systems USB sticks come formatted with; a stick mounted under /media is one of these.
const STICK_FS = new Set(['vfat', 'exfat', 'ntfs', 'ntfs3', 'fuseblk', 'msdos']);

/** Mount points of removable drives as /proc/mounts lists them (UOS / Kylin mount sticks under /media). */
export function linuxRemovableMounts(procMounts: string): string[] {
  const found: string[] = [];
  for (const line of procMounts.split('\n')) {
    const [, mountPoint, fsType] = line.split(' ');
    if (!mountPoint || !fsType) continue;
    // /proc/mounts escapes spaces in paths as \040.
    const point = mountPoint.replace(/\\040/g, ' ');
    if ((/^\/(media|run\/media)\//.test(point) || STICK_FS.has(fsType)) && !point.startsWith('/boot')) found.push(point);
  }
  return found;
}

async function windowsRemovableDrives(): Promise<string[]> {
  // DriveType 2 = removable disk. PowerShell ships with every supported Windows.
  const { stdout } = await promisify(execFile)(
    'powershell.exe',
    ['-NoProfile', '-NonInteractive', '-Command', 'Get-CimInstance Win32_LogicalDisk -Filter "DriveType=2" | ForEach-Object { $_.DeviceID }'],
    { timeout: 5000, windowsHide: true },
  );
  return stdout
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => /^[A-Z]:$/.test(s))
    .map((d) => `${d}\\`);
}

async function removableDrives(): Promise<string[]> {
  try {
    if (process.platform === 'win32') return await windowsRemovableDrives();
    if (process.platform === 'darwin') return (await fs.readdir('/Volumes')).map((v) => path.join('/Volumes', v)).filter((v) => v !== '/Volumes/Macintosh HD');
    return linuxRemovableMounts(await fs.readFile('/proc/mounts', 'utf8'));
  } catch {
    // No drive list is not an error: the clerk can still type a folder.
    return [];
  }
}

/** Removable drives first (as the OS reports them), then the default export folder. */
export async function listDestinations(dataFile: string): Promise<Destination[]> {
  const sticks = await removableDrives();
  const writable: Destination[] = [];
  for (const p of sticks) {
    try {
      await fs.access(p, constants.W_OK);
      writable.push({ path: p, label: path.basename(p) || p, removable: true });
    } catch {
      // A read-only or vanished mount is not offered.
    }
  }
  const fallback = defaultExportDir(dataFile);
  return [...writable, { path: fallback, label: fallback, removable: false }];
}

/** A name not yet taken in `dir`: 名称.xlsx, then 名称(2).xlsx … so no earlier export is overwritten. */
async function freeName(dir: string, fileName: string): Promise<string> {
  const ext = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? fileName : `${stem}(${n})${ext}`);
    try {
      await fs.access(candidate);
    } catch {
      return candidate;
    }
  }
}

async function fsyncPath(p: string, flags: string): Promise<void> {
  const handle = await fs.open(p, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes a file so that a pulled USB stick or a power cut never leaves a half file under the
 * final name: write a hidden temporary file, fsync it, rename it into place, fsync the folder
 * (so the rename itself is on the stick), then read it back with `verify`. Any failure removes
 * what was written and throws.
 */
export async function writeFileSafely(
  dir: string,
  fileName: string,
  write: (tempPath: string) => Promise<void>,
  verify: (finalPath: string) => Promise<void>,
): Promise<{ path: string; bytes: number }> {
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${fileName}.${randomBytes(6).toString('hex')}.part`);
  let final: string | null = null;
  try {
    await write(temp);
    await fsyncPath(temp, 'r+');
    final = await freeName(dir, fileName);
    await fs.rename(temp, final);
    try {
      await fsyncPath(dir, 'r');
    } catch (error) {
      // Windows cannot open a folder for fsync; NTFS and FAT journal the rename themselves there.
      if (process.platform !== 'win32') throw error;
    }
    await verify(final);
    const { size } = await fs.stat(final);
    return { path: final, bytes: size };
  } catch (error) {
    await fs.rm(temp, { force: true });
    if (final) await fs.rm(final, { force: true });
    throw error;
  }
}
