import { type } from '@orpc/contract';
import { z } from 'zod';
import { searchKeyword } from '#domain/search-keyword';
import { volunteerFields, volunteerUpdateInput } from '#domain/staff/schema';
import { archiveInput, base } from './base';
import type { Page } from './types';
import type { Volunteer } from './staff-types';

/** The 志愿者 register, kept in this office only (it travels in no workbook or package). */
export const volunteersContract = {
  /** Caller: any clerk. Trusts: nothing; read only, paged (at most 200 a page). */
  list: base
    .input(
      z.object({
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(20),
        keyword: searchKeyword(40),
        includeArchived: z.boolean().default(false),
      }),
    )
    .output(type<Page<Volunteer>>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: every linked institution and person must exist. */
  create: base.input(volunteerFields).output(type<Volunteer>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: the same checks as create, and a stale version is refused. */
  update: base.input(volunteerUpdateInput).output(type<Volunteer>()),
  /** Caller: any clerk. Trusts: nothing; archive instead of delete, and archiving twice changes and audits nothing. */
  archive: base.input(archiveInput).output(type<Volunteer>()),
};
