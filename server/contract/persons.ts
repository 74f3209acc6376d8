import { type } from '@orpc/contract';
import { archiveInput, base, idInput } from './base';
import { z } from 'zod';
import { CARE_MODES } from '#domain/institution/enums';
import { PERSON_STATUSES } from '#domain/person/enums';
import { enrolInput, exitInput, personCreateInput, personUpdateInput, surveyInput } from '#domain/person/schema';
import { searchKeyword } from '#domain/search-keyword';
import { isoDate } from '#domain/zod-helpers';
import type { AuditEntry, Page } from './types';
import type { Enrolment, Person, PersonForEdit, PersonListItem, ReviewRow, Survey } from './person-types';

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

/** The 残疾人 register: persons, their photos, 摸底调查 surveys, placements in care and the 年审. */
export const personsContract = {
  /** Caller: any clerk. Trusts: nothing; read only, paged (at most 200 a page), ID numbers and phones come back masked, the keyword only picks the index. */
  list: base.input(personListInput).output(type<Page<PersonListItem>>()),
  /** Caller: any clerk. Trusts: nothing; read only, ID numbers come back masked. */
  get: base.input(idInput).output(type<Person>()),
  /** Caller: any clerk, for the edit form. Trusts: nothing; unmasked, so the read itself is audited. */
  getForEdit: base.input(idInput).output(type<PersonForEdit>()),
  /** Caller: any clerk, one click to see the full ID and certificate numbers. Trusts: nothing; the read itself is audited. */
  reveal: base.input(idInput).output(type<{ residentId: string; certNumber: string }>()),
  /** Caller: any clerk, for the form's duplicate link. Trusts: nothing; returns only the id and name of an existing holder, null for an ID that does not parse. */
  findByResidentId: base
    .input(z.object({ residentId: z.string().trim().max(20) }))
    .output(type<{ id: number; name: string } | null>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input (the schema checks the ID, and that the certificate is this ID's and says the category and level given): the places must be live streets and communities, the ID not registered already. */
  create: base.input(personCreateInput).output(type<Person>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: the same checks as create, and a stale version is refused so a colleague's edit is never overwritten. */
  update: base.input(personUpdateInput).output(type<Person>()),
  /** Caller: any clerk. Trusts: nothing; archive instead of delete, and archiving twice changes and audits nothing. */
  archive: base.input(archiveInput).output(type<Person>()),
  /** Caller: any clerk. Trusts: nothing; read only, an unknown id is NOT_FOUND; the trail keeps ID numbers masked. */
  history: base.input(idInput).output(type<AuditEntry[]>()),
  /** Caller: any clerk. Trusts: nothing; read only, null when there is no photo. */
  photo: base.input(idInput).output(type<{ mime: string; dataBase64: string } | null>()),
  /** Caller: any clerk. Trusts: nothing of the upload: the type is read from the bytes whatever `mime` claims, the size is capped; the person must exist. */
  setPhoto: base
    .input(
      z.object({
        id: z.number().int().positive(),
        mime: z.string().max(40),
        dataBase64: z.string().max(PHOTO_UPLOAD_MAX_CHARS),
      }),
    )
    .output(type<{ ok: true }>()),
  /** Caller: any clerk. Trusts: nothing; read only (an unknown id has none). */
  surveys: base.input(idInput).output(type<Survey[]>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: the person must exist (enrolled or not). */
  addSurvey: base.input(surveyInput).output(type<Survey>()),
  /** Caller: any clerk. Trusts: nothing; read only (an unknown id has none). */
  enrolments: base.input(idInput).output(type<Enrolment[]>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: an active person, one open placement, no overlap with the last, the mode offered and the places free (unless the clerk accepted going over) are checked here. */
  enrol: base.input(enrolInput).output(type<Enrolment>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked input: the placement must still be open and end on or after its start; the person's status follows the exit reason. */
  exit: base.input(exitInput).output(type<Enrolment>()),
  /** Caller: any clerk. Trusts: nothing; read only, paged (at most 500 a page), on the reference date given. */
  annualReview: base
    .input(
      z.object({
        refDate: isoDate,
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(500).default(50),
      }),
    )
    .output(type<Page<ReviewRow>>()),
};
