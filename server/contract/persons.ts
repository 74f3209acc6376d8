import { type } from '@orpc/contract';
import { base, idInput } from './base';
import { z } from 'zod';
import { CARE_MODES } from '../../domain/institution/enums';
import { PERSON_STATUSES } from '../../domain/person/enums';
import { enrolInput, exitInput, personCreateInput, personUpdateInput, surveyInput } from '../../domain/person/schema';
import { searchKeyword } from '../../domain/search-keyword';
import { isoDate } from '../../domain/zod-helpers';
import type { AuditEntry, Page } from './types';
import type { Enrolment, InstitutionRecipients, Person, PersonForEdit, PersonListItem, ReviewRow, Survey } from './person-types';

export const personListInput = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
  keyword: searchKeyword(40),
  streetId: z.number().int().positive().optional(),
  communityId: z.number().int().positive().optional(),
  category: z.string().max(20).optional(),
  level: z.number().int().min(1).max(4).optional(),
  status: z.enum(PERSON_STATUSES).optional(),
  mode: z.enum(CARE_MODES).optional(),
  enrolled: z.enum(['yes', 'no']).optional(),
  ageMin: z.number().int().min(0).max(150).optional(),
  ageMax: z.number().int().min(0).max(150).optional(),
  /** The day ages are counted on; today when absent. */
  refDate: isoDate.optional(),
  includeArchived: z.boolean().default(false),
  sortField: z.enum(['id', 'name', 'birthDate', 'updatedAt']).default('id'),
  sortOrder: z.enum(['ascend', 'descend']).default('descend'),
});
export type PersonListInput = z.input<typeof personListInput>;
export type PersonListQuery = z.output<typeof personListInput>;

/** Base64 of a photo as the browser sends it (the service refuses photos over its own byte limit). */
export const PHOTO_UPLOAD_MAX_CHARS = 4_000_000;

/** The persons register's part of the contract; merged into the one contract in index.ts. */
export const personsContract = {
  persons: {
    list: base.input(personListInput).output(type<Page<PersonListItem>>()),
    get: base.input(idInput).output(type<Person>()),
    getForEdit: base.input(idInput).output(type<PersonForEdit>()),
    reveal: base.input(idInput).output(type<{ residentId: string; certNumber: string }>()),
    findByResidentId: base.input(z.object({ residentId: z.string().trim().max(20) })).output(type<{ id: number; name: string } | null>()),
    create: base.input(personCreateInput).output(type<Person>()),
    update: base.input(personUpdateInput).output(type<Person>()),
    archive: base.input(z.object({ id: z.number().int().positive(), archived: z.boolean().default(true) })).output(type<Person>()),
    history: base.input(idInput).output(type<AuditEntry[]>()),
    photo: base.input(idInput).output(type<{ mime: string; dataBase64: string } | null>()),
    setPhoto: base.input(z.object({ id: z.number().int().positive(), mime: z.string().max(40), dataBase64: z.string().max(PHOTO_UPLOAD_MAX_CHARS) })).output(type<{ ok: true }>()),
    surveys: base.input(idInput).output(type<Survey[]>()),
    addSurvey: base.input(surveyInput).output(type<Survey>()),
    enrolments: base.input(idInput).output(type<Enrolment[]>()),
    enrol: base.input(enrolInput).output(type<Enrolment>()),
    exit: base.input(exitInput).output(type<Enrolment>()),
    annualReview: base
      .input(z.object({ refDate: isoDate, page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(500).default(50) }))
      .output(type<Page<ReviewRow>>()),
  },
  recipients: base.input(idInput).output(type<InstitutionRecipients>()),
};
