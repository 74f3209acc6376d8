import { eventIterator, type } from '@orpc/contract';
import { z } from 'zod';
import { code } from '#domain/zod-helpers';
import { SHEET_KINDS } from '#domain/registers';
import { base } from './base';
import type { Destination, ExportEvent, RegisterCounts } from './exports-types';

export type * from './exports-types';

export const exportCountsInput = z.object({ includeArchived: z.boolean().default(false) });

export const exportWorkbookInput = z.object({
  registers: z.array(z.enum(SHEET_KINDS)).min(1, code('exports.registers.empty')),
  /** A folder the clerk typed or picked; absent = the export folder beside the register. */
  folder: z.string().trim().max(1000, code('field.tooLong')).optional(),
  includeArchived: z.boolean().default(false),
});
export type ExportWorkbookInput = z.input<typeof exportWorkbookInput>;

/** The exports part of 数据交换 (data exchange). Pure: zod, domain and types only. */
export const exportsContract = {
  /** Caller: any clerk. Trusts: nothing (no input); read only, lists removable drives and the default folder, nothing else of the disk. */
  destinations: base.output(type<Destination[]>()),
  /** Caller: any clerk. Trusts: nothing; read only, counts only. */
  counts: base.input(exportCountsInput).output(type<Required<RegisterCounts>>()),
  /** Caller: any clerk. Trusts: the folder the clerk typed or picked, which is checked (a full path to a folder that exists or whose parent does, writable) before anything is written; the file name is made here. */
  workbook: base.input(exportWorkbookInput).output(eventIterator(type<ExportEvent>())),
};
