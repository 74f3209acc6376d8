// npm run bench [-- --sizes 100000,1000000 --seed 1 --iterations 200]: persons-register benchmark,
// then the roster PDF benchmark (bench/roster.ts, --roster-sizes 2000,10000,20000 --roster-repeats 3),
// then the Excel export and import benchmarks (bench/exchange.ts, --exchange-repeats 5 --exchange-scale-rows 1000000).
// `--only persons`, `--only roster`, `--only export`, `--only import` or `--only import-million` (bench/import-million.ts) runs one of them.
// Not part of npm test: it builds (or reuses) big registers under bench/.cache and takes minutes.
import { createRouterClient } from '@orpc/server';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { handlerOptions, router, startCore } from '#server/core';
import { runExchangeBench } from './exchange';
import { runImportMillionBench } from './import-million';
import { captureStatements, queryPlan } from './explain';
import { describeMachine, loadAverage, type Machine } from './machine';
import { cachedRegister, workingCopy } from './registers';
import { renderReport, type Row, type SizeResult, writeSection } from './report';
import { runRosterBench } from './roster';
import { timeOpen, timeSave } from './save-open';
import { filterCase, likeScan, searchCases } from './search-cases';
import { time } from './stats';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    seed: { type: 'string', default: '1' },
    iterations: { type: 'string', default: '200' },
    only: { type: 'string' },
    'roster-sizes': { type: 'string', default: '2000,10000,20000' },
    'roster-repeats': { type: 'string', default: '3' },
    'exchange-repeats': { type: 'string', default: '5' },
    'exchange-scale-rows': { type: 'string', default: '1000000' },
  },
});
const PARTS = ['persons', 'roster', 'export', 'import', 'import-million'] as const;
if (values.only !== undefined && !(PARTS as readonly string[]).includes(values.only))
  throw new Error(`--only takes ${PARTS.join(', ')}`);
const runs = (part: (typeof PARTS)[number]) => values.only === undefined || values.only === part;
const sizes = values.sizes.split(',').map(Number);
const seed = Number(values.seed);
const iterations = Number(values.iterations);
const log = (line: string) => console.log(line);
const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');
const TARGET_AT = 1_000_000;

async function benchSize(persons: number, notes: string[]): Promise<{ result: SizeResult; machine: Machine }> {
  log(`\n== ${persons.toLocaleString('en')} persons`);
  const { dir: cached, timing } = cachedRegister(persons, seed, log);
  const load = loadAverage();
  const copy = workingCopy(cached);
  const core = startCore({ dataDir: copy.dir, actor: 'bench' });
  const sqlite = core.register.sqlite;
  const api = createRouterClient(router, { context: core.context, interceptors: handlerOptions.clientInterceptors });
  const machine = describeMachine(sqlite, copy.dir);
  const rows: Row[] = [];
  const plans: string[] = [];
  const atTarget = persons >= TARGET_AT;
  const explain = async (label: string, call: () => Promise<unknown>) => {
    for (const statement of await captureStatements(sqlite, call)) {
      plans.push(`-- ${label}: ${statement.sql}`, ...queryPlan(sqlite, statement), '');
    }
  };
  try {
    const like = likeScan(sqlite);
    for (const c of searchCases(sqlite)) {
      const kw = (i: number) => c.keywords[i % c.keywords.length] ?? '';
      for (const k of c.keywords) {
        const page = await api.persons.list({ keyword: k });
        const floorIds = c
          .floor(k)
          .map((r) => r.id)
          .join();
        if (page.total === 0) notes.push(`${persons}: ${c.label} "${k}" found nothing through the API.`);
        if (page.data.map((p) => p.id).join() !== floorIds)
          notes.push(`${persons}: ${c.label} "${k}": the floor's first page differs from the app's.`);
      }
      const app = await time((i) => api.persons.list({ keyword: kw(i) }), { warmup: 20, iterations });
      const floor = await time((i) => c.floor(kw(i)), { warmup: 20, iterations });
      const scan = await time((i) => like.page(kw(i)), { warmup: 2, iterations, budgetMs: 20_000, minIterations: 40 });
      const scanCount = await time((i) => like.pageAndCount(kw(i)), {
        warmup: 1,
        iterations,
        budgetMs: 20_000,
        minIterations: 20,
      });
      const met = app.p95 <= 15 && scan.median / app.median >= 3 && scan.p95 / app.p95 >= 3;
      rows.push({
        measurement: `search: ${c.label}`,
        app,
        floor,
        floorLabel: '',
        like: scan,
        likeCount: scanCount,
        ...(atTarget ? { target: { text: 'p95 ≤ 15 ms and ≥ 3× faster than LIKE', met } } : {}),
      });
      log(
        `  ${c.label}: app ${app.median.toFixed(2)}/${app.p95.toFixed(2)} ms, floor ${floor.median.toFixed(2)}, LIKE ${scan.median.toFixed(1)}/${scan.p95.toFixed(1)}, LIKE+count ${scanCount.median.toFixed(1)}`,
      );
      if (atTarget) await explain(c.label, () => api.persons.list({ keyword: kw(0) }));
    }

    const filter = filterCase(sqlite);
    const fk = (i: number) => filter.keys[i % filter.keys.length] ?? { streetId: 0, category: '' };
    const filterApp = await time((i) => api.persons.list(fk(i)), { warmup: 20, iterations });
    const filterFloor = await time((i) => filter.floor(fk(i)), { warmup: 20, iterations });
    rows.push({
      measurement: 'filtered first page: street + category, no keyword',
      app: filterApp,
      floor: filterFloor,
      floorLabel: '',
    });
    log(
      `  filter: app ${filterApp.median.toFixed(2)}/${filterApp.p95.toFixed(2)} ms, floor ${filterFloor.median.toFixed(2)}`,
    );
    if (atTarget) await explain('filter', () => api.persons.list(fk(0)));

    const save = await timeSave(api, sqlite, seed + 7919, { warmup: 10, iterations });
    rows.push({
      measurement: 'durable save: persons.create + audit row (WAL, synchronous=FULL)',
      app: save.app,
      floor: save.floor,
      floorLabel: '(autocommit INSERT)',
      ...(atTarget ? { target: { text: 'p50 ≤ 1 ms', met: save.app.median <= 1 } } : {}),
    });
    log(
      `  save: app ${save.app.median.toFixed(2)}/${save.app.p95.toFixed(2)} ms, floor ${save.floor.median.toFixed(2)}`,
    );
  } finally {
    core.close();
  }
  try {
    const open = await timeOpen(copy.dir, { warmup: 2, iterations: 20 }, (c) =>
      createRouterClient(router, { context: c.context, interceptors: handlerOptions.clientInterceptors }).persons.list(
        {},
      ),
    );
    rows.push({
      measurement: 'open the register (startCore + close, warm page cache)',
      app: open.open.app,
      floor: open.open.floor,
      floorLabel: '(raw open + WAL)',
    });
    rows.push({ measurement: 'open + first list page + close', app: open.firstPage, floor: null, floorLabel: '' });
    log(
      `  open: app ${open.open.app.median.toFixed(1)} ms, +first page ${open.firstPage.median.toFixed(1)} ms, floor ${open.open.floor.median.toFixed(1)}`,
    );
  } finally {
    copy.remove();
  }
  return { result: { persons, seedSeconds: timing.seconds, load, rows, plans }, machine };
}

if (runs('persons')) {
  const notes: string[] = [];
  const results: SizeResult[] = [];
  let machine: Machine | undefined;
  const date = new Date().toISOString();
  for (const persons of sizes) {
    const r = await benchSize(persons, notes);
    results.push(r.result);
    machine ??= r.machine;
  }
  if (machine) {
    writeSection(RESULTS, renderReport({ machine, date, seed, iterations, sizes: results, notes }));
    log(`\nwrote ${path.relative(process.cwd(), RESULTS)}`);
  }
}
if (runs('roster')) {
  await runRosterBench({
    sizes: values['roster-sizes'].split(',').map(Number),
    repeats: Number(values['roster-repeats']),
    results: RESULTS,
    log,
  });
}
if (runs('export') || runs('import')) {
  await runExchangeBench({
    parts: (['export', 'import'] as const).filter(runs),
    seed,
    repeats: Number(values['exchange-repeats']),
    scaleRows: Number(values['exchange-scale-rows']),
    results: RESULTS,
    log,
  });
}
if (runs('import-million')) await runImportMillionBench({ results: RESULTS, log });
