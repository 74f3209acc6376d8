import { on, EventEmitter } from 'node:events';
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { today } from '../../domain/dates';
import { SHEET_KINDS, type SheetKind } from '../exchange/columns';
import { offerDownload } from '../exchange/downloads';
import { cellSources } from '../exchange/export/sources';
import { verifyWorkbook, WorkbookMismatch } from '../exchange/export/verify-workbook';
import { type SheetCount, writeSubmissionWorkbook } from '../exchange/export/workbook-writer';
import { defaultExportDir, type Destination, listDestinations, writeFileSafely } from '../exchange/files';
import type { ExportEvent, ExportResult, RegisterCounts } from '../contract/exports-types';
import { inTransaction, invalid, type ServiceContext, sqliteOf, writeAudit } from './context';
import { setupStatus } from './setup-service';

export interface ExportWorkbookOptions {
  registers: readonly SheetKind[];
  folder?: string | undefined;
  includeArchived: boolean;
}

/** Removable drives first, then the export folder beside the register. */
export const exportDestinations = (ctx: ServiceContext): Promise<Destination[]> => listDestinations(ctx.dataFile);

const TABLES: Record<SheetKind, string> = { persons: 'persons', institutions: 'institutions', staff: 'staff' };

/** What each register would export now, for the checkboxes. */
export function exportCounts(ctx: ServiceContext, includeArchived: boolean): Required<RegisterCounts> {
  const sqlite = sqliteOf(ctx);
  const count = (kind: SheetKind) =>
    sqlite.prepare(`SELECT count(*) FROM ${TABLES[kind]}${includeArchived ? '' : ' WHERE archived_at IS NULL'}`).pluck().get() as number;
  return { persons: count('persons'), institutions: count('institutions'), staff: count('staff') };
}

/** 阳光家园数据-龙岗区残疾人联合会-20261123.xlsx; characters Windows forbids in names are dropped. */
export function workbookFileName(office: string, date: string): string {
  const unit = office.replace(/[\\/:*?"<>|\s]+/g, '');
  return `阳光家园数据-${unit ? `${unit}-` : ''}${date.replace(/-/g, '')}.xlsx`;
}

/**
 * The folder must be a full path to a folder the clerk can write to. A missing last folder is
 * created (e.g. 报送 on the stick); a missing drive or parent is refused rather than invented.
 */
async function checkFolder(folder: string): Promise<void> {
  if (!path.isAbsolute(folder)) throw invalid('folder', 'exports.folder.notAbsolute');
  const stat = await fs.stat(folder).catch(() => null);
  if (stat && !stat.isDirectory()) throw invalid('folder', 'exports.folder.notFolder', { folder });
  if (!stat) {
    const parent = await fs.stat(path.dirname(folder)).catch(() => null);
    if (!parent?.isDirectory()) throw invalid('folder', 'exports.folder.notFound', { folder });
    await fs.mkdir(folder).catch((error: unknown) => {
      throw writeError(error, folder);
    });
  }
  await fs.access(folder, constants.W_OK).catch(() => {
    throw invalid('folder', 'exports.folder.unwritable', { folder });
  });
}

/** A failed write in the clerk's words; the code (EIO, ENOENT …) is kept for whoever reads the audit or the screen. */
function writeError(error: unknown, folder: string): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (error instanceof WorkbookMismatch) return invalid('folder', error.code, error.params);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return invalid('folder', 'exports.folder.unwritable', { folder });
  if (code === 'ENOSPC' || code === 'EDQUOT') return invalid('folder', 'exports.write.noSpace', { folder });
  if (code) return invalid('folder', 'exports.write.failed', { folder, reason: code });
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Writes the submission workbook for the chosen registers: streamed from SQLite a page at a time,
 * written under a temporary name, fsynced, renamed, read back and checked, then recorded in the
 * audit trail (who exported what, how many rows, where). Nothing is left behind on failure.
 */
export async function exportWorkbook(
  ctx: ServiceContext,
  options: ExportWorkbookOptions,
  onProgress: (p: { done: number; total: number }) => void = () => {},
): Promise<ExportResult> {
  const folder = options.folder?.trim() || defaultExportDir(ctx.dataFile);
  await checkFolder(folder);
  const status = setupStatus(ctx);
  const date = today();
  const fileName = workbookFileName(status.officeName, date);
  const kinds = SHEET_KINDS.filter((k) => options.registers.includes(k));
  const about = { office: status.officeName, date, actor: ctx.actor, appVersion: ctx.appVersion, includeArchived: options.includeArchived };
  // The total is what the registers hold now; a record saved meanwhile only moves the bar past it.
  const available = exportCounts(ctx, options.includeArchived);
  const total = kinds.reduce((n, k) => n + available[k], 0);
  let written: SheetCount[] = [];
  const saved = await writeFileSafely(
    folder,
    fileName,
    async (temp) => {
      written = await writeSubmissionWorkbook(temp, cellSources(sqliteOf(ctx), kinds, options.includeArchived), about, (done) => onProgress({ done, total }));
    },
    (final) => verifyWorkbook(final, written),
  ).catch((error: unknown) => {
    throw writeError(error, folder);
  });
  const counts: RegisterCounts = Object.fromEntries(written.map((w) => [w.kind, w.rows]));
  const result = { path: saved.path, fileName: path.basename(saved.path), bytes: saved.bytes, counts, includeArchived: options.includeArchived };
  inTransaction(ctx, (tx) => writeAudit(tx, ctx, { action: 'export', entity: 'register', entityId: null, after: result }));
  return { ...result, downloadId: offerDownload(saved.path) };
}

/**
 * The export as the API streams it: progress while rows are written, then the result. The
 * writer reports through a callback; node:events `on` turns that into the event iterator oRPC
 * sends over HTTP and the MessagePort alike.
 */
export async function* exportWorkbookEvents(ctx: ServiceContext, options: ExportWorkbookOptions): AsyncGenerator<ExportEvent> {
  const events = new EventEmitter();
  const run = exportWorkbook(ctx, options, (p) => events.emit('progress', p)).finally(() => events.emit('end'));
  // Awaited below; this only keeps a refusal from counting as unhandled while progress is read.
  run.catch(() => undefined);
  for await (const [p] of on(events, 'progress', { close: ['end'] }) as AsyncIterable<[{ done: number; total: number }]>) {
    yield { type: 'progress', ...p };
  }
  yield { type: 'done', result: await run };
}
