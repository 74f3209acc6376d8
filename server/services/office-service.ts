import { asc, desc, eq, isNull } from 'drizzle-orm';
import fs from 'node:fs/promises';
import path from 'node:path';
import { getMeta, setMeta } from '#db';
import { divisions, officeKeys as keyPairs, packageLog, packageOffices, type PackageOfficeRow } from '#db/schema';
import { isLowerOffice, officeName, receivesPackages, sendsPackages } from '#domain/office';
import type { z } from 'zod';
import type { officeInput } from '#server/contract/packages';
import type {
  KeyFileInfo,
  LowerOffice,
  OfficeIdentity,
  OfficeInfo,
  SavedPackageFile,
} from '#server/contract/packages-types';
import { offerDownload } from '#server/kernel/files/downloads';
import { defaultExportDir, listDestinations } from '#server/kernel/files/safe-files';
import {
  fingerprintOf,
  generateOfficeKeys,
  groupedFingerprint,
  keyFileBytes,
  type OfficeKeys,
  parseKeyFile,
} from '#server/kernel/crypto/office-keys';
import { PackageRefusal } from '#server/kernel/package-refusal';
import {
  conflict,
  inTransaction,
  invalid,
  notFound,
  nowIso,
  type ServiceContext,
  type ReadHandle,
  type Tx,
  writeAudit,
} from '#server/kernel';
import { beginFileWrite, type FileJob, placeFile } from '#server/kernel/files/file-journal';
import { nextSequence } from '#server/kernel/files/package-sequence';
import { storageError } from '#server/kernel/storage-errors';
type Db = Parameters<typeof getMeta>[0];

const PROFILE_KEY = 'office_profile';

/** The office as saved, else the register's default: its district's 残联. */
export function currentOffice(db: Db & ReadHandle): { office: OfficeIdentity | null; derived: boolean } {
  const stored = getMeta(db, PROFILE_KEY);
  if (stored) return { office: JSON.parse(stored) as OfficeIdentity, derived: false };
  const district = db
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(isNull(divisions.parentId))
    .orderBy(asc(divisions.id))
    .get();
  return {
    office: district ? { level: 'district', code: district.code, name: officeName(district.name) } : null,
    derived: true,
  };
}

/**
 * The office's Ed25519 key pair. Made at setup; a register set up before packages existed gets
 * it on first need. The private key never leaves the register file.
 */
export function ensureOfficeKeys(tx: Tx, ctx: ServiceContext): OfficeKeys {
  const active = activeKeys(tx);
  if (active) return active;
  const keys = generateOfficeKeys();
  tx.insert(keyPairs)
    .values({ ...keys, status: 'active' })
    .run();
  writeAudit(tx, ctx, {
    action: 'package.keyCreate',
    entity: 'office',
    entityId: null,
    after: { fingerprint: fingerprintOf(keys.publicKey) },
  });
  return keys;
}

/** Keys for a read: only takes the write lock when they must still be made. */
export function officeKeys(ctx: ServiceContext): OfficeKeys {
  return activeKeys(ctx.db) ?? inTransaction(ctx, (tx) => ensureOfficeKeys(tx, ctx));
}

/** The key pair in use (office_keys holds at most one active row), if one was made. */
function activeKeys(db: ReadHandle): OfficeKeys | undefined {
  return db
    .select({ privateKey: keyPairs.privateKey, publicKey: keyPairs.publicKey })
    .from(keyPairs)
    .where(eq(keyPairs.status, 'active'))
    .get();
}

export { lastSequence, SEQUENCE_KEY } from '#server/kernel/files/package-sequence';

export function officeInfo(ctx: ServiceContext): OfficeInfo {
  const { publicKey } = officeKeys(ctx);
  const { office, derived } = currentOffice(ctx.db);
  const last = ctx.db
    .select({ sequence: packageLog.sequence, at: packageLog.at })
    .from(packageLog)
    .where(eq(packageLog.outcome, 'exported'))
    .orderBy(desc(packageLog.id))
    .get();
  return {
    office,
    derived,
    fingerprint: groupedFingerprint(fingerprintOf(publicKey)),
    nextSequence: nextSequence(ctx.db),
    lastExport: last?.sequence ? { sequence: last.sequence, at: last.at } : null,
    canExport: office !== null && sendsPackages(office.level),
    canImport: office !== null && receivesPackages(office.level),
  };
}

/** Which division a level's code must name in this register (a city office is above the register). */
function checkOfficeCode(tx: ReadHandle, input: OfficeIdentity): void {
  if (input.level === 'city') {
    if (!/^\d{4}00$/.test(input.code) || input.code.endsWith('0000')) throw invalid('code', 'packages.office.codeCity');
    return;
  }
  const d = tx.select().from(divisions).where(eq(divisions.code, input.code)).get();
  if (input.level === 'street' && (!d || d.level !== 'street' || d.archivedAt))
    throw invalid('code', 'packages.office.codeStreet');
  if (input.level === 'district' && (!d || d.level !== 'district'))
    throw invalid('code', 'packages.office.codeDistrict');
}

/** Sets 本单位. Packages already sent keep the identity they were signed with. */
export function setOffice(ctx: ServiceContext, input: z.output<typeof officeInput>): OfficeInfo {
  inTransaction(ctx, (tx) => {
    checkOfficeCode(tx, input);
    const before = currentOffice(tx).office;
    const after: OfficeIdentity = { level: input.level, code: input.code, name: input.name };
    setMeta(tx, PROFILE_KEY, JSON.stringify(after));
    ensureOfficeKeys(tx, ctx);
    writeAudit(tx, ctx, { action: 'package.office', entity: 'office', entityId: null, before, after });
  });
  return officeInfo(ctx);
}

export function checkDirectory(directory: string): void {
  if (!path.isAbsolute(directory)) throw invalid('directory', 'packages.export.folderAbsolute');
}

/**
 * A recorded safe write (file-journal.ts) with the clerk's words for what went wrong: the disk
 * is full or read-only (named, see storage-errors.ts), the folder could not be written (stick
 * pulled, no such drive), or the file read back wrong.
 */
export async function writeChecked(
  ctx: ServiceContext,
  job: FileJob,
  bytes: Buffer,
  verify: (final: string) => Promise<void>,
  record: (saved: { path: string; bytes: number }) => object,
): Promise<{ path: string; bytes: number }> {
  try {
    return await placeFile(ctx, job, {
      write: (temp) => fs.writeFile(temp, bytes),
      verify,
      record: (saved) => ({ ...record(saved) }),
    });
  } catch (error) {
    if (error instanceof PackageRefusal) throw invalid('directory', 'packages.export.verifyFailed');
    const disk = storageError(error, { dataFile: ctx.dataFile, folder: job.folder, field: 'directory' });
    if (disk) throw disk;
    if (error instanceof Error && 'code' in error && typeof error.code === 'string')
      throw invalid('directory', 'packages.export.folderFailed', { path: job.folder });
    throw error;
  }
}

/** Office name made safe for a file name on FAT/NTFS sticks. */
export const safeFileName = (s: string): string => s.replace(/[\\/:*?"<>|\s]+/g, '_');

/** Writes 本单位's public key file (to hand to the office above) and offers it as a download. */
export async function exportOfficeKey(ctx: ServiceContext, directory: string | undefined): Promise<SavedPackageFile> {
  const { publicKey } = officeKeys(ctx);
  const { office } = currentOffice(ctx.db);
  if (!office) throw invalid('office', 'packages.office.missing');
  const bytes = keyFileBytes(office, publicKey, nowIso());
  const fileName = `${office.code}-${safeFileName(office.name)}.shrkey`;
  // Without a choice: the first removable drive if one is plugged in (it goes to the office above), else beside the register.
  const target = directory ?? (await listDestinations(ctx.dataFile))[0]?.path ?? defaultExportDir(ctx.dataFile);
  checkDirectory(target);
  const job = await beginFileWrite(ctx, { kind: 'officeKey', folder: target, fileName: () => fileName });
  const saved = await writeChecked(
    ctx,
    job,
    bytes,
    async (final) => {
      if (!(await fs.readFile(final)).equals(bytes)) throw new PackageRefusal('packages.export.verifyFailed');
    },
    (file) => ({ path: file.path, fingerprint: fingerprintOf(publicKey) }),
  );
  return {
    path: saved.path,
    fileName: saved.path.split(/[\\/]/).pop() ?? fileName,
    bytes: saved.bytes,
    downloadId: offerDownload(saved.path),
  };
}

function toLowerOffice(r: PackageOfficeRow): LowerOffice {
  return {
    id: r.id,
    level: r.level,
    code: r.code,
    name: r.name,
    fingerprint: groupedFingerprint(r.fingerprint),
    lastSequence: r.lastSequence,
    lastImportedAt: r.lastImportedAt,
    registeredBy: r.registeredBy,
    registeredAt: r.registeredAt,
    archived: r.archivedAt !== null,
  };
}

/** Reads a .shrkey and checks it could be registered here; nothing is written. */
function checkKeyFile(tx: ReadHandle & Db, dataBase64: string): ReturnType<typeof parseKeyFile> {
  let key: ReturnType<typeof parseKeyFile>;
  try {
    key = parseKeyFile(Buffer.from(dataBase64, 'base64'));
  } catch (error) {
    if (error instanceof PackageRefusal) throw invalid('file', error.code, error.params);
    throw error;
  }
  const { office } = currentOffice(tx);
  if (!office || !receivesPackages(office.level)) throw invalid('file', 'packages.import.notAllowed');
  if (activeKeys(tx)?.publicKey === key.publicKey || key.code === office.code)
    throw invalid('file', 'packages.lowerOffice.self');
  if (!isLowerOffice(office, key))
    throw invalid('file', 'packages.lowerOffice.notLower', { name: key.name, code: key.code });
  const existing = tx.select().from(packageOffices).where(eq(packageOffices.code, key.code)).get();
  if (existing && !existing.archivedAt)
    throw conflict('file', 'packages.lowerOffice.exists', { name: existing.name, code: existing.code });
  return key;
}

export function readKeyFile(ctx: ServiceContext, dataBase64: string): KeyFileInfo {
  const key = checkKeyFile(ctx.db, dataBase64);
  return { level: key.level, code: key.code, name: key.name, fingerprint: groupedFingerprint(key.fingerprint) };
}

/**
 * Registers a lower office's key. The clerk confirmed the fingerprint shown by readKeyFile (by
 * phone with the other office); it must still be the file's. A deactivated office registered
 * again starts over: new key, sequence from 1.
 */
export function registerOffice(ctx: ServiceContext, input: { dataBase64: string; fingerprint: string }): LowerOffice {
  return inTransaction(ctx, (tx) => {
    const key = checkKeyFile(tx, input.dataBase64);
    if (input.fingerprint.replace(/\s/g, '').toUpperCase() !== key.fingerprint.slice(0, 32))
      throw invalid('fingerprint', 'packages.keyFile.confirm');
    const values = {
      name: key.name,
      level: key.level,
      publicKey: key.publicKey,
      fingerprint: key.fingerprint,
      lastSequence: 0,
      lastManifestSha256: null,
      lastImportedAt: null,
      registeredBy: ctx.actor,
      registeredAt: nowIso(),
      archivedAt: null,
    };
    const existing = tx
      .select({ id: packageOffices.id })
      .from(packageOffices)
      .where(eq(packageOffices.code, key.code))
      .get();
    const row = existing
      ? tx.update(packageOffices).set(values).where(eq(packageOffices.id, existing.id)).returning().get()
      : tx
          .insert(packageOffices)
          .values({ code: key.code, ...values })
          .returning()
          .get();
    const after = toLowerOffice(row);
    writeAudit(tx, ctx, { action: 'package.officeRegister', entity: 'packageOffice', entityId: row.id, after });
    return after;
  });
}

export function lowerOffices(ctx: ServiceContext): LowerOffice[] {
  return ctx.db.select().from(packageOffices).orderBy(asc(packageOffices.code)).all().map(toLowerOffice);
}

/** A deactivated office's packages are refused as from an unknown office; its records stay. */
export function archiveLowerOffice(ctx: ServiceContext, input: { id: number; archived: boolean }): LowerOffice {
  return inTransaction(ctx, (tx) => {
    const before = tx.select().from(packageOffices).where(eq(packageOffices.id, input.id)).get();
    if (!before) throw notFound('packages.lowerOffice.notFound');
    if ((before.archivedAt !== null) === input.archived) return toLowerOffice(before);
    const row = tx
      .update(packageOffices)
      .set({ archivedAt: input.archived ? nowIso() : null })
      .where(eq(packageOffices.id, input.id))
      .returning()
      .get();
    writeAudit(tx, ctx, {
      action: input.archived ? 'archive' : 'restore',
      entity: 'packageOffice',
      entityId: row.id,
      before: toLowerOffice(before),
      after: toLowerOffice(row),
    });
    return toLowerOffice(row);
  });
}
