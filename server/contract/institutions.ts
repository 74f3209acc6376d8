import { type } from '@orpc/contract';
import { z } from 'zod';
import { CARE_MODES, INSTITUTION_STATUSES, OWNERSHIPS } from '#domain/institution/enums';
import { assessmentInput, institutionCreateInput, institutionUpdateInput } from '#domain/institution/schema';
import { searchKeyword } from '#domain/search-keyword';
import { archiveInput, base, idInput } from './base';
import type { InstitutionRecipients } from './person-types';
import type { Assessment, AuditEntry, Institution, InstitutionStats, Page } from './types';

export const institutionListInput = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
  keyword: searchKeyword(100),
  streetId: z.number().int().positive().optional(),
  mode: z.enum(CARE_MODES).optional(),
  ownership: z.enum(OWNERSHIPS).optional(),
  status: z.enum(INSTITUTION_STATUSES).optional(),
  includeArchived: z.boolean().default(false),
  sortField: z.enum(['name', 'beds', 'dayPlaces', 'updatedAt', 'street']).default('updatedAt'),
  sortOrder: z.enum(['ascend', 'descend']).default('descend'),
});
export type InstitutionListInput = z.input<typeof institutionListInput>;
export type InstitutionListQuery = z.output<typeof institutionListInput>;

/** The 托养机构 register: institutions, their yearly assessments and who is in their care. */
export const institutionsContract = {
  /** Caller: any clerk. Trusts: nothing; read only, paged (at most 200 a page). */
  list: base.input(institutionListInput).output(type<Page<Institution>>()),
  /** Caller: any clerk. Trusts: nothing; read only, an unknown id is NOT_FOUND. */
  get: base.input(idInput).output(type<Institution>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: the street and community must be live and one inside the other, the credit code unused. */
  create: base.input(institutionCreateInput).output(type<Institution>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: the same checks as create, and a stale version is refused so a colleague's edit is never overwritten. */
  update: base.input(institutionUpdateInput).output(type<Institution>()),
  /** Caller: any clerk. Trusts: nothing; archive instead of delete, and archiving twice changes and audits nothing. */
  archive: base.input(archiveInput).output(type<Institution>()),
  /** Caller: any clerk. Trusts: nothing (no input); read only, counts only. */
  stats: base.output(type<InstitutionStats>()),
  /** Caller: any clerk. Trusts: nothing; read only, an unknown id is NOT_FOUND. */
  history: base.input(idInput).output(type<AuditEntry[]>()),
  /** Caller: any clerk. Trusts: nothing; read only (an unknown id has none). */
  assessments: base.input(idInput).output(type<Assessment[]>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: the institution must exist; one result per year, so saving a year again corrects it. */
  saveAssessment: base.input(assessmentInput).output(type<Assessment>()),
  /** Caller: any clerk. Trusts: nothing; read only, ID numbers come back masked, an unknown id is NOT_FOUND. */
  recipients: base.input(idInput).output(type<InstitutionRecipients>()),
};
