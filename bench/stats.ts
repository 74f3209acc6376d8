/** Timing samples and their summary; all times in milliseconds. */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  /** CPU time of this process per call (user + system, all threads): what other load on the machine cannot inflate. */
  cpu?: { median: number; p95: number };
}

export function summarise(samples: readonly number[], cpuSamples?: readonly number[]): Summary {
  const wall = percentiles(samples);
  return cpuSamples ? { ...wall, cpu: percentiles(cpuSamples) } : wall;
}

function percentiles(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank percentiles: no interpolation between two real measurements.
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
  return { n: sorted.length, median: rank(0.5), p95: rank(0.95) };
}

export interface RunOptions {
  warmup: number;
  iterations: number;
  /** Stop early (but after at least `minIterations`) once this much time has gone by. */
  budgetMs?: number;
  minIterations?: number;
}

/**
 * Times `fn(i)` after `warmup` untimed calls; `i` lets the caller rotate through several real
 * keys so no single key stays trivially hot in the page cache.
 */
export async function time(fn: (i: number) => unknown, options: RunOptions): Promise<Summary> {
  for (let i = 0; i < options.warmup; i++) await fn(i);
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < options.iterations; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuSamples.push((used.user + used.system) / 1000);
    const over = options.budgetMs !== undefined && performance.now() - started > options.budgetMs;
    if (over && samples.length >= (options.minIterations ?? 1)) break;
  }
  return summarise(samples, cpuSamples);
}
