import { readDate } from '#domain/exchange/date-cell';
import { parseResidentId } from '#domain/identity/resident-id';
import { toHalfWidth } from '#domain/text';
import { LABELS } from '#domain/labels';
import { lookupLabel, SEX_LABELS } from './labels';
import type { RowReader } from './row-reader';

// 出生年月 columns often hold the month only: 1990.01, 1990-1, 1990年1月, 199001.
const YEAR_MONTH = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?|(\d{2}))$/;

/** The sheet's birth column as YYYY-MM-DD or YYYY-MM; null when it cannot be read as either. */
function birthOf(r: RowReader): string | null {
  const read = readDate(r.raw('birthDate'));
  if (read.ok && read.value) return read.value;
  const m = YEAR_MONTH.exec(toHalfWidth(r.shown('birthDate')));
  const month = m?.[2] ?? m?.[3];
  return m?.[1] && month && Number(month) >= 1 && Number(month) <= 12 ? `${m[1]}-${month.padStart(2, '0')}` : null;
}

/**
 * 性别 and 出生日期 are never stored from the sheet (the register derives both from the ID), but
 * a sheet that disagrees with its own ID column is worth a look: one of them is mistyped. The
 * row is imported with the ID's values and a warning names both.
 */
export function compareWithId(r: RowReader, residentId: string | undefined): void {
  if (!residentId) return;
  const parsed = parseResidentId(residentId);
  if (!parsed.ok) return;
  const { sex, birthDate } = parsed.value;
  const sexText = r.text('sex');
  if (sexText !== null && lookupLabel(SEX_LABELS, sexText) !== sex) {
    r.warn('sex', 'import.warning.sexMismatch', { sheet: r.shown('sex'), id: LABELS.sex[sex] });
  }
  if (r.has('birthDate')) {
    const birth = birthOf(r);
    if (birth === null || !birthDate.startsWith(birth))
      r.warn('birthDate', 'import.warning.birthMismatch', { sheet: r.shown('birthDate'), id: birthDate });
  }
}
