import { type } from '@orpc/contract';
import { z } from 'zod';
import { OFFICE_LEVELS, packagePassword } from '#domain/office';
import { SHEET_ENTITIES } from '#domain/registers';
import { code, id } from '#domain/zod-helpers';
import { base } from './base';
import type {
  KeyFileInfo,
  LowerOffice,
  OfficeInfo,
  PackageConflict,
  PackageExportResult,
  PackageImportResult,
  PackageLogEntry,
  RecordOrigin,
  SavedPackageFile,
} from './packages-types';
import type { Page } from './types';

export type * from './packages-types';
export { packagePassword };

export const officeInput = z.object({
  level: z.enum(OFFICE_LEVELS),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}(\d{6})?$/, code('packages.office.code')),
  name: z
    .string(code('packages.office.name'))
    .trim()
    .min(2, code('packages.office.name'))
    .max(60, code('packages.office.name')),
});

/** Base64 of an uploaded package or key file; 300 MB of package is far beyond a district's register. */
export const PACKAGE_UPLOAD_MAX_CHARS = 400_000_000;
const upload = z
  .string()
  .min(1, code('packages.file.required'))
  .max(PACKAGE_UPLOAD_MAX_CHARS, code('packages.file.tooLarge'));
const folder = z
  .string(code('packages.export.folderRequired'))
  .trim()
  .min(1, code('packages.export.folderRequired'))
  .max(1000);

/** 数据包上报与接收: the office's key, packages out, lower offices and packages in, conflicts, the log. */
export const packagesContract = {
  /** Caller: any clerk. Trusts: nothing (no input); read only but for making the office key on first need. */
  office: base.output(type<OfficeInfo>()),
  /** Caller: any clerk; office-wide setting. Trusts: nothing beyond its checked input: the code is checked against the register's divisions for the level. */
  setOffice: base.input(officeInput).output(type<OfficeInfo>()),
  /** Caller: any clerk. Trusts: the folder the clerk chose (a full path is required; absent, a USB stick, else beside the register); writes only the public key, read back and checked. */
  exportKey: base.input(z.object({ directory: folder.optional() })).output(type<SavedPackageFile>()),
  /** Caller: any clerk. Trusts: the folder the clerk chose (a full path) and a password that meets the rule; one export at a time, the package is read back and verified before it counts. */
  export: base.input(z.object({ directory: folder, password: packagePassword })).output(type<PackageExportResult>()),
  /** Caller: any clerk. Trusts: nothing of the upload: the key file is parsed and checked as for registration; writes nothing. */
  readKeyFile: base.input(z.object({ dataBase64: upload })).output(type<KeyFileInfo>()),
  /** Caller: any clerk; office-wide setting. Trusts: nothing of the upload; registers only the key whose fingerprint the clerk confirmed, of an office below this one. */
  registerOffice: base
    .input(z.object({ dataBase64: upload, fingerprint: z.string().max(100) }))
    .output(type<LowerOffice>()),
  /** Caller: any clerk. Trusts: nothing (no input); read only. */
  offices: base.output(type<LowerOffice[]>()),
  /** Caller: any clerk; office-wide setting. Trusts: nothing; an unknown office is NOT_FOUND, and a deactivated office's packages are refused from then on. */
  archiveOffice: base.input(z.object({ id, archived: z.boolean().default(true) })).output(type<LowerOffice>()),
  /** Caller: any clerk. Trusts: nothing of the upload: format, password, hashes, the signature against a registered key and the sequence are all checked before anything is written; every attempt, refused or not, is logged. */
  import: base
    .input(
      z.object({
        fileName: z.string().max(300).default(''),
        dataBase64: upload,
        password: z.string(code('packages.password.required')).min(1, code('packages.password.required')).max(128),
        // Set only after the clerk confirmed that the missing numbers are lost (every package is a full snapshot).
        skipMissing: z.boolean().default(false),
      }),
    )
    .output(type<PackageImportResult>()),
  /** Caller: any clerk. Trusts: nothing; read only, ID numbers come back masked. */
  conflicts: base
    .input(z.object({ status: z.enum(['open', 'all']).default('open') }))
    .output(type<PackageConflict[]>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: the conflict must still be open; taking the incoming record parses it again as a package row before it is written. */
  resolveConflict: base.input(z.object({ id, action: z.enum(['keep', 'take']) })).output(type<PackageConflict>()),
  /** Caller: any clerk. Trusts: nothing; read only, paged (at most 100 a page). */
  log: base
    .input(
      z.object({ page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(100).default(20) }),
    )
    .output(type<Page<PackageLogEntry>>()),
  /** Caller: any clerk. Trusts: nothing; read only, null for a record this office entered. */
  origin: base.input(z.object({ entity: z.enum(SHEET_ENTITIES), id })).output(type<RecordOrigin | null>()),
};
