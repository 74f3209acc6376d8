import { type } from '@orpc/contract';
import { z } from 'zod';
import { STAFF_POSTS } from '../../domain/staff/enums';
import { searchKeyword } from '../../domain/search-keyword';
import {
  permitIssueInput,
  permitStatusInput,
  qualificationInput,
  staffCreateInput,
  staffUpdateInput,
  trainingInput,
  trainingSessionInput,
  volunteerFields,
  volunteerUpdateInput,
} from '../../domain/staff/schema';
import { isoDate, requiredText } from '../../domain/zod-helpers';
import { base, idInput } from './base';
import type { AuditEntry, Page } from './types';
import type { Permit, PermitWorkItem, Qualification, Staff, StaffForEdit, StaffingRow, StaffListItem, TrainingRecord, Volunteer } from './staff-types';

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

const archiveInput = z.object({ id: z.number().int().positive(), archived: z.boolean().default(true) });

/** The staff register's part of the contract: staff, training, 上岗证, volunteers. */
export const staffContract = {
  staff: {
    list: base.input(staffListInput).output(type<Page<StaffListItem>>()),
    get: base.input(idInput).output(type<Staff>()),
    getForEdit: base.input(idInput).output(type<StaffForEdit>()),
    reveal: base.input(idInput).output(type<{ residentId: string }>()),
    create: base.input(staffCreateInput).output(type<Staff>()),
    update: base.input(staffUpdateInput).output(type<Staff>()),
    archive: base.input(archiveInput).output(type<Staff>()),
    history: base.input(idInput).output(type<AuditEntry[]>()),
    photo: base.input(idInput).output(type<{ mime: string; dataBase64: string } | null>()),
    setPhoto: base.input(z.object({ id: z.number().int().positive(), mime: z.string().max(40), dataBase64: z.string().max(4_000_000) })).output(type<{ ok: true }>()),
    qualifications: base.input(idInput).output(type<Qualification[]>()),
    addQualification: base.input(qualificationInput).output(type<Qualification>()),
    training: base.input(idInput).output(type<TrainingRecord[]>()),
    addTraining: base.input(trainingInput).output(type<TrainingRecord>()),
    addTrainingSession: base.input(trainingSessionInput).output(type<{ sessionId: number; records: number }>()),
    permits: base.input(idInput).output(type<Permit[]>()),
    issuePermit: base.input(permitIssueInput).output(type<Permit>()),
    changePermitStatus: base.input(permitStatusInput).output(type<Permit>()),
    renewPermit: base
      .input(z.object({ permitId: z.number().int().positive(), issueDate: isoDate, validYears: z.number().int().min(1).max(10).default(3), issuer: requiredText(60, 'permit.issuer.required') }))
      .output(type<Permit>()),
    permitWorklist: base.input(z.object({ days: z.number().int().min(0).max(3650).default(30), employerInstitutionId: z.number().int().min(0).optional() })).output(type<PermitWorkItem[]>()),
    staffing: base.output(type<StaffingRow[]>()),
  },
  volunteers: {
    list: base
      .input(z.object({ page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(200).default(20), keyword: searchKeyword(40), includeArchived: z.boolean().default(false) }))
      .output(type<Page<Volunteer>>()),
    create: base.input(volunteerFields).output(type<Volunteer>()),
    update: base.input(volunteerUpdateInput).output(type<Volunteer>()),
    archive: base.input(archiveInput).output(type<Volunteer>()),
  },
};
