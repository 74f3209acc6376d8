import { z } from 'zod';
import { isValidPhone, normalizePhone } from './contact';
import { isRegisterDate, isValidIsoDate } from './dates';
import type { MessageCode } from './messages';
import { cleanUserText } from './text';

/**
 * Zod issues carry a message CODE (see messages/), so the form and the server show the same rule
 * in whichever language the clerk has chosen.
 */
export const code = (c: MessageCode) => ({ error: c });

/**
 * Optional free text from a form: cleaned (cleanUserText: no control, zero-width or bidi
 * characters), trimmed (full-width spaces too); blank means "not given" and is stored as null.
 */
export const optionalText = (max: number) =>
  z
    .string()
    .overwrite(cleanUserText)
    .trim()
    .max(max, code('field.tooLong'))
    .nullish()
    .transform((v) => (v ? v : null));

export const requiredText = (max: number, missing: MessageCode) =>
  z.string(code(missing)).overwrite(cleanUserText).trim().min(1, code(missing)).max(max, code('field.tooLong'));

/**
 * A calendar day as YYYY-MM-DD, by the one rule in dates.ts (isValidIsoDate): 2023-02-30,
 * 2023-04-31 and 2023-02-29 are refused (Date.parse rolls them over), 2024-02-29 is a day; and a
 * day outside the register's years (isRegisterDate: 1900–2099) is refused as out of range.
 */
export const isoDate = z
  .string(code('field.date'))
  .refine(isValidIsoDate, { ...code('field.date'), abort: true })
  .refine(isRegisterDate, code('field.dateRange'));

export const optionalIsoDate = isoDate.nullish().transform((v) => v ?? null);

export const id = z.number(code('field.required')).int().positive();

/** A phone number that may be left blank; stored normalised (half-width, no spaces). */
export const optionalPhone = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isValidPhone(v), code('field.phone'))
  .transform((v) => (v === null ? null : normalizePhone(v)));

/** A person's name: two or more Chinese characters (· for minority names), or Latin letters. */
export const personName = requiredText(30, 'person.name.required').regex(
  /^[\u3400-\u9fff\uf900-\ufaff·•]{2,}$|^[A-Za-z][A-Za-z .'-]+$/u,
  code('person.name.format'),
);
