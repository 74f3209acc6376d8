import { createWriteStream, mkdirSync, renameSync, statSync, type WriteStream } from 'node:fs';
import path from 'node:path';

/** Where the register service's output goes: in the data folder, so support can ask for one file. */
export const serviceLogFile = (dataDir: string): string => path.join(dataDir, 'logs', 'register-service.log');

/** Past this size the log is moved to `.1` (one old copy kept) when the app starts. */
const ROTATE_BYTES = 5 * 1024 * 1024;

/**
 * The service log, opened for appending. A log that cannot be written (full disk, no rights)
 * must not take main down with it, so its errors are swallowed after one line on main's stderr.
 */
export function openServiceLog(file: string): WriteStream {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    if (statSync(file).size > ROTATE_BYTES) renameSync(file, `${file}.1`);
  } catch {
    // No log yet, or no folder (the stream below reports that once): append to what is there.
  }
  const stream = createWriteStream(file, { flags: 'a' });
  stream.once('error', (error) => console.error(`[main] cannot write ${file}: ${error.message}`));
  return stream;
}

/** One timestamped line from main itself (start, exit, give up). */
export function logLine(log: WriteStream, text: string): void {
  if (!log.destroyed) log.write(`[${new Date().toISOString()}] [main] ${text}\n`);
}
