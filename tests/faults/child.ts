// Runs the worker in a child process and SIGKILLs it at the chosen point: a delay after its
// `begin` marker, or the moment a file appears in the folder it writes to (a hidden `.part`
// while the file is written, the file at its final name once renamed). No hook in server code:
// the child only prints markers, the parent watches the clock and the folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Operation } from './templates';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WORKER = path.join(ROOT, 'tests/faults/worker.ts');

export type KillPoint =
  | { kind: 'none' }
  /** ms after the child printed `begin`. */
  | { kind: 'delay'; ms: number }
  /** The instant the child prints `done`: the operation finished, the register still open. */
  | { kind: 'done' }
  /** When a file of this kind shows up in the watched folder, or `ms` after that. */
  | { kind: 'file'; when: 'part' | 'final'; ms?: number };

export interface ChildRun {
  /** Markers the child printed, in order (`started`, `begin`, `done`). */
  markers: string[];
  /** The `done` marker's data, when the child finished. */
  done: unknown;
  killed: boolean;
  /** ms from `begin` to the kill, or to `done` when nothing was killed. */
  elapsed: number | null;
  /** The files in the watched folder the instant the kill was sent. */
  filesAtKill: string[];
  /** ms from `begin` to the first `.part` and the first file at a final name in the watched folder. */
  seen: { part?: number; final?: number };
  stderr: string;
}

export const isPart = (name: string) => name.endsWith('.part');
/** A file at a final name: not hidden, not temporary. */
export const isFinal = (name: string) => !name.startsWith('.') && !isPart(name);

const listing = (folder: string | undefined) => (folder && fs.existsSync(folder) ? fs.readdirSync(folder) : []);

export function runWorker(
  operation: Operation,
  dataDir: string,
  target: string | undefined,
  point: KillPoint,
  folder?: string,
): Promise<ChildRun> {
  const args = ['--import', 'tsx', WORKER, operation, dataDir, ...(target ? [target] : [])];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const run: ChildRun = {
    markers: [],
    done: undefined,
    killed: false,
    elapsed: null,
    filesAtKill: [],
    seen: {},
    stderr: '',
  };
  let begun: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  let watcher: fs.FSWatcher | undefined;

  const kill = () => {
    if (run.killed || child.exitCode !== null || child.signalCode !== null) return;
    // Signal first, look second: the listing must not delay the kill.
    child.kill('SIGKILL');
    run.killed = true;
    run.elapsed = begun === null ? null : performance.now() - begun;
    run.filesAtKill = listing(folder);
  };

  if (point.kind === 'file' && !folder) throw new Error('a file kill point needs the folder to watch');
  if (folder) {
    watcher = fs.watch(folder, (_event, name) => {
      const file = name?.toString() ?? '';
      const kind = isPart(file) ? 'part' : isFinal(file) ? 'final' : null;
      if (!kind || run.seen[kind] !== undefined) return;
      run.seen[kind] = begun === null ? 0 : performance.now() - begun;
      if (point.kind !== 'file' || point.when !== kind) return;
      if (point.ms) timer = setTimeout(kill, point.ms);
      else kill();
    });
  }

  let buffered = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      const space = line.indexOf(' ');
      const marker = space < 0 ? line : line.slice(0, space);
      run.markers.push(marker);
      if (marker === 'begin') {
        begun = performance.now();
        if (point.kind === 'delay') timer = setTimeout(kill, point.ms);
      }
      if (marker === 'done') {
        run.done = JSON.parse(line.slice(space + 1));
        if (begun !== null && !run.killed) run.elapsed = performance.now() - begun;
        // A delay that has not run out yet still kills the host, now idle after the operation;
        // otherwise (no kill planned, or the file it waited for never came) let it close cleanly.
        if (point.kind === 'done') kill();
        else if (point.kind === 'none' || (point.kind === 'file' && run.seen[point.when] === undefined))
          child.stdin.end();
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => (run.stderr += d));
  // Closing the pipe of a child just killed may fail; the exit below is what counts.
  child.stdin.on('error', () => undefined);

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      watcher?.close();
      if (signal === 'SIGKILL' && run.killed) resolve(run);
      else if (code === 0) resolve(run);
      else reject(new Error(`${operation} worker failed (${code ?? signal}): ${run.stderr}`));
    });
  });
}
