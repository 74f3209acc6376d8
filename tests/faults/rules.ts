// What must hold after a kill at any instant and the next start, in the words, checked on
// what a user or the office above would find: the register's rows and the files on disk. No
// assumption about how a fix records pending work: only audit_log, package_log and the folder.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isFinal, isPart } from './child';

export interface Violation {
  rule: string;
  detail: string;
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Every file under `dir`, as paths relative to it. */
function walk(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = path.join(rel, e.name);
    return e.isDirectory() ? walk(dir, p) : [p];
  });
}

export function integrity(sqlite: Database.Database): Violation[] {
  const result = sqlite.pragma('integrity_check', { simple: true });
  return result === 'ok' ? [] : [{ rule: 'integrity_check', detail: String(result) }];
}

/** No `.part` file anywhere in the data folder (exports and the stick are inside it here). */
export function noPartFiles(dataDir: string): Violation[] {
  return walk(dataDir)
    .filter((f) => isPart(path.basename(f)))
    .map((f) => ({ rule: 'no .part after restart', detail: f }));
}

const finals = (folder: string, ext: string) =>
  (fs.existsSync(folder) ? fs.readdirSync(folder) : [])
    .filter((n) => isFinal(n) && n.endsWith(ext))
    .map((n) => path.join(folder, n));

/** Excel export: every audit row (action 'export') has its workbook, every workbook has its audit row. */
export function workbookRecords(sqlite: Database.Database, folder: string): Violation[] {
  const rows = (
    sqlite
      .prepare("SELECT after FROM audit_log WHERE action = 'export' AND entity = 'register'")
      .pluck()
      .all() as string[]
  ).map((a) => JSON.parse(a) as { path?: unknown; bytes?: unknown });
  const out: Violation[] = [];
  const audited = new Set<string>();
  for (const r of rows) {
    if (typeof r.path !== 'string') {
      out.push({
        rule: 'audit row without workbook',
        detail: `the row names no file: ${JSON.stringify(r).slice(0, 200)}`,
      });
      continue;
    }
    audited.add(path.resolve(r.path));
    if (!fs.existsSync(r.path)) out.push({ rule: 'audit row without workbook', detail: path.basename(r.path) });
    else if (typeof r.bytes === 'number' && fs.statSync(r.path).size !== r.bytes) {
      out.push({
        rule: 'audit row for another workbook',
        detail: `${path.basename(r.path)}: ${fs.statSync(r.path).size} bytes, audit says ${r.bytes}`,
      });
    }
  }
  for (const f of finals(folder, '.xlsx'))
    if (!audited.has(path.resolve(f))) out.push({ rule: 'workbook without audit row', detail: path.basename(f) });
  return out;
}

export interface ExportedPackage {
  sequence: number;
  filePath: string;
  fileSha256: string;
}

export const exportedPackages = (sqlite: Database.Database): ExportedPackage[] =>
  sqlite
    .prepare(
      "SELECT sequence, file_path AS filePath, file_sha256 AS fileSha256 FROM package_log WHERE direction = 'export' AND outcome = 'exported' ORDER BY id",
    )
    .all() as ExportedPackage[];

/** The 第NNNN号 in a package's file name: what the office above reads as its sequence. */
export const numberInName = (file: string): number | null => {
  const m = /第(\d+)号/.exec(path.basename(file));
  return m ? Number(m[1]) : null;
};

export const packageFiles = (stick: string) => finals(stick, '.shrpkg');

/**
 * Packages: every 'exported' row has its file with the logged content, every file has its row,
 * and no number is carried by two different packages (rows or files).
 */
export function packageRecords(sqlite: Database.Database, stick: string): Violation[] {
  const rows = exportedPackages(sqlite);
  const out: Violation[] = [];
  for (const r of rows) {
    if (!fs.existsSync(r.filePath))
      out.push({ rule: 'log row without package', detail: `第${r.sequence}号 ${path.basename(r.filePath)}` });
    else if (sha256(r.filePath) !== r.fileSha256)
      out.push({ rule: 'log row for another package', detail: path.basename(r.filePath) });
  }
  const logged = new Set(rows.map((r) => path.resolve(r.filePath)));
  const files = packageFiles(stick);
  for (const f of files)
    if (!logged.has(path.resolve(f))) out.push({ rule: 'package without log row', detail: path.basename(f) });
  const bySequence = new Map<number, Set<string>>();
  for (const r of rows) bySequence.set(r.sequence, (bySequence.get(r.sequence) ?? new Set()).add(r.fileSha256));
  for (const f of files) {
    const n = numberInName(f);
    if (n !== null) bySequence.set(n, (bySequence.get(n) ?? new Set()).add(sha256(f)));
  }
  for (const [n, contents] of bySequence)
    if (contents.size > 1)
      out.push({ rule: 'package number reused', detail: `第${n}号 carried by ${contents.size} different packages` });
  return out;
}

/**
 * The numbers a package may already carry out there: any in the log, on the stick now, or on the
 * stick at the instant of the kill (a start-up that removes such a file cannot know it was not
 * copied meanwhile). The next export must use none of them.
 */
export function takenNumbers(sqlite: Database.Database, stick: string, seenAtKill: readonly string[]): Set<number> {
  const taken = new Set(exportedPackages(sqlite).map((r) => r.sequence));
  for (const f of [...packageFiles(stick), ...seenAtKill.filter((n) => isFinal(n) && n.endsWith('.shrpkg'))]) {
    const n = numberInName(f);
    if (n !== null) taken.add(n);
  }
  return taken;
}

export interface ImportCounts {
  persons: number;
  guardians: number;
  enrolments: number;
  personAudit: number;
  importAudit: number;
}

export function importCounts(sqlite: Database.Database): ImportCounts {
  const n = (sql: string) => sqlite.prepare(sql).pluck().get() as number;
  return {
    persons: n('SELECT count(*) FROM persons'),
    guardians: n('SELECT count(*) FROM guardians'),
    enrolments: n('SELECT count(*) FROM enrolments'),
    personAudit: n("SELECT count(*) FROM audit_log WHERE action = 'import' AND entity = 'person'"),
    importAudit: n("SELECT count(*) FROM audit_log WHERE action = 'import' AND entity = 'import'"),
  };
}

const minus = (a: ImportCounts, b: ImportCounts): ImportCounts =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v - b[k as keyof ImportCounts]])) as unknown as ImportCounts;

/**
 * All or none: what the commit added is either nothing or exactly what an uninterrupted commit of
 * the same file adds (every person, guardian, placement, per-record audit row and the import's own).
 */
export function importAllOrNone(
  now: ImportCounts,
  before: ImportCounts,
  whole: ImportCounts,
): { committed: boolean; violations: Violation[] } {
  const added = minus(now, before);
  const none = Object.values(added).every((v) => v === 0);
  const all = JSON.stringify(added) === JSON.stringify(whole);
  if (none || all) return { committed: all && !none, violations: [] };
  return {
    committed: false,
    violations: [
      {
        rule: 'import rows all or none',
        detail: `added ${JSON.stringify(added)}, a whole commit adds ${JSON.stringify(whole)}`,
      },
    ],
  };
}
