// Roster (花名册) PDF benchmark: renderRoster + htmlToPdf against the same rows printed by the same
// Chromium as plain per-page tables. Run alone with `npm run bench -- --only roster` or
// `npx tsx bench/roster.ts [--sizes 2000,10000,20000 --repeats 3]`. Not part of npm test.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatFen } from '#domain/money';
import { esc, FONTS } from '#server/documents/html';
import { closePdfBrowser, findChromium, htmlToPdf } from '#server/documents/pdf';
import { renderRoster, rowsPerPage, type RosterColumn, type RosterInput } from '#server/documents/roster';
import { personRoster } from '#server/documents/rosters';
import { describeHost, loadAverage, type Host } from './machine';
import { writeMarkedSection } from './report';
import { summarise, type Summary } from './stats';

type Row = Record<string, string | number | null>;

// ---------------------------------------------------------------- synthetic rows (deterministic)

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红娥建国志文斌辉宇浩然子涵欣怡梓萱晨阳思远雨泽俊杰佳琪嘉怡晓楠蔚婷琳';
const STREETS = [
  '龙城街道',
  '龙岗街道',
  '坪地街道',
  '横岗街道',
  '布吉街道',
  '坂田街道',
  '南湾街道',
  '平湖街道',
  '吉华街道',
  '宝龙街道',
  '园山街道',
];
const COMMUNITIES = [
  '爱联社区',
  '回龙埔社区',
  '五联社区',
  '嶂背社区',
  '新生社区',
  '龙西社区',
  '六约社区',
  '南岭村社区',
  '大芬社区',
  '岗头社区',
];
const CATEGORIES = ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];
const MODES = [
  { label: '寄宿制托养', amount: 150_000 },
  { label: '日间照料', amount: 60_000 },
  { label: '居家托养', amount: 30_000 },
];
const INSTITUTIONS = [
  '龙岗区残疾人托养中心',
  '龙城街道阳光家园日间照料站',
  '坪地街道康园中心',
  '横岗街道残疾人之家',
  '布吉街道阳光家园',
  '坂田街道康复托养服务中心',
  '南湾街道社区康园',
];

export function syntheticRows(n: number, seed = 1): Row[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const pad = (v: number, w: number) => String(v).padStart(w, '0');
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const given = Array.from({ length: r() < 0.6 ? 2 : 1 }, () => GIVEN.charAt(Math.floor(r() * GIVEN.length))).join(
      '',
    );
    const year = 1950 + Math.floor(r() * 60);
    const birth = `${year}-${pad(1 + Math.floor(r() * 12), 2)}-${pad(1 + Math.floor(r() * 28), 2)}`;
    const sex = r() < 0.5 ? '男' : '女';
    const tail = `${pad(Math.floor(r() * 1000), 3)}${r() < 0.05 ? 'X' : Math.floor(r() * 10)}`;
    const enrolled = r() < 0.9;
    const mode = pick(MODES);
    rows.push({
      name: SURNAMES.charAt(Math.floor(r() * SURNAMES.length)) + given,
      sex,
      birthDate: birth,
      residentId: `440307********${tail}`,
      category: pick(CATEGORIES),
      level: `${'一二三四'.charAt(Math.floor(r() * 4))}级`,
      place: `${pick(STREETS)} / ${pick(COMMUNITIES)}`,
      mode: enrolled ? mode.label : '未安置',
      institution: enrolled ? pick(INSTITUTIONS) : '',
      startDate: enrolled ? `${2018 + Math.floor(r() * 9)}-${pad(1 + Math.floor(r() * 12), 2)}-01` : '',
      amount: enrolled ? mode.amount : 0,
    });
  }
  return rows;
}

/** The persons roster as a clerk gets it by default (rosters.ts personRoster), money column included. */
export const COLUMNS: RosterColumn[] = personRoster.columns.filter((c) => personRoster.defaultColumns.includes(c.key));

export function rosterInput(rows: Row[]): RosterInput {
  return {
    title: '龙岗区2026年度阳光家园计划托养对象花名册',
    unit: '龙岗区残疾人联合会',
    date: '2026年11月23日',
    columns: COLUMNS,
    rows,
    countUnit: '人',
  };
}

// ---------------------------------------------------------------- baseline: plain per-page tables

/**
 * The floor: the same rows, the same rows per page and the same cell text, each page one plain
 * <table> with a header row on a landscape A4 page of the same size, margin, fonts, borders and
 * column widths; no title, meta line, signature line, page numbers, totals or per-cell wrappers.
 */
export function baselineHtml(rows: Row[]): { html: string; pages: number } {
  const per = rowsPerPage();
  const cols = [{ key: '__seq', label: '序号', width: 4, align: 'center' as const }, ...COLUMNS];
  const total = cols.reduce((s, c) => s + c.width, 0);
  const colgroup = `<colgroup>${cols.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(2)}%">`).join('')}</colgroup>`;
  const head = `<thead><tr>${cols.map((c) => `<th>${esc(c.label)}</th>`).join('')}</tr></thead>`;
  const pages: string[] = [];
  for (let start = 0; start < rows.length; start += per) {
    const body = rows
      .slice(start, start + per)
      .map(
        (row, i) =>
          `<tr><td>${start + i + 1}</td>${COLUMNS.map((c) => `<td>${esc(c.money && typeof row[c.key] === 'number' ? formatFen(row[c.key] as number) : (row[c.key] ?? ''))}</td>`).join('')}</tr>`,
      )
      .join('');
    pages.push(`<section class="page"><table>${colgroup}${head}<tbody>${body}</tbody></table></section>`);
  }
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>baseline</title>
<style>
@page { size: 297mm 210mm; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; font-family: ${FONTS.song}; }
.page { width: 297mm; height: 210mm; padding: 12mm; overflow: hidden; break-after: page; }
.page:last-child { break-after: auto; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9.5pt; }
th { height: 9mm; border: 0.3mm solid #000; font-weight: normal; }
td { height: 8.5mm; border: 0.2mm solid #000; padding: 0 1.2mm; }
</style></head><body>
${pages.join('\n')}
</body></html>`;
  return { html, pages: pages.length };
}

// ---------------------------------------------------------------- CPU time of Chromium

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim() || 100);

/**
 * CPU time (ms) of every process below this one (the Chromium browser, zygote, renderers, GPU and
 * utility processes), own plus reaped children's, so renderers that exit between samples still count.
 */
function childTreeCpuMs(): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const s = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(d), {
        ppid: Number(f[1]),
        ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]),
      });
    } catch {
      // gone meanwhile
    }
  }
  let sum = 0;
  for (const [pid, s] of stats) {
    if (pid === process.pid) continue;
    for (let p = s.ppid, hops = 0; p > 1 && hops < 64; p = stats.get(p)?.ppid ?? 0, hops++) {
      if (p === process.pid) {
        sum += s.ticks;
        break;
      }
    }
  }
  return sum * TICK_MS;
}

interface Sample {
  wall: number;
  /** This Node process (HTML building, protocol, receiving the PDF). */
  nodeCpu: number;
  /** Chromium's processes. */
  chromeCpu: number;
}

async function measure<T>(fn: () => Promise<T> | T): Promise<{ value: T; sample: Sample }> {
  const chrome = childTreeCpuMs();
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await fn();
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { value, sample: { wall, nodeCpu: (used.user + used.system) / 1000, chromeCpu: childTreeCpuMs() - chrome } };
}

// ---------------------------------------------------------------- checks on the PDFs

function pdfFacts(pdf: Buffer): { pages: number; firstPageText: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-bench-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
    const firstPageText = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    return { pages, firstPageText };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- the run

export interface RosterSizeResult {
  rows: number;
  pages: number;
  load: string;
  pdfBytes: { ours: number; baseline: number };
  ours: {
    render: Summary;
    pdf: Summary;
    total: Summary;
    best: { render: number; pdf: number; total: number };
    nodeCpu: Summary;
    chromeCpu: Summary;
  };
  baseline: {
    build: Summary;
    pdf: Summary;
    total: Summary;
    best: { pdf: number; total: number };
    nodeCpu: Summary;
    chromeCpu: Summary;
  };
  checks: string[];
}

const min = (xs: number[]) => Math.min(...xs);

export async function benchRosterSize(n: number, repeats: number, log: (s: string) => void): Promise<RosterSizeResult> {
  log(`\n== roster PDF, ${n.toLocaleString('en')} rows (${repeats} repeats, load ${loadAverage()})`);
  const load = loadAverage();
  const rows = syntheticRows(n);
  const o = {
    render: [] as number[],
    pdf: [] as number[],
    total: [] as number[],
    nodeCpu: [] as number[],
    chromeCpu: [] as number[],
  };
  const b = {
    build: [] as number[],
    pdf: [] as number[],
    total: [] as number[],
    nodeCpu: [] as number[],
    chromeCpu: [] as number[],
  };
  const checks: string[] = [];
  let pages = 0;
  const bytes = { ours: 0, baseline: 0 };
  for (let i = 0; i < repeats; i++) {
    // Alternate which goes first so drift in the machine's load hits both alike.
    const order = i % 2 === 0 ? (['ours', 'baseline'] as const) : (['baseline', 'ours'] as const);
    for (const which of order) {
      if (which === 'ours') {
        const r = await measure(() => renderRoster(rosterInput(rows)));
        const p = await measure(() => htmlToPdf(r.value.html));
        o.render.push(r.sample.wall);
        o.pdf.push(p.sample.wall);
        o.total.push(r.sample.wall + p.sample.wall);
        o.nodeCpu.push(r.sample.nodeCpu + p.sample.nodeCpu);
        o.chromeCpu.push(p.sample.chromeCpu);
        log(
          `  ours     #${i + 1}: render ${r.sample.wall.toFixed(0)} ms, pdf ${p.sample.wall.toFixed(0)} ms (CPU node ${p.sample.nodeCpu.toFixed(0)} + chromium ${p.sample.chromeCpu.toFixed(0)} ms)`,
        );
        if (i === 0) {
          pages = r.value.pages;
          bytes.ours = p.value.length;
          const f = pdfFacts(p.value);
          const footer = `第 1 页 共 ${pages} 页`;
          if (f.pages !== pages) checks.push(`${n} rows: our PDF has ${f.pages} pages, renderRoster said ${pages}.`);
          if (!f.firstPageText.replace(/\s+/g, '').includes(footer.replace(/\s+/g, '')))
            checks.push(`${n} rows: page 1 of our PDF lacks "${footer}".`);
          if (pages !== Math.ceil(n / rowsPerPage()))
            checks.push(`${n} rows: ${pages} pages, expected ${Math.ceil(n / rowsPerPage())}.`);
          log(
            `  ours: ${f.pages} PDF pages (expected ${pages}), page 1 has "${footer}": ${f.firstPageText.replace(/\s+/g, '').includes(footer.replace(/\s+/g, ''))}`,
          );
        }
      } else {
        const h = await measure(() => baselineHtml(rows));
        const p = await measure(() => htmlToPdf(h.value.html));
        b.build.push(h.sample.wall);
        b.pdf.push(p.sample.wall);
        b.total.push(h.sample.wall + p.sample.wall);
        b.nodeCpu.push(h.sample.nodeCpu + p.sample.nodeCpu);
        b.chromeCpu.push(p.sample.chromeCpu);
        log(
          `  baseline #${i + 1}: build ${h.sample.wall.toFixed(0)} ms, pdf ${p.sample.wall.toFixed(0)} ms (CPU node ${p.sample.nodeCpu.toFixed(0)} + chromium ${p.sample.chromeCpu.toFixed(0)} ms)`,
        );
        if (i === 0) {
          bytes.baseline = p.value.length;
          const f = pdfFacts(p.value);
          if (f.pages !== h.value.pages)
            checks.push(`${n} rows: baseline PDF has ${f.pages} pages, expected ${h.value.pages}.`);
          log(`  baseline: ${f.pages} PDF pages (expected ${h.value.pages})`);
        }
      }
    }
  }
  return {
    rows: n,
    pages,
    load,
    pdfBytes: bytes,
    ours: {
      render: summarise(o.render),
      pdf: summarise(o.pdf),
      total: summarise(o.total),
      best: { render: min(o.render), pdf: min(o.pdf), total: min(o.total) },
      nodeCpu: summarise(o.nodeCpu),
      chromeCpu: summarise(o.chromeCpu),
    },
    baseline: {
      build: summarise(b.build),
      pdf: summarise(b.pdf),
      total: summarise(b.total),
      best: { pdf: min(b.pdf), total: min(b.total) },
      nodeCpu: summarise(b.nodeCpu),
      chromeCpu: summarise(b.chromeCpu),
    },
    checks,
  };
}

// ---------------------------------------------------------------- report

const TARGET = 1.2;
const TARGET_ROWS = 20_000;
const f0 = (v: number) => v.toFixed(0);
const per1k = (ms: number, rows: number) => ((ms / rows) * 1000).toFixed(0);

export function renderRosterReport(o: {
  host: Host;
  chromium: string;
  date: string;
  repeats: number;
  sizes: RosterSizeResult[];
  notes: string[];
}): string {
  const h = o.host;
  const lines = [
    '## Roster (花名册) PDF: paginated in code vs plain per-page tables (`npm run bench -- --only roster`)',
    '',
    `- Date: ${o.date}; ${o.repeats} runs per size and variant, alternating which goes first; synthetic persons rows (seed 1, masked IDs, 90% enrolled, amounts in 分).`,
    `- Machine: ${h.cpus} CPUs (${h.cpuModel}), ${h.ramGiB} GiB RAM, ${h.os}; Node ${h.node}; ${o.chromium} via playwright-core (\`htmlToPdf\`, one browser kept, new page per PDF).`,
    `- Columns: the persons roster's default columns (序号 + ${COLUMNS.map((c) => c.label).join('、')}); ${rowsPerPage()} rows per landscape A4 page.`,
    '- "ours" = `renderRoster` (title, 填报单位/日期, header, rows, 合计 + 大写 on the last page, 经办人 line, 第 X 页 共 Y 页) then `htmlToPdf`.',
    '  "baseline" = the same rows and cell text, same rows per page, page size, margin, fonts, borders and column widths, each page one plain',
    '  `<table>` with a header row, no title/meta/signature/page numbers/totals and no per-cell `<div>`, printed by the same `htmlToPdf`.',
    '- Times are wall-clock ms; CPU = this Node process + all Chromium processes (from /proc, incl. exited renderers), median.',
    '  The machine is shared (see load average), so wall time includes waiting for a CPU; CPU time does not.',
    `- Target: at ${TARGET_ROWS.toLocaleString('en')} rows, ours (render + PDF) ≤ ${TARGET}× the baseline (build + PDF), medians of wall time.`,
    '',
    '| rows | pages | load avg | ours render median (ms) | ours PDF median / best (ms) | ours total median / best (ms) | baseline total median / best (ms) | ratio ours ÷ baseline (median, best) | CPU ours / baseline (ms) | ms per 1k rows ours / baseline (median total) | PDF size ours / baseline | target |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of o.sizes) {
    const ratio = s.ours.total.median / s.baseline.total.median;
    const ratioBest = s.ours.best.total / s.baseline.best.total;
    const cpuOurs = s.ours.nodeCpu.median + s.ours.chromeCpu.median;
    const cpuBase = s.baseline.nodeCpu.median + s.baseline.chromeCpu.median;
    const target = s.rows === TARGET_ROWS ? `≤ ${TARGET}×: **${ratio <= TARGET ? 'met' : 'NOT met'}**` : '';
    lines.push(
      `| ${s.rows.toLocaleString('en')} | ${s.pages} | ${s.load} | ${f0(s.ours.render.median)} | ${f0(s.ours.pdf.median)} / ${f0(s.ours.best.pdf)} | ${f0(s.ours.total.median)} / ${f0(s.ours.best.total)} | ${f0(s.baseline.total.median)} / ${f0(s.baseline.best.total)} | ${ratio.toFixed(2)}×, ${ratioBest.toFixed(2)}× | ${f0(cpuOurs)} / ${f0(cpuBase)} (${(cpuOurs / cpuBase).toFixed(2)}×) | ${per1k(s.ours.total.median, s.rows)} / ${per1k(s.baseline.total.median, s.rows)} | ${(s.pdfBytes.ours / 2 ** 20).toFixed(1)} / ${(s.pdfBytes.baseline / 2 ** 20).toFixed(1)} MiB | ${target} |`,
    );
  }
  lines.push('');
  const checks = o.sizes.flatMap((s) => s.checks);
  lines.push(
    checks.length
      ? `Checks FAILED:\n\n${checks.map((c) => `- ${c}`).join('\n')}`
      : '- Checks: every PDF has the expected page count (pdfinfo), and page 1 of ours reads 第 1 页 共 N 页 (pdftotext).',
  );
  if (o.notes.length) lines.push('', ...o.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

export async function runRosterBench(o: {
  sizes: number[];
  repeats: number;
  results: string;
  log: (s: string) => void;
  notes?: string[];
}): Promise<void> {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error('roster bench: no Chromium found (set CHROMIUM_PATH)');
  let chromium = chromiumPath;
  try {
    chromium = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // keep the path
  }
  const date = new Date().toISOString();
  const sizes: RosterSizeResult[] = [];
  try {
    await htmlToPdf(renderRoster(rosterInput(syntheticRows(100))).html); // browser start, fonts loaded: not measured
    await htmlToPdf(baselineHtml(syntheticRows(100)).html);
    for (const n of o.sizes) sizes.push(await benchRosterSize(n, o.repeats, o.log));
  } finally {
    await closePdfBrowser();
  }
  const section = renderRosterReport({
    host: describeHost(),
    chromium,
    date,
    repeats: o.repeats,
    sizes,
    notes: o.notes ?? [],
  });
  writeMarkedSection(o.results, 'roster-pdf', section);
  o.log(`\n${section}\n\nwrote ${path.relative(process.cwd(), o.results)}`);
}

// Stand-alone: npx tsx bench/roster.ts [--sizes 2000,10000,20000] [--repeats 3]
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '2000,10000,20000' }, repeats: { type: 'string', default: '3' } },
  });
  await runRosterBench({
    sizes: values.sizes.split(',').map(Number),
    repeats: Number(values.repeats),
    results: path.join(path.dirname(fileURLToPath(import.meta.url)), 'RESULTS.md'),
    log: (s) => console.log(s),
  });
}
