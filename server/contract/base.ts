import { oc, type } from '@orpc/contract';
import { z } from 'zod';
import type { FieldError } from './types';

/** The errors every procedure may answer with; data.fields carries Chinese field messages. */
export const base = oc.errors({
  INVALID_INPUT: { status: 400, data: type<{ fields: FieldError[] }>() },
  NOT_FOUND: { status: 404 },
  CONFLICT: { status: 409, data: type<{ fields: FieldError[] }>() },
  // The disk refused (full, read-only, failing): the message names the folder and what to do; nothing was changed.
  STORAGE: { status: 507, data: type<{ fields: FieldError[] }>() },
});

/** Most reads and single-record actions take just the record's id. */
export const idInput = z.object({ id: z.number().int().positive() });
