import type { SheetKind } from '#domain/registers';

export type { SheetKind };

/**
 * A folder an export can be written to; removable drives (U 盘) first. The same shape as
 * server/kernel/files/safe-files.ts returns, declared here so the renderer never sees that Node module.
 */
export interface Destination {
  path: string;
  label: string;
  removable: boolean;
}

/** Rows per register, only for the registers asked for. */
export type RegisterCounts = Partial<Record<SheetKind, number>>;

/** A submission workbook as written, read back and checked; `downloadId` serves it in the browser host. */
export interface ExportResult {
  path: string;
  fileName: string;
  bytes: number;
  counts: RegisterCounts;
  includeArchived: boolean;
  downloadId: string;
}

/** What exports.workbook streams: rows written so far, then the saved file. */
export type ExportEvent = { type: 'progress'; done: number; total: number } | { type: 'done'; result: ExportResult };
