import fs from 'node:fs';
import type { Machine } from './machine';
import type { Summary } from './stats';

export interface Row {
  measurement: string;
  app: Summary;
  floor: Summary | null;
  floorLabel: string;
  like?: Summary;
  likeCount?: Summary;
  target?: { text: string; met: boolean };
}

export interface SizeResult {
  persons: number;
  seedSeconds: number | null;
  /** 1/5/15-minute load average when this size started: other work on the machine skews timings. */
  load: string;
  rows: Row[];
  plans: string[];
}

export interface Report {
  machine: Machine;
  date: string;
  seed: number;
  iterations: number;
  sizes: SizeResult[];
  notes: string[];
}

const START = '<!-- bench:persons-register:start -->';
const END = '<!-- bench:persons-register:end -->';

const ms = (v: number) => (v < 1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : v.toFixed(1));
const pair = (s: Summary | null | undefined) => (s ? `${ms(s.median)} / ${ms(s.p95)}` : '—');
const cpuPair = (s: Summary) => (s.cpu ? `${ms(s.cpu.median)} / ${ms(s.cpu.p95)}` : '—');
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

function table(size: SizeResult): string[] {
  const lines = [
    `### ${size.persons.toLocaleString('en')} persons` +
      (size.seedSeconds === null
        ? ' (register from bench/.cache)'
        : ` (seeded in ${size.seedSeconds.toFixed(1)} s during this run)`) +
      `; load average ${size.load}`,
    '',
    '| measurement | app median / p95 (ms) | app CPU median / p95 (ms) | floor median / p95 (ms) | app ÷ floor (median) | LIKE page median / p95 (ms) | LIKE ÷ app (median, p95) | LIKE page + count median / p95 (ms) | n | target |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of size.rows) {
    const vsFloor = r.floor ? ratio(r.app.median, r.floor.median) : '—';
    const vsLike = r.like ? `${ratio(r.like.median, r.app.median)}, ${ratio(r.like.p95, r.app.p95)}` : '—';
    const target = r.target ? `${r.target.text}: **${r.target.met ? 'met' : 'NOT met'}**` : '';
    lines.push(
      `| ${r.measurement} | ${pair(r.app)} | ${cpuPair(r.app)} | ${pair(r.floor)} ${r.floorLabel} | ${vsFloor} | ${pair(r.like)} | ${vsLike} | ${pair(r.likeCount)} | ${r.app.n} | ${target} |`,
    );
  }
  return lines;
}

export function renderReport(report: Report): string {
  const m = report.machine;
  return [
    START,
    '## Persons register: search, filtered page, durable save, open (`npm run bench`)',
    '',
    `- Date: ${report.date}; seed ${report.seed}; up to ${report.iterations} timed iterations per measurement after warm-up, keywords rotated over 20 real values per kind.`,
    `- Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.ramGiB} GiB RAM, ${m.os}; register on ${m.filesystem}.`,
    `- Node ${m.node}, SQLite ${m.sqlite}.`,
    '- "app" is the router called in-process with the hosts\' interceptors (zod input, service, drizzle, count, joins, masking);',
    '  the transport (MessagePort / HTTP) is not included. "floor" is a raw better-sqlite3 prepared statement returning',
    "  the same first page (no count, no joins). The LIKE page is `name/resident_id/pinyin LIKE '%kw%'`, newest first, LIMIT 20, no count",
    '  (the naive approach as specified; the targets are judged against it); "LIKE page + count" adds the total a list shows.',
    '- Targets are judged on wall-clock time. "app CPU" is the process\'s CPU time per call: when other work shares the',
    '  machine (see the load average), wall-clock p95 grows with waiting for a CPU while CPU time does not.',
    '',
    ...report.sizes.flatMap((s) => [...table(s), '']),
    ...(report.notes.length ? ['Notes:', '', ...report.notes.map((n) => `- ${n}`), ''] : []),
    ...report.sizes.flatMap((s) =>
      s.plans.length
        ? [
            `<details><summary>Query plans of the app's queries at ${s.persons.toLocaleString('en')} persons</summary>`,
            '',
            '```',
            ...s.plans,
            '```',
            '',
            '</details>',
            '',
          ]
        : [],
    ),
    END,
  ].join('\n');
}

/** Replaces this benchmark's section of RESULTS.md, keeping whatever other benchmarks wrote. */
export function writeSection(file: string, section: string): void {
  replaceBetween(file, START, END, section);
}

/** Writes `body` between `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->`, keeping the rest. */
export function writeMarkedSection(file: string, name: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  replaceBetween(file, start, end, `${start}\n${body}\n${end}`);
}

function replaceBetween(file: string, START: string, END: string, section: string): void {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmark results\n';
  const start = existing.indexOf(START);
  const end = existing.indexOf(END);
  const next =
    start >= 0 && end > start
      ? existing.slice(0, start) + section + existing.slice(end + END.length)
      : `${existing.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
}
