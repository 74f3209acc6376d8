import { type } from '@orpc/contract';
import { z } from 'zod';
import { STAFF_POSTS } from '#domain/staff/enums';
import { searchKeyword } from '#domain/search-keyword';
import {
  permitIssueInput,
  permitStatusInput,
  qualificationInput,
  staffCreateInput,
  staffUpdateInput,
  trainingInput,
  trainingSessionInput,
} from '#domain/staff/schema';
import { isoDate, requiredText } from '#domain/zod-helpers';
import { archiveInput, base, idInput } from './base';
import type { AuditEntry, Page } from './types';
import type {
  Permit,
  PermitWorkItem,
  Qualification,
  Staff,
  StaffForEdit,
  StaffingRow,
  StaffListItem,
  TrainingRecord,
} from './staff-types';

export const staffListInput = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
  keyword: searchKeyword(40),
  /** 0 selects the office's own 公益岗 posts. */
  employerInstitutionId: z.number().int().min(0).optional(),
  post: z.enum(STAFF_POSTS).optional(),
  includeArchived: z.boolean().default(false),
});
export type StaffListInput = z.input<typeof staffListInput>;
export type StaffListQuery = z.output<typeof staffListInput>;

/** The 服务人员 register: staff, their qualifications and training, 上岗证. */
export const staffContract = {
  /** Caller: any clerk. Trusts: nothing; read only, paged (at most 200 a page), ID numbers and phones come back masked. */
  list: base.input(staffListInput).output(type<Page<StaffListItem>>()),
  /** Caller: any clerk. Trusts: nothing; read only, the ID number comes back masked. */
  get: base.input(idInput).output(type<Staff>()),
  /** Caller: any clerk, for the edit form. Trusts: nothing; unmasked, so the read itself is audited. */
  getForEdit: base.input(idInput).output(type<StaffForEdit>()),
  /** Caller: any clerk, one click to see the full ID number. Trusts: nothing; the read itself is audited. */
  reveal: base.input(idInput).output(type<{ residentId: string }>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: the employer must be a live institution, the ID not registered already. */
  create: base.input(staffCreateInput).output(type<Staff>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: the same checks as create (an unchanged employer may since have been archived), and a stale version is refused. */
  update: base.input(staffUpdateInput).output(type<Staff>()),
  /** Caller: any clerk. Trusts: nothing; archive instead of delete, and archiving twice changes and audits nothing. */
  archive: base.input(archiveInput).output(type<Staff>()),
  /** Caller: any clerk. Trusts: nothing; read only, an unknown id is NOT_FOUND; the trail keeps the ID number masked. */
  history: base.input(idInput).output(type<AuditEntry[]>()),
  /** Caller: any clerk. Trusts: nothing; read only, null when there is no photo. */
  photo: base.input(idInput).output(type<{ mime: string; dataBase64: string } | null>()),
  /** Caller: any clerk. Trusts: nothing of the upload: the type is read from the bytes whatever `mime` claims, the size is capped; the staff member must exist. */
  setPhoto: base
    .input(
      z.object({ id: z.number().int().positive(), mime: z.string().max(40), dataBase64: z.string().max(4_000_000) }),
    )
    .output(type<{ ok: true }>()),
  /** Caller: any clerk. Trusts: nothing; read only (an unknown id has none). */
  qualifications: base.input(idInput).output(type<Qualification[]>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: the staff member must exist. */
  addQualification: base.input(qualificationInput).output(type<Qualification>()),
  /** Caller: any clerk. Trusts: nothing; read only (an unknown id has none). */
  training: base.input(idInput).output(type<TrainingRecord[]>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: the staff member must exist. */
  addTraining: base.input(trainingInput).output(type<TrainingRecord>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: every attendee must exist; one session, a record for each attendee, one transaction. */
  addTrainingSession: base.input(trainingSessionInput).output(type<{ sessionId: number; records: number }>()),
  /** Caller: any clerk. Trusts: nothing; read only (an unknown id has none). */
  permits: base.input(idInput).output(type<Permit[]>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: a holder still working with passed training, no valid or suspended permit, an office that issues permits; the number is drawn here. */
  issuePermit: base.input(permitIssueInput).output(type<Permit>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input (a reason is required): only suspend from valid, reinstate from suspended, and a revoked permit never changes again. */
  changePermitStatus: base.input(permitStatusInput).output(type<Permit>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: only a valid permit of a holder still working, and never beside another valid one; the number stays. */
  renewPermit: base
    .input(
      z.object({
        permitId: z.number().int().positive(),
        issueDate: isoDate,
        validYears: z.number().int().min(1).max(10).default(3),
        issuer: requiredText(60, 'permit.issuer.required'),
      }),
    )
    .output(type<Permit>()),
  /** Caller: any clerk. Trusts: nothing; read only. */
  permitWorklist: base
    .input(
      z.object({
        days: z.number().int().min(0).max(3650).default(30),
        employerInstitutionId: z.number().int().min(0).optional(),
      }),
    )
    .output(type<PermitWorkItem[]>()),
  /** Caller: any clerk. Trusts: nothing (no input); read only, head counts only. */
  staffing: base.output(type<StaffingRow[]>()),
};
