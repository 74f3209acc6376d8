import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';

// Week starts, month names etc. in date pickers follow mainland usage.
dayjs.locale('zh-cn');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Checked by arithmetic rather than Date parsing: Date silently rolls 02-30 over to
// 03-02 and reads bare ISO dates as UTC, both of which would let a wrong date through.
export function isValidIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The days a record of this register can carry (certificate issue, survey, care, hire, training,
 * permit, designation): nothing it records happened before 1900 or is planned past 2099, so
 * 0001-01-01, 1850-01-01 or 9999-12-31 is a slip of the keyboard, not a day to store. Birth dates
 * come from the ID and follow its own rule (resident-id.ts), not this one.
 */
export const REGISTER_DATE_MIN = '1900-01-01';
export const REGISTER_DATE_MAX = '2099-12-31';

/** A calendar day within the register's years (ISO text compares as dates). */
export function isRegisterDate(s: string): boolean {
  return isValidIsoDate(s) && s >= REGISTER_DATE_MIN && s <= REGISTER_DATE_MAX;
}

// Local time on purpose: the office's calendar day, not UTC (which is still
// "yesterday" before 08:00 in China).
export function today(): string {
  return dayjs().format('YYYY-MM-DD');
}

// Compares month-day as text so a 29 Feb birthday turns a year older on 1 Mar in a
// common year (no 29 Feb to reach), which is how age is counted for eligibility.
// Negative when refDate is before birthDate.
export function ageOn(birthDate: string, refDate: string): number {
  if (!isValidIsoDate(birthDate)) throw new RangeError(`Invalid birth date: ${birthDate}`);
  if (!isValidIsoDate(refDate)) throw new RangeError(`Invalid reference date: ${refDate}`);
  const years = Number(refDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return refDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

// Official documents write months and days without leading zeros (GB/T 9704).
// Returns the input unchanged when it is not a date, so a bad stored value stays
// visible on screen instead of breaking the page.
export function formatDateZh(isoDate: string): string {
  if (!isValidIsoDate(isoDate)) return isoDate;
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
