import dayjs from 'dayjs';
import { isValidIsoDate } from '../dates';
import { fail, ok, type Rule } from '../result';
import { toHalfWidth } from '../text';
import { cellText, dateCellIso, withoutQuotePrefix, type CellValue } from './cells';

// Excel's day 0 is 1899-12-31, but it also counts a 29 Feb 1900 that never was (a Lotus 1-2-3
// bug kept for compatibility), so from serial 61 on the days count from 1899-12-30.
const EPOCH = '1899-12-30';
/** 9999-12-31, the last day Excel can show. */
const MAX_SERIAL = 2_958_465;

/** An Excel date serial (days since 1900, time of day ignored) as YYYY-MM-DD. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const days = Math.floor(serial);
  if (days === 60) return null; // 1900-02-29
  return dayjs(EPOCH)
    .add(days < 60 ? days + 1 : days, 'day')
    .format('YYYY-MM-DD');
}

// 2020-1-2, 2020/01/02, 2020.1.2, 2020年1月2日 (号), with or without a time after it.
const SEPARATED =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function isoOf(y: string, m: string, d: string): string | null {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** Text as clerks write dates: the usual Chinese spellings and the 8-digit form. */
export function parseTextDate(input: string): string | null {
  const s = toHalfWidth(input).trim();
  const m = SEPARATED.exec(s) ?? COMPACT.exec(s);
  return m?.[1] && m[2] && m[3] ? isoOf(m[1], m[2], m[3]) : null;
}

/**
 * Text written as a date (2023-02-30, 2023年4月31日, 20230229) that is no day of the calendar:
 * refused with the same message as every date input (field.date), not as unreadable.
 */
function impossibleDay(text: string): boolean {
  const m = SEPARATED.exec(text) ?? COMPACT.exec(text);
  return m !== null;
}

/**
 * A date cell: an Excel date, a serial number (a date cell formatted as a number), 20200102
 * typed as a number, or text in any of the usual spellings. Null when empty; refused (with the
 * cell as shown) when it is none of these or not a real calendar day.
 */
export function readDate(value: CellValue): Rule<string | null> {
  if (value === null) return ok(null);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? fail('import.date.format', { value: '' }) : ok(dateCellIso(value));
  const shown = cellText(value).trim();
  if (shown === '') return ok(null);
  if (typeof value === 'number') {
    const compact = Number.isInteger(value) && value >= 10_000_000;
    const iso = compact ? parseTextDate(shown) : excelSerialToIso(value);
    if (iso) return ok(iso);
    return compact && impossibleDay(shown) ? fail('field.date') : fail('import.date.format', { value: shown });
  }
  const text = toHalfWidth(withoutQuotePrefix(shown)).trim();
  const iso = parseTextDate(text);
  if (iso) return ok(iso);
  return impossibleDay(text) ? fail('field.date') : fail('import.date.format', { value: shown });
}
