import { toHalfWidth } from './text';

/**
 * Phone numbers as clerks and street lists write them, and the one form they are stored in.
 *
 * Accepted: an 11-digit mobile, or a landline with its area code, written with any of hyphens
 * (half- or full-width, dashes), spaces, dots, parentheses around the area code, a `+86`,
 * `0086` or `86` country prefix (the area code's leading 0 is then often dropped), full-width
 * digits, and an extension after 转 / 分机 / ext / # or a last hyphenated group.
 *
 * Stored form (what parsePhone returns):
 * - mobile: the 11 digits, `13605865048`;
 * - landline: area code, hyphen, local number, `0755-12345678`; with an extension, another
 *   hyphen and the extension, `0755-12345678-801`.
 * The area code is 3 digits for 010 and 02x (Beijing and the big cities), 4 digits otherwise, as
 * the national numbering plan assigns them; the local number is 7 or 8 digits not starting with 0.
 */
const MOBILE = /^1[3-9]\d{9}$/;
// Real local numbers start 2-8, but 0755-12345678 is how forms (and this app's own messages) show one.
const LOCAL = /^[1-9]\d{6,7}$/;
const EXTENSION = /^\d{1,6}$/;

// Every dash a keyboard, an IME or a word processor produces.
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
// Separators that carry no meaning inside a number.
const NOISE = /[\s\u00a0\u3000\u200b\ufeff.()[\]（）【】]+/g;
const EXT_MARK = /(?:转|分机|ext\.?|x|#)/i;

/** Area code + local number from digits starting with 0; null when they are not a landline. */
function landline(digits: string): string | null {
  if (!digits.startsWith('0')) return null;
  const areaLength = /^0(10|2\d)/.test(digits) ? 3 : 4;
  const area = digits.slice(0, areaLength);
  const local = digits.slice(areaLength);
  return area.length === areaLength && LOCAL.test(local) ? `${area}-${local}` : null;
}

/** Digits without a country prefix; `international` when one was written. */
function national(written: string): { digits: string; international: boolean } {
  const plus = written.startsWith('+');
  const digits = written.replace(/\D/g, '');
  if (plus && digits.startsWith('86')) return { digits: digits.slice(2), international: true };
  if (digits.startsWith('0086')) return { digits: digits.slice(4), international: true };
  // 86 13605865048: 13 digits can only be a mobile behind the country code.
  if (/^861[3-9]\d{9}$/.test(digits)) return { digits: digits.slice(2), international: true };
  return { digits, international: plus };
}

/** Mobile or landline (no extension) from one written number. */
function number(written: string): string | null {
  const { digits, international } = national(written);
  if (MOBILE.test(digits)) return digits;
  // +86 755 1234 5678: the trunk 0 is left out after a country code.
  return landline(international && !digits.startsWith('0') ? `0${digits}` : digits);
}

/** The stored form of a phone number, or null when it is not one (see above). */
export function parsePhone(input: string): string | null {
  const s = toHalfWidth(input).trim().replace(DASHES, '-').replace(NOISE, ' ').trim();
  if (s === '' || /[^\d+\- ]/.test(s.replace(EXT_MARK, ''))) return null;
  const [main = '', ext, ...more] = s.split(EXT_MARK);
  if (more.length > 0) return null;
  if (ext !== undefined) {
    const extension = ext.replace(/[\s-]/g, '');
    const base = number(main);
    return base && !MOBILE.test(base) && EXTENSION.test(extension) ? `${base}-${extension}` : null;
  }
  const whole = number(main);
  if (whole) return whole;
  // 0755-12345678-801: the last hyphenated group is an extension when the rest is a landline.
  const cut = main.lastIndexOf('-');
  if (cut <= 0) return null;
  const base = number(main.slice(0, cut));
  const extension = main.slice(cut + 1).replace(/\s/g, '');
  return base && !MOBILE.test(base) && EXTENSION.test(extension) ? `${base}-${extension}` : null;
}

export function isValidPhone(input: string): boolean {
  return parsePhone(input) !== null;
}

/** The stored form; a text that is not a phone number comes back trimmed, for its error message. */
export function normalizePhone(input: string): string {
  return parsePhone(input) ?? input.trim();
}
