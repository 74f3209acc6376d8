// Excel exchange benchmark: `npm run bench -- --only export` (and `--only import`), or
// `npx tsx bench/exchange.ts [--only export|import] [--repeats 5] [--seed 1]`. Not part of npm test.
// (1) export: the app's exportWorkbook against a bare exceljs WorkbookWriter streaming the same
//     200,000 persons × 24 columns from one SELECT; wall time, CPU and peak RSS, each run in a
//     process of its own (bench/exchange-runs.ts).
// (2) import: see bench/exchange-import.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { child, EXPORT_ROWS, EXPORTED_WORKBOOK } from './exchange-common';
import { runImportBench } from './exchange-import';
import type { RunOptions, RunResult, Variant } from './exchange-runs';
import { describeHost, loadAverage, type Host } from './machine';
import { cachedRegister, workingCopy } from './registers';
import { writeMarkedSection } from './report';
import { summarise, type Summary } from './stats';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RUNS = path.join(HERE, 'exchange-runs.ts');
const TARGET = 1.2;

function runVariant(variant: Variant, cachedDir: string, extra: Partial<RunOptions> = {}): RunResult {
  const copy = workingCopy(cachedDir);
  try {
    const out = path.join(copy.dir, 'out');
    fs.mkdirSync(out);
    const result = child<RunResult>(RUNS, [variant, JSON.stringify({ dataDir: copy.dir, out, ...extra })]);
    if (variant === 'export-app' && result.rows === EXPORT_ROWS) fs.copyFileSync(result.file, EXPORTED_WORKBOOK);
    if (variant === 'export-write' && extra.rows === undefined)
      fs.copyFileSync(result.file, path.join(path.dirname(copy.dir), 'exchange-verify-input.xlsx'));
    return result;
  } finally {
    copy.remove();
  }
}

interface Series {
  variant: Variant;
  label: string;
  runs: RunResult[];
  wall: Summary;
  cpu: Summary;
  peakRss: Summary;
}

const series = (variant: Variant, label: string, runs: RunResult[]): Series => ({
  variant,
  label,
  runs,
  wall: summarise(runs.map((r) => r.wallMs)),
  cpu: summarise(runs.map((r) => r.cpuMs)),
  peakRss: summarise(runs.map((r) => r.peakRssMiB)),
});

export interface ExportBenchResult {
  host: Host;
  date: string;
  loadBefore: string;
  loadAfter: string;
  repeats: number;
  rows: number;
  app: Series;
  bare: Series;
  write: Series;
  verify: Series;
  /** One app and one bare run at five times the size: a streamed export's peak RSS stays where it was. */
  scale: { rows: number; app: RunResult; bare: RunResult } | null;
}

export function runExportBench(o: {
  seed: number;
  repeats: number;
  scaleRows: number;
  log: (s: string) => void;
}): ExportBenchResult {
  const { log } = o;
  log(`\n== Excel export, ${EXPORT_ROWS.toLocaleString('en')} persons (${o.repeats} runs per variant)`);
  const { dir } = cachedRegister(EXPORT_ROWS, o.seed, log);
  const loadBefore = loadAverage();
  const date = new Date().toISOString();
  const app: RunResult[] = [];
  const bare: RunResult[] = [];
  const write: RunResult[] = [];
  const verify: RunResult[] = [];
  const show = (r: RunResult) =>
    log(
      `  ${r.variant.padEnd(13)} ${(r.wallMs / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU, peak RSS ${r.peakRssMiB} MiB (start ${r.startRssMiB}), ${r.rows.toLocaleString('en')} rows, ${(r.bytes / 2 ** 20).toFixed(1)} MiB (load ${loadAverage()})`,
    );
  for (let i = 0; i < o.repeats; i++) {
    // Alternate which goes first so drift in the machine's load hits both alike.
    const order: Variant[] =
      i % 2 === 0 ? ['export-app', 'export-bare', 'export-write'] : ['export-bare', 'export-app', 'export-write'];
    for (const v of order) {
      const r = runVariant(v, dir);
      show(r);
      ({ 'export-app': app, 'export-bare': bare, 'export-write': write, 'export-verify': verify })[v].push(r);
    }
    const input = path.join(HERE, '.cache', 'exchange-verify-input.xlsx');
    const r = child<RunResult>(RUNS, [
      'export-verify',
      JSON.stringify({ dataDir: dir, out: input, rows: EXPORT_ROWS }),
    ]);
    show(r);
    verify.push(r);
  }
  fs.rmSync(path.join(HERE, '.cache', 'exchange-verify-input.xlsx'), { force: true });
  let scale: ExportBenchResult['scale'] = null;
  if (o.scaleRows > 0) {
    const bigDir = cachedRegister(o.scaleRows, o.seed, log).dir;
    scale = { rows: o.scaleRows, app: runVariant('export-app', bigDir), bare: runVariant('export-bare', bigDir) };
    show(scale.app);
    show(scale.bare);
  }
  return {
    host: describeHost(),
    date,
    loadBefore,
    loadAfter: loadAverage(),
    repeats: o.repeats,
    rows: EXPORT_ROWS,
    app: series('export-app', '**app**: `exportWorkbook` (service, as the API calls it)', app),
    bare: series('export-bare', '**bare**: one SELECT → exceljs WorkbookWriter', bare),
    write: series('export-write', 'app, writing only (`writeSubmissionWorkbook`, no fsync/read-back/audit)', write),
    verify: series('export-verify', 'app, read-back check only (`verifyWorkbook`)', verify),
    scale,
  };
}

const s1 = (ms: number) => (ms / 1000).toFixed(2);
const range = (s: Series, pick: (r: RunResult) => number, f: (v: number) => string) => {
  const v = s.runs.map(pick);
  return `${f(Math.min(...v))}–${f(Math.max(...v))}`;
};

export function renderExportReport(r: ExportBenchResult): string {
  const h = r.host;
  const ratio = r.app.wall.median / r.bare.wall.median;
  const writeRatio = r.write.wall.median / r.bare.wall.median;
  const cpuRatio = r.app.cpu.median / r.bare.cpu.median;
  const rows = [r.app, r.bare, r.write, r.verify].map(
    (s) =>
      `| ${s.label} | ${s1(s.wall.median)} (${range(s, (x) => x.wallMs, s1)}) | ${s1(s.cpu.median)} | ${s.peakRss.median.toFixed(0)} (start ${s.runs[0]?.startRssMiB.toFixed(0) ?? '?'}) | ${((s.runs[0]?.bytes ?? 0) / 2 ** 20).toFixed(1)} | ${s === r.verify ? '—' : `${(s.wall.median / r.bare.wall.median).toFixed(2)}×`} |`,
  );
  return [
    '## Excel export: the submission workbook vs bare exceljs streaming (`npm run bench -- --only export`)',
    '',
    `- Date: ${r.date}; ${r.repeats} runs per variant, alternating which goes first; load average ${r.loadBefore} before, ${r.loadAfter} after (2 cores shared with other work).`,
    `- Machine: ${h.cpus} CPUs (${h.cpuModel}), ${h.ramGiB} GiB RAM, ${h.os}; Node ${h.node}; exceljs 4.4.0.`,
    `- Data: the synthetic register of bench/.cache (seed 1, \`server/dev\` seed code), ${r.rows.toLocaleString('en')} persons, all of them (archived included) so both sides write the same rows; the persons sheet only (24 columns).`,
    '- **app** = `exportWorkbook` as `exports.workbook` calls it: rows read a page at a time by keyset, labels in Chinese, text format on ID columns,',
    '  widths, bold frozen header, 说明 sheet, streamed to a temporary file, fsync, rename, fsync folder, read back (every zip entry inflated and',
    '  CRC-checked, sheet names, header, row count) and an audit row. **bare** = one plain SELECT (names joined in SQL, codes as stored) into an',
    '  exceljs `stream.xlsx.WorkbookWriter` (no styles, no shared strings), `addRow().commit()` per row, no fsync, no read-back.',
    '- Each run is its own Node process (bench/exchange-runs.ts); peak RSS is that process\'s maxRSS, "start" its RSS before the measured work.',
    '',
    '| variant | wall median (min–max) s | CPU median s | peak RSS median MiB | file MiB | ÷ bare (median wall) |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `- Target: app ≤ ${TARGET}× bare (median wall): **${ratio.toFixed(2)}× — ${ratio <= TARGET ? 'met' : 'NOT met'}** (writing alone ${writeRatio.toFixed(2)}×; CPU ${cpuRatio.toFixed(2)}×).`,
    ...(r.scale
      ? [
          `- Memory does not grow with the register: at ${r.scale.rows.toLocaleString('en')} persons (one run each) the app takes ${s1(r.scale.app.wallMs)} s (${(r.scale.app.wallMs / r.scale.bare.wallMs).toFixed(2)}× bare's ${s1(r.scale.bare.wallMs)} s)`,
          `  and peaks at ${r.scale.app.peakRssMiB.toFixed(0)} MiB (${r.app.peakRss.median.toFixed(0)} at ${r.rows.toLocaleString('en')}); bare peaks at ${r.scale.bare.peakRssMiB.toFixed(0)} MiB (${r.bare.peakRss.median.toFixed(0)}).`,
          '  Bare exceljs never waits for the zip, so the whole sheet piles up uncompressed in memory; the app waits for the zip every 500 rows',
          '  once more than 1 MiB is queued (server/exchange/export/workbook-writer.ts). That costs little time, because deflate then runs on the',
          `  second core while the first builds rows: writing alone is ${writeRatio.toFixed(2)}× bare.`,
        ]
      : []),
  ].join('\n');
}

export async function runExchangeBench(o: {
  parts: readonly ('export' | 'import')[];
  seed: number;
  repeats: number;
  scaleRows: number;
  results: string;
  log: (s: string) => void;
}): Promise<void> {
  if (o.parts.includes('export')) {
    const section = renderExportReport(runExportBench(o));
    writeMarkedSection(o.results, 'exchange-export', section);
    o.log(`\n${section}\n\nwrote ${path.relative(process.cwd(), o.results)}`);
  }
  if (o.parts.includes('import')) {
    await runImportBench(o);
  }
}

// Stand-alone: npx tsx bench/exchange.ts [--only export|import] [--repeats 5] [--seed 1] [--scale-rows 1000000 (0: skip)]
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      repeats: { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      'scale-rows': { type: 'string', default: '1000000' },
    },
  });
  if (values.only !== undefined && values.only !== 'export' && values.only !== 'import')
    throw new Error('--only takes export or import');
  await runExchangeBench({
    parts: values.only ? [values.only] : ['export', 'import'],
    seed: Number(values.seed),
    repeats: Number(values.repeats),
    scaleRows: Number(values['scale-rows']),
    results: path.join(HERE, 'RESULTS.md'),
    log: (s) => console.log(s),
  });
}
