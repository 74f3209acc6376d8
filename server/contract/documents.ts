import { type } from '@orpc/contract';
import { z } from 'zod';
import { CARE_MODES, INSTITUTION_STATUSES } from '#domain/institution/enums';
import { PERSON_STATUSES } from '#domain/person/enums';
import { STAFF_POSTS } from '#domain/staff/enums';
import { base } from './base';
import type { Page, PrintJob } from './types';

const id = z.number().int().positive();

/** Each document with the parameters it accepts (the filters a roster prints with). */
export const documentRequest = z.discriminatedUnion('key', [
  z.object({
    key: z.literal('roster.institutions'),
    params: z
      .object({
        streetId: id.optional(),
        mode: z.enum(CARE_MODES).optional(),
        status: z.enum(INSTITUTION_STATUSES).optional(),
      })
      .default({}),
  }),
  z.object({
    key: z.literal('roster.persons'),
    params: z
      .object({
        streetId: id.optional(),
        mode: z.enum(CARE_MODES).optional(),
        status: z.enum(PERSON_STATUSES).optional(),
        enrolled: z.enum(['yes', 'no']).optional(),
      })
      .default({}),
  }),
  z.object({
    key: z.literal('roster.staff'),
    params: z
      .object({ employerInstitutionId: z.number().int().min(0).optional(), post: z.enum(STAFF_POSTS).optional() })
      .default({}),
  }),
  // 登记表 of one person / one institution.
  z.object({ key: z.literal('form.person'), params: z.object({ id }) }),
  z.object({ key: z.literal('form.institution'), params: z.object({ id }) }),
  // 阳光家园服务卡: one card (front + back on ID-1 pages), or A4 sheets of 10 for chosen cards or all waiting to be printed.
  z.object({ key: z.literal('card.single'), params: z.object({ cardId: id }) }),
  z.object({
    key: z.literal('card.sheet'),
    params: z.union([
      z.object({ cardIds: z.array(id).min(1).max(1000) }),
      z.object({ status: z.literal('requested') }),
    ]),
  }),
  // 上岗证 of a staff member's permit in force: ID-1 card or A5 landscape certificate.
  z.object({ key: z.literal('permit.card'), params: z.object({ staffId: id }) }),
  z.object({ key: z.literal('permit.a5'), params: z.object({ staffId: id }) }),
  // 阳光家园 certificate and door sign of a designated institution.
  z.object({ key: z.literal('designation.certificate'), params: z.object({ id }) }),
  z.object({ key: z.literal('designation.sign'), params: z.object({ id }) }),
]);
export type DocumentRequest = z.input<typeof documentRequest>;
export type DocumentKeyName = DocumentRequest['key'];

const keyOnly = z.object({ key: z.enum(['roster.institutions', 'roster.persons', 'roster.staff']) });

/** Documents (rosters, 登记表, cards, 上岗证, certificates): rendered here from the register, printed by the host. */
export const documentsContract = {
  /** Caller: any clerk. Trusts: nothing; the parameters are checked per document key and every record is loaded here by id (the renderer cannot pass a template, a path or HTML); read only. HTML for the sandboxed preview frame and for printing. */
  render: base.input(documentRequest).output(type<{ title: string; html: string; pages: number; ids: number[] }>()),
  /** Caller: any clerk. Trusts: nothing, as render; the PDF is made by the machine's Chromium (browser host) and recorded in the print history. */
  pdf: base.input(documentRequest).output(type<{ title: string; pdfBase64: string; pages: number }>()),
  /** Caller: any clerk, after the print dialog. Trusts: its word that the dialog printed, and the number of copies (1 to 100); the title, records and pages are taken from a fresh render here, never from the caller, and the history keeps who printed what, never the output. */
  recordPrint: base
    .input(z.object({ request: documentRequest, copies: z.number().int().min(1).max(100).default(1) }))
    .output(type<{ ok: true }>()),
  /** Caller: any clerk. Trusts: nothing; read only, the key is one of the three rosters. */
  columns: base.input(keyOnly).output(type<{ all: { key: string; label: string }[]; chosen: string[] }>()),
  /** Caller: any clerk; the choice is remembered for the whole office. Trusts: only known column keys of that roster (anything else is refused). */
  setColumns: base
    .input(keyOnly.extend({ columns: z.array(z.string().max(40)).max(40) }))
    .output(type<{ chosen: string[] }>()),
  /** Caller: any clerk. Trusts: nothing; read only, paged (at most 200 a page). */
  history: base
    .input(
      z.object({ page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(200).default(20) }),
    )
    .output(type<Page<PrintJob>>()),
};
