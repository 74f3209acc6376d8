import { type } from '@orpc/contract';
import { base, idInput } from './base';
import { personsContract } from './persons';
import { staffContract } from './staff';
import { documentsContract } from './documents';
import { cardsContract } from './cards';
import { exportsContract } from './exports';
import { importsContract } from './imports';
import { packagesContract } from './packages';
import { z } from 'zod';
import {
  divisionArchiveInput,
  divisionCreateInput,
  divisionMoveInput,
  divisionRenameInput,
} from '../../domain/division/schema';
import {
  assessmentInput,
  institutionCreateInput,
  institutionUpdateInput,
} from '../../domain/institution/schema';
import { CARE_MODES, INSTITUTION_STATUSES, OWNERSHIPS } from '../../domain/institution/enums';
import { searchKeyword } from '../../domain/search-keyword';
import type {
  Assessment,
  AuditEntry,
  Division,
  DivisionNode,
  Institution,
  InstitutionStats,
  Page,
  SetupStatus,
} from './types';

export type * from './types';
export type * from './card-types';
export { personListInput, type PersonListInput, type PersonListQuery } from './persons';
export { documentRequest, type DocumentRequest, type DocumentKeyName } from './documents';
export { staffListInput, type StaffListInput, type StaffListQuery } from './staff';

/**
 * The one API contract, shared by both hosts and the renderer. Pure: zod and domain only, so
 * the renderer can import its types without pulling in Node.
 */
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

export const contract = {
  setup: {
    status: base.output(type<SetupStatus>()),
    loadDemo: base.output(type<SetupStatus>()),
    startEmpty: base.output(type<SetupStatus>()),
  },
  divisions: {
    tree: base.input(z.object({ includeArchived: z.boolean().default(false) })).output(type<DivisionNode[]>()),
    create: base.input(divisionCreateInput).output(type<Division>()),
    rename: base.input(divisionRenameInput).output(type<Division>()),
    move: base.input(divisionMoveInput).output(type<Division>()),
    archive: base.input(divisionArchiveInput).output(type<Division>()),
  },
  institutions: {
    list: base.input(institutionListInput).output(type<Page<Institution>>()),
    get: base.input(idInput).output(type<Institution>()),
    create: base.input(institutionCreateInput).output(type<Institution>()),
    update: base.input(institutionUpdateInput).output(type<Institution>()),
    archive: base.input(z.object({ id: z.number().int().positive(), archived: z.boolean().default(true) })).output(type<Institution>()),
    stats: base.output(type<InstitutionStats>()),
    history: base.input(idInput).output(type<AuditEntry[]>()),
    assessments: base.input(idInput).output(type<Assessment[]>()),
    saveAssessment: base.input(assessmentInput).output(type<Assessment>()),
    recipients: personsContract.recipients,
  },
  settings: {
    permitPattern: base.output(type<{ pattern: string; example: string }>()),
    setPermitPattern: base.input(z.object({ pattern: z.string().trim().max(60) })).output(type<{ pattern: string; example: string }>()),
  },
  documents: documentsContract,
  cards: cardsContract,
  imports: importsContract,
  exports: exportsContract,
  packages: packagesContract,
  persons: personsContract.persons,
  staff: staffContract.staff,
  volunteers: staffContract.volunteers,
};

export type Contract = typeof contract;
