import { eventIterator, type } from '@orpc/contract';
import { z } from 'zod';
import { isoDate } from '#domain/zod-helpers';
import { SHEET_KINDS } from '#domain/registers';
import { base } from './base';
import type { ImportCommitEvent, ImportPreviewEvent, ImportReportFile, ImportSession } from './imports-types';

export type * from './imports-types';

/**
 * 64 MB of file (sent as base64, so about 86 MB of request). Sized for the largest sheet Excel
 * holds: 1,048,576 rows with only the five columns a street list has at the least (姓名, 身份证号,
 * 残疾人证号, 街道, 社区) are about 51 MB as Excel saves them (bench/import-million.ts), over the
 * 45 MB allowed before. The app's own export of 200,000 persons (24 columns) is about 34 MB; of
 * 1,000,000 persons about 170 MB, which has to be imported in parts. What the import holds once
 * the file is read is bounded separately (server/exchange/import/limits.ts).
 */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;
/** The same file as the base64 text the browser sends. */
export const IMPORT_UPLOAD_MAX_CHARS = Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4;

const importId = z.string().min(8).max(64);

export const importOpenInput = z.object({
  kind: z.enum(SHEET_KINDS),
  fileName: z.string().trim().min(1).max(255),
  dataBase64: z.string().max(IMPORT_UPLOAD_MAX_CHARS),
});

export const importConfigureInput = z.object({
  importId,
  sheet: z.string().max(100),
  /** Absent: detect the header row again for this sheet. */
  headerRow: z.number().int().min(1).optional(),
});

/**
 * The sheet, header row and mapping the clerk settled on; preview, commit and report all take it.
 * `moreSheets`: further sheets of the same workbook (one per street, say) validated and committed
 * together with the first, each with its own header row; the mapping, made for the first sheet,
 * is carried over to them by header text. Absent: the one sheet, as before.
 */
export const importRunInput = z.object({
  importId,
  sheet: z.string().max(100),
  headerRow: z.number().int().min(1),
  mapping: z.record(z.string().max(40), z.number().int().min(0).max(16383).nullable()),
  /**
   * The one question of a sheet with 托养方式 but no 托养开始日期 column: the start date every
   * placement gets (the same calendar rule as every date input), or skipPlacements to register
   * the persons without placing them. Ignored when the sheet has a start date column.
   */
  careStartDate: isoDate.optional(),
  skipPlacements: z.boolean().optional(),
  moreSheets: z
    .array(z.object({ sheet: z.string().max(100), headerRow: z.number().int().min(1) }))
    .max(255)
    .optional(),
});
export type ImportRunInput = z.input<typeof importRunInput>;

/** The imports part of 数据交换 (data exchange). Pure: zod, domain and types only. */
export const importsContract = {
  /** Caller: any clerk. Trusts: nothing of the upload: the format is read from the bytes, the size is capped, the file is held in memory and never touches the disk. */
  open: base.input(importOpenInput).output(type<ImportSession>()),
  /** Caller: any clerk. Trusts: nothing; the import must be one opened on this register and still held, the sheet and header row are checked against its file. */
  configure: base.input(importConfigureInput).output(type<ImportSession>()),
  /** Caller: any clerk. Trusts: nothing; read only, the mapping is checked (required fields, one column per field) before any row, then every row is validated. */
  preview: base.input(importRunInput).output(eventIterator(type<ImportPreviewEvent>())),
  /** Caller: any clerk. Trusts: nothing; a file is committed once, its rows are checked again if the register changed since they were, and all valid rows are written in one transaction, or none. */
  commit: base.input(importRunInput).output(eventIterator(type<ImportCommitEvent>())),
  /** Caller: any clerk. Trusts: nothing; read only, the same checks as preview. */
  errorReport: base.input(importRunInput).output(type<ImportReportFile>()),
  /** Caller: any clerk. Trusts: nothing; only lets go of the parsed file held in memory (an unknown id is a no-op). */
  discard: base.input(z.object({ importId })).output(type<{ ok: true }>()),
};
