import { on, EventEmitter } from 'node:events';
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { today } from '#domain/dates';
import { SHEET_KINDS, type SheetKind } from '../columns';
import { offerDownload } from '#server/kernel/files/downloads';
import { cellSources } from './sources';
import { verifyWorkbook, WorkbookMismatch } from './verify-workbook';
import { type SheetCount, writeSubmissionWorkbook } from './workbook-writer';
import { defaultExportDir, type Destination, listDestinations } from '#server/kernel/files/safe-files';
import type { ExportEvent, ExportResult, RegisterCounts } from '#server/contract/exports-types';
import { invalid, type ServiceContext, sqliteOf } from '#server/kernel';
import { beginFileWrite, placeFile } from '#server/kernel/files/file-journal';
import { storageError } from '#server/kernel/storage-errors';
import { setupStatus } from '#server/services/setup-service';

export interface ExportWorkbookOptions {
  registers: readonly SheetKind[];
  folder?: string | undefined;
  includeArchived: boolean;
}

/** Removable drives first, then the export folder beside the register. */
export const exportDestinations = (ctx: ServiceContext): Promise<Destination[]> => listDestinations(ctx.dataFile);

/** The SQLite table each register is kept in. */
export const TABLES: Record<SheetKind, string> = { persons: 'persons', institutions: 'institutions', staff: 'staff' };

/** What each register would export now, for the checkboxes. */
export function exportCounts(ctx: ServiceContext, includeArchived: boolean): Required<RegisterCounts> {
  const sqlite = sqliteOf(ctx);
  const count = (kind: SheetKind) =>
    sqlite
      .prepare(`SELECT count(*) FROM ${TABLES[kind]}${includeArchived ? '' : ' WHERE archived_at IS NULL'}`)
      .pluck()
      .get() as number;
  return Object.fromEntries(SHEET_KINDS.map((kind) => [kind, count(kind)])) as Required<RegisterCounts>;
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
async function checkFolder(ctx: ServiceContext, folder: string): Promise<void> {
  if (!path.isAbsolute(folder)) throw invalid('folder', 'exports.folder.notAbsolute');
  const stat = await fs.stat(folder).catch(() => null);
  if (stat && !stat.isDirectory()) throw invalid('folder', 'exports.folder.notFolder', { folder });
  if (!stat) {
    const parent = await fs.stat(path.dirname(folder)).catch(() => null);
    if (!parent?.isDirectory()) throw invalid('folder', 'exports.folder.notFound', { folder });
    await fs.mkdir(folder).catch((error: unknown) => {
      throw writeError(ctx, error, folder);
    });
  }
  // Read-only (EROFS: a write-protected stick) and no permission (EACCES) alike: checked before anything is written.
  await fs.access(folder, constants.W_OK).catch(() => {
    throw invalid('folder', 'exports.folder.unwritable', { folder });
  });
}

/** A failed write in the clerk's words; the code (EIO, ENOENT …) is kept for whoever reads the audit or the screen. */
function writeError(ctx: ServiceContext, error: unknown, folder: string): Error {
  if (error instanceof WorkbookMismatch) return invalid('folder', error.code, error.params);
  const disk = storageError(error, { dataFile: ctx.dataFile, folder, field: 'folder' });
  if (disk) return disk;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && !code.startsWith('SQLITE_')) return invalid('folder', 'exports.write.failed', { folder, reason: code });
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Writes the submission workbook for the chosen registers: streamed from SQLite a page at a time,
 * written under a temporary name, fsynced, renamed, read back and checked. The write is recorded
 * before it starts and its audit row (who exported what, how many rows, where) is written in the
 * transaction that marks it done (see file-journal.ts), so the workbook at its final name and its
 * audit row exist together or not at all, even after a crash. Nothing is left behind on failure.
 */
export async function exportWorkbook(
  ctx: ServiceContext,
  options: ExportWorkbookOptions,
  onProgress: (p: { done: number; total: number }) => void = () => {},
): Promise<ExportResult> {
  const folder = options.folder?.trim() || defaultExportDir(ctx.dataFile);
  await checkFolder(ctx, folder);
  const status = setupStatus(ctx);
  const date = today();
  const kinds = SHEET_KINDS.filter((k) => options.registers.includes(k));
  const about = {
    office: status.officeName,
    date,
    actor: ctx.actor,
    appVersion: ctx.appVersion,
    includeArchived: options.includeArchived,
  };
  // The total is what the registers hold now; a record saved meanwhile only moves the bar past it.
  const available = exportCounts(ctx, options.includeArchived);
  const total = kinds.reduce((n, k) => n + available[k], 0);
  let written: SheetCount[] = [];
  const counts = (): RegisterCounts => Object.fromEntries(written.map((w) => [w.kind, w.rows]));
  const summary = (saved: { path: string; bytes: number }) => ({
    path: saved.path,
    fileName: path.basename(saved.path),
    bytes: saved.bytes,
    counts: counts(),
    includeArchived: options.includeArchived,
  });
  try {
    const job = await beginFileWrite(ctx, {
      kind: 'workbook',
      folder,
      fileName: () => workbookFileName(status.officeName, date),
    });
    const saved = await placeFile(ctx, job, {
      write: async (temp) => {
        written = await writeSubmissionWorkbook(
          temp,
          cellSources(sqliteOf(ctx), kinds, options.includeArchived),
          about,
          (done) => onProgress({ done, total }),
        );
      },
      verify: (final) => verifyWorkbook(final, written),
      record: summary,
    });
    return { ...summary(saved), downloadId: offerDownload(saved.path) };
  } catch (error) {
    throw writeError(ctx, error, folder);
  }
}

/**
 * The export as the API streams it: progress while rows are written, then the result. The
 * writer reports through a callback; node:events `on` turns that into the event iterator oRPC
 * sends over HTTP and the MessagePort alike.
 */
export async function* exportWorkbookEvents(
  ctx: ServiceContext,
  options: ExportWorkbookOptions,
): AsyncGenerator<ExportEvent> {
  const events = new EventEmitter();
  const run = exportWorkbook(ctx, options, (p) => events.emit('progress', p)).finally(() => events.emit('end'));
  // Awaited below; this only keeps a refusal from counting as unhandled while progress is read.
  run.catch(() => undefined);
  for await (const [p] of on(events, 'progress', { close: ['end'] }) as AsyncIterable<
    [{ done: number; total: number }]
  >) {
    yield { type: 'progress', ...p };
  }
  yield { type: 'done', result: await run };
}
