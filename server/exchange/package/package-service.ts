import dayjs from 'dayjs';
import { and, asc, count, desc, eq, isNull, min, sql } from 'drizzle-orm';
import fs from 'node:fs/promises';
import path from 'node:path';
import { getMeta } from '#db';
import journal from '#db/journal' with { type: 'json' };
import { auditLog, packageConflicts, packageLog, packageOffices, recordOrigins } from '#db/schema';
import type {
  ConflictEntity,
  OfficeIdentity,
  PackageConflict,
  PackageExportResult,
  PackageImportResult,
  PackageLogEntry,
  RecordOrigin,
} from '#server/contract/packages-types';
import type { Page } from '#server/contract/types';
import { offerDownload } from '#server/kernel/files/downloads';
import {
  collectDivisions,
  collectInstitutions,
  collectPersons,
  collectStaff,
  divisionCodes,
  institutionKeys,
} from './collect';
import { rowCounts, sha256Hex } from './manifest';
import { makeMergeContext } from './merge-context';
import { mergePackage, takeIncoming } from './merge';
import { currentLocal, toConflict } from './conflicts';
import {
  buildPackage,
  type OpenedPackage,
  openPackage,
  type PartRows,
  signatureValid,
  verifyWritten,
} from './package-file';
import { PackageRefusal } from '#server/kernel/package-refusal';
import {
  conflict,
  inTransaction,
  invalid,
  notFound,
  nowIso,
  RuleError,
  type ServiceContext,
  type Tx,
  writeAudit,
} from '#server/kernel';
import { receivesPackages, sendsPackages } from '#domain/office';
import { checkDirectory, currentOffice, officeKeys, safeFileName, writeChecked } from '#server/services/office-service';
import { beginFileWrite, markFailed, type PackageRecord } from '#server/kernel/files/file-journal';
import { PERIOD_KEY } from '#server/kernel/files/package-sequence';
import { storageError } from '#server/kernel/storage-errors';

/** The newest migration this app knows (every register it opens is migrated to it). */
const SCHEMA_VERSION = journal.entries.at(-1)?.tag ?? 'unknown';

interface Attempt {
  fileName: string | null;
  filePath?: string | null;
  fileSha256: string | null;
  opened: OpenedPackage | null;
}

/** A refusal's message code and params, whichever layer raised it. */
function refusalOf(
  error: unknown,
): { field: string; code: PackageRefusal['code']; params?: Record<string, string | number> } | null {
  if (error instanceof PackageRefusal)
    return { field: error.field, code: error.code, ...(error.params ? { params: error.params } : {}) };
  const issue = error instanceof RuleError ? error.issues[0] : undefined;
  return issue ? { field: issue.field, code: issue.code, ...(issue.params ? { params: issue.params } : {}) } : null;
}

/** Every refused attempt is in 交换记录 too, written after the refused work rolled back. */
function logRefusal(
  ctx: ServiceContext,
  direction: 'export' | 'import',
  attempt: Attempt,
  refusal: NonNullable<ReturnType<typeof refusalOf>>,
): void {
  const m = attempt.opened?.manifest;
  inTransaction(ctx, (tx) => {
    const { id } = tx
      .insert(packageLog)
      .values({
        actor: ctx.actor,
        direction,
        outcome: 'refused',
        officeCode: m?.office.code ?? null,
        officeName: m?.office.name ?? null,
        sequence: m?.sequence ?? null,
        fileName: attempt.fileName,
        filePath: attempt.filePath ?? null,
        fileSha256: attempt.fileSha256,
        manifestSha256: attempt.opened?.manifestSha256 ?? null,
        rows: m ? rowCounts(m) : null,
        reasonCode: refusal.code,
        reasonParams: refusal.params ?? null,
      })
      .returning({ id: packageLog.id })
      .get();
    writeAudit(tx, ctx, {
      action: `package.${direction}Refused`,
      entity: 'package',
      entityId: id,
      after: { reason: refusal.code, ...(refusal.params ?? {}) },
    });
  });
}

const exporting = new Set<string>();

/**
 * 上报数据包. The records are read in one transaction; then the sequence number is reserved and
 * the write recorded as pending in one IMMEDIATE transaction (file-journal.ts); the file is
 * sealed, written safely and read back; the exchange-log row is written in the transaction that
 * marks the write done. A number whose file may have reached its final name is never given out
 * again; one whose write failed before that is given to the next package (no needless gap).
 */
export async function exportPackage(
  ctx: ServiceContext,
  input: { directory: string; password: string },
): Promise<PackageExportResult> {
  if (exporting.has(ctx.dataFile)) throw conflict('directory', 'packages.export.busy');
  exporting.add(ctx.dataFile);
  const attempt: Attempt = { fileName: null, filePath: input.directory, fileSha256: null, opened: null };
  try {
    return await runExport(ctx, input, attempt);
  } catch (error) {
    const refusal = refusalOf(error);
    // A disk fault is not a refusal of the package: there is nothing to log (the register may be the full disk).
    if (!refusal || (error instanceof RuleError && error.kind === 'STORAGE')) throw error;
    logRefusal(ctx, 'export', attempt, refusal);
    throw error instanceof RuleError ? error : invalid(refusal.field, refusal.code, refusal.params);
  } finally {
    exporting.delete(ctx.dataFile);
  }
}

function readForExport(tx: Tx, ctx: ServiceContext) {
  const { office } = currentOffice(tx);
  if (!office) throw invalid('office', 'packages.office.missing');
  if (!sendsPackages(office.level)) throw invalid('office', 'packages.export.notAllowed');
  const createdAt = nowIso();
  // The period runs from the last package (or the register's first recorded action) to now.
  const from =
    getMeta(tx, PERIOD_KEY) ??
    tx
      .select({ at: min(auditLog.at) })
      .from(auditLog)
      .get()?.at ??
    createdAt;
  const codes = divisionCodes(tx);
  const keysById = institutionKeys(tx, codes);
  const rows: PartRows = {
    divisions: collectDivisions(tx),
    institutions: collectInstitutions(tx, undefined, codes).map((r) => r.row),
    persons: collectPersons(tx, undefined, codes, keysById).map((r) => r.row),
    staff: collectStaff(tx, undefined, codes, keysById).map((r) => r.row),
  };
  return {
    office,
    rows,
    head: {
      office,
      period: { from, to: createdAt },
      createdAt,
      appVersion: ctx.appVersion,
      schemaVersion: SCHEMA_VERSION,
    },
  };
}

const packageFileName = (office: OfficeIdentity, sequence: number, createdAt: string) =>
  `${office.code}-${safeFileName(office.name)}-数据包第${String(sequence).padStart(4, '0')}号-${dayjs(createdAt).format('YYYYMMDD')}.shrpkg`;

async function runExport(
  ctx: ServiceContext,
  input: { directory: string; password: string },
  attempt: Attempt,
): Promise<PackageExportResult> {
  const keys = officeKeys(ctx);
  checkDirectory(input.directory);
  // A read transaction: one consistent snapshot of the registers, without holding up colleagues' saves.
  const { office, rows, head: read } = ctx.db.transaction((tx) => readForExport(tx, ctx), { behavior: 'deferred' });
  const job = await beginFileWrite(ctx, {
    kind: 'package',
    folder: input.directory,
    reserveSequence: true,
    fileName: (n) => packageFileName(office, n ?? 0, read.createdAt),
  }).catch((error: unknown) => {
    throw storageError(error, { dataFile: ctx.dataFile }) ?? error;
  });
  const head = { ...read, sequence: job.sequence ?? 0 };
  attempt.fileName = job.fileName;
  let built: Awaited<ReturnType<typeof buildPackage>>;
  try {
    built = await buildPackage(head, rows, keys.privateKey, input.password);
  } catch (error) {
    markFailed(ctx, job.id, error);
    throw error;
  }
  attempt.fileSha256 = sha256Hex(built.bytes);
  const fileSha256 = attempt.fileSha256;
  const rowsPerPart = rowCounts(built.manifest);
  const saved = await writeChecked(
    ctx,
    job,
    built.bytes,
    async (final) => verifyWritten(await fs.readFile(final), input.password, built, keys.publicKey),
    (file): PackageRecord => ({
      log: {
        officeCode: office.code,
        officeName: office.name,
        sequence: head.sequence,
        fileName: path.basename(file.path),
        filePath: file.path,
        fileSha256,
        manifestSha256: built.manifestSha256,
        rows: rowsPerPart,
        result: { period: head.period },
      },
      periodTo: head.createdAt,
      audit: { sequence: head.sequence, path: file.path, rows: rowsPerPart, fileSha256 },
    }),
  );
  return {
    path: saved.path,
    fileName: path.basename(saved.path),
    bytes: saved.bytes,
    downloadId: offerDownload(saved.path),
    sequence: head.sequence,
    period: head.period,
    rows: rowsPerPart,
  };
}

/** The registered, active office the package names, with its signature checked against that office's key. */
function checkSender(db: Pick<Tx, 'select'>, opened: OpenedPackage) {
  const { office } = opened.manifest;
  const sender = db
    .select()
    .from(packageOffices)
    .where(and(eq(packageOffices.code, office.code), isNull(packageOffices.archivedAt)))
    .get();
  if (!sender) throw new PackageRefusal('packages.office.unknown', 'file', { name: office.name, code: office.code });
  if (!signatureValid(opened, sender.publicKey))
    throw new PackageRefusal('packages.signature.bad', 'file', { name: sender.name });
  return sender;
}

/**
 * 导入数据包: refused, with its own message, when the file is not a package or is damaged, the
 * password is wrong, the content was altered, the office is not registered, the signature is not
 * that office's, or the sequence number was used or skips one. Otherwise merged in one IMMEDIATE
 * transaction; the same package again is reported as already imported and changes nothing.
 */
export async function importPackage(
  ctx: ServiceContext,
  input: { fileName: string; dataBase64: string; password: string; skipMissing?: boolean },
): Promise<PackageImportResult> {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const attempt: Attempt = { fileName: input.fileName || null, fileSha256: sha256Hex(bytes), opened: null };
  try {
    const { office } = currentOffice(ctx.db);
    if (!office || !receivesPackages(office.level)) throw new PackageRefusal('packages.import.notAllowed');
    attempt.opened = await openPackage(bytes, input.password);
    const opened = attempt.opened;
    checkSender(ctx.db, opened);
    return inTransaction(ctx, (tx) => applyPackage(tx, ctx, opened, attempt, input.skipMissing ?? false));
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    logRefusal(ctx, 'import', attempt, refusal);
    throw error instanceof RuleError ? error : invalid(refusal.field, refusal.code, refusal.params);
  }
}

function applyPackage(
  tx: Tx,
  ctx: ServiceContext,
  opened: OpenedPackage,
  attempt: Attempt,
  skipMissing: boolean,
): PackageImportResult {
  const { manifest } = opened;
  // Read again under the write lock: another import may have moved the sequence meanwhile.
  const sender = checkSender(tx, opened);
  const logValues = {
    actor: ctx.actor,
    direction: 'import' as const,
    officeCode: sender.code,
    officeName: manifest.office.name,
    sequence: manifest.sequence,
    fileName: attempt.fileName,
    fileSha256: attempt.fileSha256,
    manifestSha256: opened.manifestSha256,
    rows: rowCounts(manifest),
  };
  const result = {
    office: { code: sender.code, name: sender.name },
    sequence: manifest.sequence,
    createdAt: manifest.createdAt,
  };
  const applied = tx
    .select({ id: packageLog.id })
    .from(packageLog)
    .where(
      and(
        eq(packageLog.manifestSha256, opened.manifestSha256),
        eq(packageLog.officeCode, sender.code),
        eq(packageLog.outcome, 'imported'),
      ),
    )
    .get();
  if (applied || sender.lastManifestSha256 === opened.manifestSha256) {
    const { id } = tx
      .insert(packageLog)
      .values({ ...logValues, outcome: 'alreadyImported' })
      .returning({ id: packageLog.id })
      .get();
    writeAudit(tx, ctx, {
      action: 'package.importAlready',
      entity: 'package',
      entityId: id,
      after: { office: sender.code, sequence: manifest.sequence },
    });
    return { status: 'alreadyImported', ...result, counts: null, skipped: [] };
  }
  if (manifest.sequence <= sender.lastSequence) {
    throw new PackageRefusal('packages.sequence.replayed', 'file', {
      name: sender.name,
      sequence: manifest.sequence,
      last: sender.lastSequence,
    });
  }
  // A gap is refused unless the clerk confirms the missing packages are lost: each package holds
  // the office's whole register, so applying a later one loses nothing, but it must be a choice.
  const skipped = Array.from(
    { length: manifest.sequence - sender.lastSequence - 1 },
    (_, i) => sender.lastSequence + 1 + i,
  );
  if (skipped.length > 0 && !skipMissing) {
    throw new PackageRefusal('packages.sequence.outOfOrder', 'file', {
      name: sender.name,
      expected: sender.lastSequence + 1,
      sequence: manifest.sequence,
    });
  }
  const m = makeMergeContext(
    tx,
    ctx,
    { code: sender.code, name: sender.name },
    manifest.sequence,
    opened.rows.divisions,
  );
  const counts = mergePackage(m, opened.rows);
  tx.update(packageOffices)
    .set({ lastSequence: manifest.sequence, lastManifestSha256: opened.manifestSha256, lastImportedAt: nowIso() })
    .where(eq(packageOffices.id, sender.id))
    .run();
  const { id } = tx
    .insert(packageLog)
    .values({ ...logValues, outcome: 'imported', result: counts })
    .returning({ id: packageLog.id })
    .get();
  writeAudit(tx, ctx, {
    action: 'package.import',
    entity: 'package',
    entityId: id,
    after: { office: sender.code, sequence: manifest.sequence, counts, skipped },
  });
  return { status: 'imported', ...result, counts, skipped };
}

const officeNames = (db: Pick<Tx, 'select'>): Map<string, string> =>
  new Map(
    db
      .select({ code: packageOffices.code, name: packageOffices.name })
      .from(packageOffices)
      .all()
      .map((o) => [o.code, o.name]),
  );

/** 冲突处理: open conflicts first (the clerk's worklist), or all with how they were settled. */
export function listConflicts(ctx: ServiceContext, status: 'open' | 'all'): PackageConflict[] {
  const names = officeNames(ctx.db);
  return ctx.db
    .select()
    .from(packageConflicts)
    .where(status === 'open' ? eq(packageConflicts.status, 'open') : undefined)
    .orderBy(asc(sql`${packageConflicts.status} <> 'open'`), desc(packageConflicts.id))
    .limit(500)
    .all()
    .map((r) => toConflict(ctx.db, r, names));
}

/** 保留本单位数据 or 采用下级数据; one transaction with its audit row. */
export function resolveConflict(ctx: ServiceContext, input: { id: number; action: 'keep' | 'take' }): PackageConflict {
  return inTransaction(ctx, (tx) => {
    const row = tx.select().from(packageConflicts).where(eq(packageConflicts.id, input.id)).get();
    if (!row) throw notFound('packages.conflict.notFound');
    if (row.status !== 'open') throw conflict('id', 'packages.conflict.resolved');
    const names = officeNames(tx);
    // What we held when the clerk decided, kept with the settled conflict.
    const snapshot = row.localRecordId === null ? row.localSnapshot : currentLocal(tx, row.entity, row.localRecordId);
    let recordId = row.localRecordId;
    if (input.action === 'take') {
      const m = makeMergeContext(
        tx,
        ctx,
        { code: row.officeCode, name: names.get(row.officeCode) ?? row.officeCode },
        row.sequence,
        [],
      );
      try {
        recordId = takeIncoming(m, row.entity, row.incoming);
      } catch (error) {
        if (error instanceof PackageRefusal) throw invalid('id', error.code, error.params);
        throw error;
      }
    }
    const after = tx
      .update(packageConflicts)
      .set({
        status: input.action === 'take' ? 'taken' : 'kept',
        localRecordId: recordId,
        localSnapshot: snapshot,
        resolvedBy: ctx.actor,
        resolvedAt: nowIso(),
      })
      .where(eq(packageConflicts.id, row.id))
      .returning()
      .get();
    writeAudit(tx, ctx, {
      action: input.action === 'keep' ? 'package.conflictKeep' : 'package.conflictTake',
      entity: row.entity,
      entityId: recordId,
      after: { conflict: row.id, office: row.officeCode, sequence: row.sequence },
    });
    return toConflict(tx, after, names);
  });
}

/** 交换记录, newest first. */
export function packageLogPage(ctx: ServiceContext, q: { page: number; pageSize: number }): Page<PackageLogEntry> {
  const data = ctx.db
    .select()
    .from(packageLog)
    .orderBy(desc(packageLog.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .all()
    .map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      direction: r.direction,
      outcome: r.outcome,
      officeCode: r.officeCode,
      officeName: r.officeName,
      sequence: r.sequence,
      fileName: r.fileName,
      fileSha256: r.fileSha256,
      rows: r.rows,
      counts: r.direction === 'import' && r.outcome === 'imported' ? (r.result as PackageLogEntry['counts']) : null,
      reasonCode: r.reasonCode,
      reasonParams: r.reasonParams,
    }));
  return { data, total: ctx.db.select({ n: count() }).from(packageLog).get()?.n ?? 0 };
}

/** 来源单位 of one record, or null when this office entered it. */
export function recordOrigin(ctx: ServiceContext, input: { entity: ConflictEntity; id: number }): RecordOrigin | null {
  const row = ctx.db
    .select({
      code: recordOrigins.officeCode,
      sequence: recordOrigins.sequence,
      at: recordOrigins.updatedAt,
      name: packageOffices.name,
    })
    .from(recordOrigins)
    .leftJoin(packageOffices, eq(packageOffices.code, recordOrigins.officeCode))
    .where(and(eq(recordOrigins.entity, input.entity), eq(recordOrigins.recordId, input.id)))
    .get();
  return row ? { code: row.code, name: row.name ?? row.code, sequence: row.sequence, at: row.at } : null;
}
