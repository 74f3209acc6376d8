import { and, eq } from 'drizzle-orm';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { setMeta } from '#db';
import { fileWrites, type FileWriteRow, packageLog } from '#db/schema';
import { isLeftoverPart, sha256FileSync, tempPathFor, type WriteStep, writeFileSafely } from './safe-files';
import { inTransaction, nowIso, type ServiceContext, type Tx, writeAudit } from '../index';
import { lastSequence, nextSequence, PERIOD_KEY, SEQUENCE_KEY } from './package-sequence';

/**
 * Files on disk only together with their record. Every file the register writes goes through
 * here: a pending row first (with the package number, if any, taken in the same transaction),
 * then the temporary file, fsync, the final name and hash recorded, rename, folder fsync,
 * read-back, and finally the row marked done together with the audit / exchange-log row in one
 * transaction. A crash between any two steps leaves a pending row that reconcileFileWrites
 * settles on the next start, before any request is served.
 */

export type FileKind = FileWriteRow['kind'];
export type FileWriteStep = 'pending' | WriteStep | 'done';

/** What a package export's log and audit rows will say (see completeRecord). */
export interface PackageRecord {
  log: Omit<typeof packageLog.$inferInsert, 'actor' | 'direction' | 'outcome' | 'id' | 'at'>;
  periodTo: string;
  audit: Record<string, unknown>;
}

export interface FileJob {
  id: number;
  kind: FileKind;
  folder: string;
  fileName: string;
  tempPath: string;
  sequence: number | null;
}

// Fault tests stop the process (or freeze the write) at each step; nothing else sets this.
let stepHook: ((step: FileWriteStep, kind: FileKind) => void | Promise<void>) | null = null;
export function setFileWriteStepHook(hook: typeof stepHook): void {
  stepHook = hook;
}
const step = async (s: FileWriteStep, kind: FileKind) => stepHook?.(s, kind);

/** The pending row, before anything is on disk; a package's number is reserved in the same transaction. */
export async function beginFileWrite(
  ctx: ServiceContext,
  spec: { kind: FileKind; folder: string; fileName: (sequence: number | null) => string; reserveSequence?: boolean },
): Promise<FileJob> {
  const job = inTransaction(ctx, (tx) => {
    const sequence = spec.reserveSequence ? nextSequence(tx) : null;
    const fileName = spec.fileName(sequence);
    const tempPath = tempPathFor(spec.folder, fileName);
    const { id } = tx
      .insert(fileWrites)
      .values({ kind: spec.kind, actor: ctx.actor, folder: spec.folder, tempPath, sequence })
      .returning({ id: fileWrites.id })
      .get();
    return { id, kind: spec.kind, folder: spec.folder, fileName, tempPath, sequence };
  });
  await step('pending', job.kind);
  return job;
}

/**
 * Writes, places and verifies the file, then marks the row done with its record in one
 * transaction. Any failure removes the file and marks the row failed (if even that cannot be
 * written, the next start does it), then rethrows.
 */
export async function placeFile(
  ctx: ServiceContext,
  job: FileJob,
  io: {
    write: (temp: string) => Promise<void>;
    verify: (final: string) => Promise<void>;
    record: (saved: { path: string; bytes: number; sha256: string }) => Record<string, unknown>;
  },
): Promise<{ path: string; bytes: number; sha256: string }> {
  let placed: string | null = null;
  try {
    const saved = await writeFileSafely(job.folder, job.fileName, io.write, io.verify, {
      temp: job.tempPath,
      journal: {
        placing: (finalPath, sha256, bytes) => {
          const record = io.record({ path: finalPath, bytes, sha256 });
          inTransaction(ctx, (tx) =>
            tx.update(fileWrites).set({ finalPath, sha256, bytes, record }).where(eq(fileWrites.id, job.id)).run(),
          );
        },
        step: (s) => step(s, job.kind),
      },
    });
    placed = saved.path;
    inTransaction(ctx, (tx) => {
      const row = tx.select().from(fileWrites).where(eq(fileWrites.id, job.id)).get();
      if (row) completeRecord(tx, ctx, row, false);
    });
    await step('done', job.kind);
    return saved;
  } catch (error) {
    if (placed) await fsp.rm(placed, { force: true }).catch(() => undefined);
    markFailed(ctx, job.id, error);
    throw error;
  }
}

/** For a failure before placeFile (e.g. the package could not be built): the row is failed, its number free again. */
export function markFailed(ctx: ServiceContext, id: number, error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  try {
    inTransaction(ctx, (tx) =>
      tx
        .update(fileWrites)
        .set({ status: 'failed', note: typeof code === 'string' ? code : 'error', finishedAt: nowIso() })
        .where(and(eq(fileWrites.id, id), eq(fileWrites.status, 'pending')))
        .run(),
    );
  } catch {
    // The register itself cannot be written (disk full): the row stays pending and start-up settles it.
  }
}

/** The audit / exchange-log row of a placed file, and the row marked done: one transaction with the caller's. */
function completeRecord(tx: Tx, ctx: ServiceContext, row: FileWriteRow, atStartup: boolean): void {
  const as = { ...ctx, actor: row.actor };
  const note = atStartup ? { completedAtStartup: true } : {};
  const record = row.record ?? {};
  if (row.kind === 'workbook')
    writeAudit(tx, as, { action: 'export', entity: 'register', entityId: null, after: { ...record, ...note } });
  if (row.kind === 'officeKey')
    writeAudit(tx, as, {
      action: 'package.keyExport',
      entity: 'office',
      entityId: null,
      after: { ...record, ...note },
    });
  if (row.kind === 'package') {
    const p = record as unknown as PackageRecord;
    const sequence = row.sequence ?? 0;
    if (sequence > lastSequence(tx)) {
      setMeta(tx, SEQUENCE_KEY, String(sequence));
      setMeta(tx, PERIOD_KEY, p.periodTo);
    }
    const { id } = tx
      .insert(packageLog)
      .values({
        ...p.log,
        actor: row.actor,
        direction: 'export',
        outcome: 'exported',
        result: { ...(p.log.result ?? {}), ...note },
      })
      .returning({ id: packageLog.id })
      .get();
    writeAudit(tx, as, { action: 'package.export', entity: 'package', entityId: id, after: { ...p.audit, ...note } });
  }
  tx.update(fileWrites)
    .set({ status: 'done', finishedAt: nowIso(), ...(atStartup ? { note: 'completedAtStartup' } : {}) })
    .where(eq(fileWrites.id, row.id))
    .run();
}

export interface Reconciled {
  /** Files found complete at their final name: recorded now, as if the write had finished. */
  completed: { id: number; kind: FileKind; path: string }[];
  /** Writes that never reached their final name intact: nothing of them is left. */
  failed: { id: number; kind: FileKind; reason: 'interrupted' | 'missing' | 'mismatch' }[];
  /** Hidden temporary files of this app removed. */
  removedParts: string[];
}

const exists = (p: string) => fs.existsSync(p);

/** A stick that went read-only or fails to read must not stop the register from starting. */
function tryRemove(file: string): boolean {
  try {
    fs.rmSync(file, { force: true });
    return true;
  } catch {
    return false;
  }
}

function hashOrNull(file: string): string | null {
  try {
    return sha256FileSync(file);
  } catch {
    return null;
  }
}

/**
 * Settles every write a crash left pending; called by startCore before any request. The rule:
 * a file at its recorded final name with the recorded SHA-256 is ours and complete, so it is
 * kept and its audit / exchange-log row written (marked completedAtStartup): an export the clerk
 * may already have carried away is then on record, and its package number is used. Anything else
 * is failed; a file at the final name with other content is left alone (it is not one we
 * wrote). Then this app's leftover `.part` files are removed from every folder it ever wrote to
 * (those that are reachable now) and from `extraFolders`.
 */
export function reconcileFileWrites(ctx: ServiceContext, extraFolders: readonly string[] = []): Reconciled {
  const out: Reconciled = { completed: [], failed: [], removedParts: [] };
  const pending = ctx.db.select().from(fileWrites).where(eq(fileWrites.status, 'pending')).all();
  for (const row of pending) {
    if (exists(row.tempPath) && tryRemove(row.tempPath)) out.removedParts.push(row.tempPath);
    const complete =
      row.finalPath !== null &&
      row.sha256 !== null &&
      exists(row.finalPath) &&
      hashOrNull(row.finalPath) === row.sha256;
    if (complete && row.finalPath) {
      inTransaction(ctx, (tx) => completeRecord(tx, ctx, row, true));
      out.completed.push({ id: row.id, kind: row.kind, path: row.finalPath });
      continue;
    }
    const reason = row.finalPath === null ? 'interrupted' : exists(row.finalPath) ? 'mismatch' : 'missing';
    inTransaction(ctx, (tx) =>
      tx
        .update(fileWrites)
        .set({ status: 'failed', note: `${reason}AtStartup`, finishedAt: nowIso() })
        .where(eq(fileWrites.id, row.id))
        .run(),
    );
    out.failed.push({ id: row.id, kind: row.kind, reason });
  }
  const folders = new Set([
    ...ctx.db
      .selectDistinct({ folder: fileWrites.folder })
      .from(fileWrites)
      .all()
      .map((r) => r.folder),
    ...extraFolders,
  ]);
  for (const folder of folders) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue; // A stick that is not plugged in now, or a folder since removed.
    }
    for (const name of names.filter(isLeftoverPart)) {
      const file = path.join(folder, name);
      // Read-only now: tried again on the next start.
      if (tryRemove(file)) out.removedParts.push(file);
    }
  }
  return out;
}
