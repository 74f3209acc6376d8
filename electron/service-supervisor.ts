/**
 * When the desktop main process restarts the register service (the utility process that holds
 * the SQLite register) after it exits unexpectedly. Pure: main.ts feeds it exits and clock times
 * and does what it answers, so the policy is tested without Electron.
 *
 * A crash is restarted after a short backoff that doubles with each crash still inside the window;
 * `maxCrashes` crashes within `windowMs` mean the service cannot run here (a broken data folder, a
 * full disk, a damaged file): it stops retrying, and the window says so and where the log is.
 */
export interface RestartPolicy {
  /** This many unexpected exits within `windowMs` stop the retries. */
  maxCrashes: number;
  windowMs: number;
  /** Wait before the first restart; doubled for each further crash in the window. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  maxCrashes: 3,
  windowMs: 60_000,
  firstDelayMs: 500,
  maxDelayMs: 8_000,
};

export type SupervisorState = 'running' | 'restarting' | 'failed' | 'stopped';

export type ExitDecision =
  /** Start the service again after `delayMs`; `crashes` counts the crashes inside the window. */
  | { action: 'restart'; delayMs: number; crashes: number }
  /** Too many crashes: leave it stopped and tell the clerk. */
  | { action: 'giveUp'; crashes: number }
  /** The app is quitting (or already gave up): nothing to do. */
  | { action: 'none' };

/** What the window is told, through the preload, about its register service. */
export type ServiceStatus =
  | { state: 'restarting' }
  | { state: 'restarted' }
  /** `lastError`: the service's last line on stderr (often the reason, e.g. the data folder cannot be opened). */
  | { state: 'failed'; logFile: string; lastError: string | null };

const MAX_ERROR_LINE = 500;

/**
 * The last non-blank line of a stream seen so far, given the previous one and a new chunk. Chunks
 * are cut anywhere, so a line may arrive in pieces: `tail` keeps the unfinished end.
 */
export function lastLineOf(
  seen: { line: string | null; tail: string },
  chunk: string,
): { line: string | null; tail: string } {
  const lines = (seen.tail + chunk).split(/\r?\n/);
  const tail = (lines.pop() ?? '').slice(-MAX_ERROR_LINE);
  const complete = lines.map((l) => l.trim()).filter(Boolean);
  const line = complete.length ? (complete[complete.length - 1] ?? null) : seen.line;
  return { line: line?.slice(0, MAX_ERROR_LINE) ?? null, tail };
}

/** The last line, counting an unfinished one (a process that died mid-line). */
export const lastLine = (seen: { line: string | null; tail: string }): string | null => seen.tail.trim() || seen.line;

export class ServiceSupervisor {
  private crashes: number[] = [];
  private current: SupervisorState = 'running';

  constructor(private readonly policy: RestartPolicy = DEFAULT_RESTART_POLICY) {}

  get state(): SupervisorState {
    return this.current;
  }

  /** The app is closing: the exit that follows is expected and must not be restarted. */
  stop(): void {
    this.current = 'stopped';
  }

  /** The service exited at time `now` (ms); what to do about it. */
  exited(now: number): ExitDecision {
    if (this.current === 'stopped' || this.current === 'failed') return { action: 'none' };
    this.crashes = [...this.crashes.filter((t) => now - t < this.policy.windowMs), now];
    const crashes = this.crashes.length;
    if (crashes >= this.policy.maxCrashes) {
      this.current = 'failed';
      return { action: 'giveUp', crashes };
    }
    this.current = 'restarting';
    const delayMs = Math.min(this.policy.firstDelayMs * 2 ** (crashes - 1), this.policy.maxDelayMs);
    return { action: 'restart', delayMs, crashes };
  }

  /** A restarted service is up again (it was started after a 'restart' decision). */
  started(): void {
    if (this.current === 'restarting') this.current = 'running';
  }
}
