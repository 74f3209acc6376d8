import { describe, expect, it } from 'vitest';
import { DEFAULT_RESTART_POLICY, lastLine, lastLineOf, ServiceSupervisor } from '#electron/service-supervisor';

const SECOND = 1000;

describe('ServiceSupervisor (restart policy of the register service)', () => {
  it('restarts a service that exits unexpectedly, after a backoff that doubles within the window', () => {
    const s = new ServiceSupervisor({ maxCrashes: 5, windowMs: 60 * SECOND, firstDelayMs: 500, maxDelayMs: 3000 });
    expect(s.state).toBe('running');
    expect(s.exited(0)).toEqual({ action: 'restart', delayMs: 500, crashes: 1 });
    expect(s.state).toBe('restarting');
    s.started();
    expect(s.state).toBe('running');
    expect(s.exited(1 * SECOND)).toEqual({ action: 'restart', delayMs: 1000, crashes: 2 });
    s.started();
    expect(s.exited(2 * SECOND)).toEqual({ action: 'restart', delayMs: 2000, crashes: 3 });
    s.started();
    // Capped.
    expect(s.exited(3 * SECOND)).toEqual({ action: 'restart', delayMs: 3000, crashes: 4 });
  });

  it('gives up at the third crash within 60 s by default, and stays given up', () => {
    const s = new ServiceSupervisor();
    expect(DEFAULT_RESTART_POLICY).toMatchObject({ maxCrashes: 3, windowMs: 60 * SECOND });
    expect(s.exited(0).action).toBe('restart');
    s.started();
    expect(s.exited(20 * SECOND).action).toBe('restart');
    s.started();
    expect(s.exited(59 * SECOND)).toEqual({ action: 'giveUp', crashes: 3 });
    expect(s.state).toBe('failed');
    // A late exit event changes nothing: no retry loop after giving up.
    expect(s.exited(61 * SECOND)).toEqual({ action: 'none' });
    s.started();
    expect(s.state).toBe('failed');
  });

  it('forgets crashes older than the window: an occasional crash is always restarted', () => {
    const s = new ServiceSupervisor();
    for (let i = 0; i < 10; i++) {
      expect(s.exited(i * 61 * SECOND)).toEqual({
        action: 'restart',
        delayMs: DEFAULT_RESTART_POLICY.firstDelayMs,
        crashes: 1,
      });
      s.started();
    }
    const last = 9 * 61 * SECOND;
    expect(s.exited(last + 30 * SECOND)).toMatchObject({ action: 'restart', crashes: 2 });
    s.started();
    // A third crash 61 s after the first of those two: the first has left the window.
    expect(s.exited(last + 61 * SECOND)).toMatchObject({ action: 'restart', crashes: 2 });
  });

  it('counts a service that dies while starting again (crashing at start-up) toward giving up', () => {
    const s = new ServiceSupervisor();
    expect(s.exited(0).action).toBe('restart');
    // Never reported started: it died during its restart.
    expect(s.exited(600).action).toBe('restart');
    expect(s.exited(1700)).toEqual({ action: 'giveUp', crashes: 3 });
  });

  it('does not restart a service the app itself stops (quitting)', () => {
    const s = new ServiceSupervisor();
    s.stop();
    expect(s.exited(0)).toEqual({ action: 'none' });
    expect(s.state).toBe('stopped');
  });

  it('does not start a pending restart once the app is quitting', () => {
    const s = new ServiceSupervisor();
    expect(s.exited(0).action).toBe('restart');
    s.stop();
    expect(s.state).toBe('stopped');
    s.started();
    expect(s.state).toBe('stopped');
  });
});

describe('lastLineOf (the reason shown when main gives up)', () => {
  it('keeps the last non-blank line across chunks cut anywhere', () => {
    let seen = { line: null as string | null, tail: '' };
    for (const chunk of ['starting\n', '无法打开数据目录：/data 只读', '（read-only）\n', '\n  \n'])
      seen = lastLineOf(seen, chunk);
    expect(lastLine(seen)).toBe('无法打开数据目录：/data 只读（read-only）');
    seen = lastLineOf(seen, 'Error: died mid-li');
    expect(lastLine(seen)).toBe('Error: died mid-li');
    expect(lastLine({ line: null, tail: '' })).toBeNull();
  });

  it('bounds a huge line', () => {
    const seen = lastLineOf({ line: null, tail: '' }, `${'x'.repeat(10_000)}\n`);
    expect(lastLine(seen)?.length).toBe(500);
  });
});
