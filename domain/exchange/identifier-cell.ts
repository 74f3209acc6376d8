import { fail, ok, type Rule } from '../result';
import { toHalfWidth } from '../text';
import { cellText, withoutQuotePrefix, type CellValue } from './cells';

// Excel keeps 15 significant digits; anything longer typed into a number cell has its tail
// replaced by zeros, and 2^53 is where a JS number stops holding every integer anyway.
const EXCEL_DIGITS = 15;

/**
 * An identifier cell (身份证号, 残疾人证号, 信用代码, 电话) as text: half-width, every blank
 * removed (sheets pad and split IDs with spaces), upper-case. Null when empty.
 *
 * A number cell is accepted only while it can still hold every digit (up to 15). Longer numbers,
 * and texts that carry a number's damage (scientific notation such as 4.40307E+17, which is what
 * a CSV saved from such a cell contains), are refused: the lost digits cannot be guessed, and
 * saving the rounded number would register someone else's ID.
 */
export function readIdentifier(value: CellValue): Rule<string | null> {
  if (value === null) return ok(null);
  if (typeof value === 'number') {
    const shown = cellText(value);
    if (!Number.isSafeInteger(value) || value < 0 || shown.length > EXCEL_DIGITS)
      return fail('import.number.precision', { shown });
    return ok(shown);
  }
  const s = withoutQuotePrefix(
    toHalfWidth(cellText(value)).replace(/[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]+/g, ''),
  ).toUpperCase();
  if (s === '') return ok(null);
  if (/^\d(\.\d+)?E\+?\d+$/.test(s)) return fail('import.number.precision', { shown: s });
  return ok(s);
}

/**
 * A 16+-digit all-digit text ending in zeros that failed its check character: most likely a
 * number cell re-typed or pasted as text after Excel had already dropped the last digits.
 */
export function looksTruncated(id: string): boolean {
  return /^\d{16,}$/.test(id) && /000$/.test(id);
}
