import { type } from '@orpc/contract';
import { z } from 'zod';
import { OFFICE_LEVELS, packagePassword } from '../../domain/office';
import { SHEET_ENTITIES } from '../../domain/registers';
import { code, id } from '../../domain/zod-helpers';
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
  code: z.string().trim().regex(/^\d{6}(\d{6})?$/, code('packages.office.code')),
  name: z.string(code('packages.office.name')).trim().min(2, code('packages.office.name')).max(60, code('packages.office.name')),
});

/** Base64 of an uploaded package or key file; 300 MB of package is far beyond a district's register. */
export const PACKAGE_UPLOAD_MAX_CHARS = 400_000_000;
const upload = z.string().min(1, code('packages.file.required')).max(PACKAGE_UPLOAD_MAX_CHARS, code('packages.file.tooLarge'));
const folder = z.string(code('packages.export.folderRequired')).trim().min(1, code('packages.export.folderRequired')).max(1000);

/** 数据包上报与接收: the office's key, packages out, lower offices and packages in, conflicts, the log. */
export const packagesContract = {
  office: base.output(type<OfficeInfo>()),
  setOffice: base.input(officeInput).output(type<OfficeInfo>()),
  exportKey: base.input(z.object({ directory: folder.optional() })).output(type<SavedPackageFile>()),
  export: base.input(z.object({ directory: folder, password: packagePassword })).output(type<PackageExportResult>()),
  readKeyFile: base.input(z.object({ dataBase64: upload })).output(type<KeyFileInfo>()),
  registerOffice: base.input(z.object({ dataBase64: upload, fingerprint: z.string().max(100) })).output(type<LowerOffice>()),
  offices: base.output(type<LowerOffice[]>()),
  archiveOffice: base.input(z.object({ id, archived: z.boolean().default(true) })).output(type<LowerOffice>()),
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
  conflicts: base.input(z.object({ status: z.enum(['open', 'all']).default('open') })).output(type<PackageConflict[]>()),
  resolveConflict: base.input(z.object({ id, action: z.enum(['keep', 'take']) })).output(type<PackageConflict>()),
  log: base.input(z.object({ page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(100).default(20) })).output(type<Page<PackageLogEntry>>()),
  origin: base.input(z.object({ entity: z.enum(SHEET_ENTITIES), id })).output(type<RecordOrigin | null>()),
};
