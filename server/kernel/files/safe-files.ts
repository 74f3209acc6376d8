import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fsSync from 'node:fs';
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
    if ((/^\/(media|run\/media)\//.test(point) || STICK_FS.has(fsType)) && !point.startsWith('/boot'))
      found.push(point);
  }
  return found;
}

async function windowsRemovableDrives(): Promise<string[]> {
  // DriveType 2 = removable disk. PowerShell ships with every supported Windows.
  const { stdout } = await promisify(execFile)(
    'powershell.exe',
    [
      '-NoProfile',
      '-NonInteractive',
      '-Command',
      'Get-CimInstance Win32_LogicalDisk -Filter "DriveType=2" | ForEach-Object { $_.DeviceID }',
    ],
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
    if (process.platform === 'darwin')
      return (await fs.readdir('/Volumes'))
        .map((v) => path.join('/Volumes', v))
        .filter((v) => v !== '/Volumes/Macintosh HD');
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

export async function fsyncPath(p: string, flags: string): Promise<void> {
  const handle = await fs.open(p, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The hidden temporary name a file is written under before it is renamed into place. */
export const tempPathFor = (dir: string, fileName: string): string =>
  path.join(dir, `.${fileName}.${randomBytes(6).toString('hex')}.part`);

/** This app's temporary files (see tempPathFor): a dot, the final name, 12 hex digits, .part. */
export const isLeftoverPart = (name: string): boolean => /^\..+\.[0-9a-f]{12}\.part$/.test(name);

/** SHA-256 of a file, read in pieces (a workbook may be tens of MB); sync, for start-up. */
export function sha256FileSync(file: string): string {
  const hash = createHash('sha256');
  const fd = fsSync.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let n = fsSync.readSync(fd, buffer); n > 0; n = fsSync.readSync(fd, buffer))
      hash.update(buffer.subarray(0, n));
  } finally {
    fsSync.closeSync(fd);
  }
  return hash.digest('hex');
}

async function sha256File(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of fsSync.createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** The points between the steps of a safe write, in order (the fault tests stop at each). */
export type WriteStep = 'written' | 'synced' | 'named' | 'renamed' | 'dirSynced' | 'verified';

/** Lets the caller record the write as it goes (see services/file-journal.ts). */
export interface WriteJournal {
  /** The temporary file is on disk and synced; called with the final name and content hash just before the rename. */
  placing(finalPath: string, sha256: string, bytes: number): void | Promise<void>;
  step?(step: WriteStep): void | Promise<void>;
}

/**
 * Writes a file so that a pulled USB stick or a power cut never leaves a half file under the
 * final name: write a hidden temporary file, fsync it, rename it into place, fsync the folder
 * (so the rename itself is on the stick), then read it back with `verify`. Any failure removes
 * what was written and throws. With a journal, the final name and hash are recorded before the
 * rename, so a crash after it can be settled on the next start.
 */
export async function writeFileSafely(
  dir: string,
  fileName: string,
  write: (tempPath: string) => Promise<void>,
  verify: (finalPath: string) => Promise<void>,
  options: { temp?: string; journal?: WriteJournal; overwrite?: boolean } = {},
): Promise<{ path: string; bytes: number; sha256: string }> {
  const step = async (s: WriteStep) => options.journal?.step?.(s);
  const temp = options.temp ?? tempPathFor(dir, fileName);
  let final: string | null = null;
  try {
    await fs.mkdir(dir, { recursive: true });
    await write(temp);
    await step('written');
    await fsyncPath(temp, 'r+');
    await step('synced');
    const { sha256, bytes } = await sha256File(temp);
    // overwrite: the clerk chose this very name in a save dialog and confirmed replacing it.
    const chosen = options.overwrite ? path.join(dir, fileName) : await freeName(dir, fileName);
    await options.journal?.placing(chosen, sha256, bytes);
    await step('named');
    await fs.rename(temp, chosen);
    final = chosen;
    await step('renamed');
    try {
      await fsyncPath(dir, 'r');
    } catch (error) {
      // Windows cannot open a folder for fsync; NTFS and FAT journal the rename themselves there.
      if (process.platform !== 'win32') throw error;
    }
    await step('dirSynced');
    await verify(chosen);
    await step('verified');
    return { path: chosen, bytes, sha256 };
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (final) await fs.rm(final, { force: true }).catch(() => undefined);
    throw error;
  }
}
