// One measured run of the exchange benchmark, in a process of its own so that its peak RSS is
// its own: `tsx bench/exchange-runs.ts <variant> <json options>` prints one JSON line.
// Started by bench/exchange.ts; not meant to be run by hand.
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCore } from '#server/core';
import { SHEET_COLUMNS } from '#server/exchange/columns';
import { cellSources } from '#server/exchange/export/sources';
import { verifyWorkbook } from '#server/exchange/export/verify-workbook';
import { writeSubmissionWorkbook } from '#server/exchange/export/workbook-writer';
import { registerFile } from '#server/paths';
import { exportWorkbook } from '#server/exchange/export/export-service';

export const EXPORT_VARIANTS = ['export-app', 'export-bare', 'export-write', 'export-verify'] as const;
export type Variant = (typeof EXPORT_VARIANTS)[number];

export interface RunOptions {
  /** A data folder holding register.sqlite (a working copy: the app run writes its audit row). */
  dataDir: string;
  /** Where the workbook goes (export-*) or is read from (export-verify: a file). */
  out: string;
  rows?: number;
}

export interface RunResult {
  variant: Variant;
  wallMs: number;
  cpuMs: number;
  /** Peak resident memory of the whole process, and what it was before the measured work. */
  peakRssMiB: number;
  startRssMiB: number;
  rows: number;
  bytes: number;
  file: string;
}

/**
 * The floor: the same persons, the same 24 columns in the same order, read by one plain SELECT
 * (names joined in SQL, codes left as stored) and streamed through a bare exceljs WorkbookWriter
 * (no styles, no widths, no frozen row, no 说明 sheet, no fsync, no read-back).
 */
const BARE_SQL = `
  SELECT p.name, p.resident_id, p.sex, p.birth_date, p.cert_number, p.category, p.level, p.cert_issue_date,
    hs.name, hc.name, rs.name, rc.name, p.address, p.phone, p.economic_status, p.status,
    g.name, g.relation, g.phone, g.resident_id, e.mode, i.name, e.start_date, p.remarks
  FROM persons p
  LEFT JOIN divisions hs ON hs.id = p.hukou_street_id
  LEFT JOIN divisions hc ON hc.id = p.hukou_community_id
  LEFT JOIN divisions rs ON rs.id = p.residence_street_id
  LEFT JOIN divisions rc ON rc.id = p.residence_community_id
  LEFT JOIN guardians g ON g.id = (SELECT g2.id FROM guardians g2 WHERE g2.person_id = p.id ORDER BY g2.sort_order, g2.id LIMIT 1)
  LEFT JOIN enrolments e ON e.person_id = p.id AND e.end_date IS NULL
  LEFT JOIN institutions i ON i.id = e.institution_id
  ORDER BY p.id`;

async function bare(o: RunOptions): Promise<{ rows: number; file: string }> {
  const db = new Database(registerFile(o.dataDir), { readonly: true });
  try {
    const file = path.join(o.out, 'bare.xlsx');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: file,
      useSharedStrings: false,
      useStyles: false,
    });
    const sheet = workbook.addWorksheet('残疾人');
    sheet.addRow(SHEET_COLUMNS.persons.map((c) => c.header)).commit();
    let rows = 0;
    for (const r of db.prepare(BARE_SQL).raw().iterate()) {
      sheet.addRow(r as unknown[]).commit();
      rows += 1;
    }
    sheet.commit();
    await workbook.commit();
    return { rows, file };
  } finally {
    db.close();
  }
}

const ABOUT = {
  office: '龙岗区残疾人联合会',
  date: '2026-11-23',
  actor: 'bench',
  appVersion: 'bench',
  includeArchived: true,
};

async function run(variant: Variant, o: RunOptions): Promise<{ rows: number; file: string }> {
  if (variant === 'export-bare') return bare(o);
  if (variant === 'export-verify') {
    await verifyWorkbook(o.out, [{ kind: 'persons', rows: o.rows ?? 0 }]);
    return { rows: o.rows ?? 0, file: o.out };
  }
  const core = startCore({ dataDir: o.dataDir, actor: 'bench' });
  try {
    if (variant === 'export-write') {
      const file = path.join(o.out, 'write.xlsx');
      const [count] = await writeSubmissionWorkbook(file, cellSources(core.register.sqlite, ['persons'], true), ABOUT);
      return { rows: count?.rows ?? 0, file };
    }
    // The service as the API calls it: temp file, stream, fsync, rename, read back, audit row.
    const r = await exportWorkbook(core.context, { registers: ['persons'], includeArchived: true, folder: o.out });
    return { rows: r.counts.persons ?? 0, file: r.path };
  } finally {
    core.close();
  }
}

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

export async function measure(variant: Variant, o: RunOptions): Promise<RunResult> {
  global.gc?.();
  const startRssMiB = mib(process.memoryUsage().rss);
  const cpu = process.cpuUsage();
  const t = performance.now();
  const { rows, file } = await run(variant, o);
  const wallMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return {
    variant,
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    // resourceUsage().maxRSS is in KiB and covers the whole life of this process.
    peakRssMiB: mib(process.resourceUsage().maxRSS * 1024),
    startRssMiB,
    rows,
    bytes: fs.statSync(file).size,
    file,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [variant, options] = process.argv.slice(2);
  if (!variant || !options || !(EXPORT_VARIANTS as readonly string[]).includes(variant))
    throw new Error(`usage: exchange-runs.ts <${EXPORT_VARIANTS.join('|')}> <json>`);
  console.log(JSON.stringify(await measure(variant as Variant, JSON.parse(options) as RunOptions)));
}
