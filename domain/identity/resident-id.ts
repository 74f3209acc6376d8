import { isValidIsoDate, today as localToday } from '../dates';
import type { Rule } from '../result';
import { fail, ok } from '../result';
import { normalizeIdentifier } from '../text';

export type Sex = 'male' | 'female';

export type ResidentId = {
  /** 18 characters, check character upper-case. */
  id: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
  /** First 6 digits; where the number was issued, not where the person lives now. */
  areaCode: string;
  convertedFrom15: boolean;
};

// GB 11643-1999 weights are 2^(17-i) mod 11; spelled out so they can be checked
// against the standard at a glance.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

// Registers still hold people born in the 1880s (the standard's own example is
// 440524188001010014), so the floor sits well below 1900 to catch only typos.
export const MIN_BIRTH_YEAR = 1850;

export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`Expected 17 digits, got "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

// Reads the sequence digit without validating the rest; use parseResidentId to validate.
export function sexFromResidentId(input: string): Sex | null {
  const id = normalizeIdentifier(input);
  const digit = id.length === 18 ? id[16] : id.length === 15 ? id[14] : undefined;
  if (digit === undefined || !/^\d$/.test(digit)) return null;
  return Number(digit) % 2 === 1 ? 'male' : 'female';
}

export function parseResidentId(input: string, today: string = localToday()): Rule<ResidentId> {
  if (!isValidIsoDate(today)) throw new RangeError(`Invalid reference date: ${today}`);
  const raw = normalizeIdentifier(input);
  if (raw === '') return fail('residentId.empty');
  if (/[^0-9X]/.test(raw)) return fail('residentId.characters');
  if (raw.length !== 18 && raw.length !== 15) return fail('residentId.length');

  const convertedFrom15 = raw.length === 15;
  // Only the 18th character may be X; 15-digit numbers had no check character at all.
  const body = convertedFrom15 ? raw : raw.slice(0, 17);
  if (!/^\d+$/.test(body)) return fail('residentId.characters');

  // 15-digit numbers were issued to people born in the 1900s; the year lacks its century.
  const first17 = convertedFrom15 ? `${raw.slice(0, 6)}19${raw.slice(6)}` : body;
  const digits = first17.slice(6, 14);
  const birthDate = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (!isValidIsoDate(birthDate)) {
    return fail('residentId.birthDate', { digits: convertedFrom15 ? raw.slice(6, 12) : digits });
  }
  if (Number(digits.slice(0, 4)) < MIN_BIRTH_YEAR) {
    return fail('residentId.birthDateTooEarly', { date: birthDate, minYear: MIN_BIRTH_YEAR });
  }
  if (birthDate > today) return fail('residentId.birthDateFuture', { date: birthDate });

  const check = residentIdCheckChar(first17);
  if (!convertedFrom15 && raw[17] !== check) return fail('residentId.checkChar');

  return ok({
    id: first17 + check,
    birthDate,
    sex: Number(first17[16]) % 2 === 1 ? 'male' : 'female',
    areaCode: first17.slice(0, 6),
    convertedFrom15,
  });
}
