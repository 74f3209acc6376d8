import { oc, type } from '@orpc/contract';
import { z } from 'zod';
import type { FieldError } from './types';

/**
 * The errors every procedure may answer with; data.fields carries Chinese field messages.
 *
 * Every procedure of the contract carries a trust line, the doc comment on its property (shown
 * on hover in the renderer; tests/server/contract-trust.test.ts fails without one):
 * - `Caller:` who may call it. There are no accounts yet: every caller is this office's own app,
 *   the renderer holding the browser host's token (a cookie, checked with the Host and Origin
 *   headers) or the desktop window's MessagePort. The actor written to the audit trail is the
 *   computer's user the host started as, never anything the caller sends. "Any clerk" is anyone at
 *   that app; "office-wide setting" marks what changes how the whole office works (an
 *   administrator's, once there are accounts).
 * - `Trusts:` what it takes as given. Every input has passed its zod schema before the handler
 *   runs (types, lengths, ranges, enums, check digits); the line says what is checked again
 *   against the register, and what of the caller's input is used as sent.
 */
export const base = oc.errors({
  INVALID_INPUT: { status: 400, data: type<{ fields: FieldError[] }>() },
  NOT_FOUND: { status: 404 },
  CONFLICT: { status: 409, data: type<{ fields: FieldError[] }>() },
  // The disk refused (full, read-only, failing): the message names the folder and what to do; nothing was changed.
  STORAGE: { status: 507, data: type<{ fields: FieldError[] }>() },
});

/** Most reads and single-record actions take just the record's id. */
export const idInput = z.object({ id: z.number().int().positive() });

/** Archive (the default) or restore one record: no register deletes. */
export const archiveInput = z.object({ id: z.number().int().positive(), archived: z.boolean().default(true) });
