// What the export and import halves of the exchange benchmark share.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXPORT_ROWS = 200_000;
/** The app's own 200,000-row export, kept for the import half of the benchmark. */
export const EXPORTED_WORKBOOK = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '.cache',
  `exchange-persons-${EXPORT_ROWS}.xlsx`,
);

/** One measured run in a fresh process (tsx's loader flags passed on), so peak RSS is the run's own. */
export function child<T>(script: string, args: string[]): T {
  const r = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0)
    throw new Error(`${path.basename(script)} ${args[0] ?? ''} failed (${r.status ?? r.signal}):\n${r.stderr}`);
  const line = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as T;
}
