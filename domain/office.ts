import { z } from 'zod';
import { code } from './zod-helpers';

/** The office running the register: the district's disability federation (区残联). */
export const officeName = (district: string | null): string => (district ? `${district}残疾人联合会` : '');

/** Which federation a copy of the register belongs to: a street sends up, a city receives, a district does both. */
export const OFFICE_LEVELS = ['street', 'district', 'city'] as const;
export type OfficeLevel = (typeof OFFICE_LEVELS)[number];

export interface OfficeIdentity {
  level: OfficeLevel;
  /** 行政区划代码: a street's 12 digits, a district's or city's 6. */
  code: string;
  name: string;
}

/** A city federation is the top of the chain here: it has no one to send packages to. */
export const sendsPackages = (level: OfficeLevel): boolean => level !== 'city';
/** A street's copy reports upward only; it receives from no one. */
export const receivesPackages = (level: OfficeLevel): boolean => level !== 'street';
/**
 * 上岗证 are numbered and issued by the district federation; a street's copy issuing its own
 * would hand out numbers the district also uses, which then clash when its package arrives.
 */
export const issuesPermits = (level: OfficeLevel): boolean => level !== 'street';

/** A street reports to its district, a district to its city: by level and by code prefix. */
export function isLowerOffice(us: OfficeIdentity, them: OfficeIdentity): boolean {
  if (us.level === 'district') return them.level === 'street' && them.code.slice(0, 6) === us.code.slice(0, 6);
  if (us.level === 'city') return them.level === 'district' && them.code.slice(0, 4) === us.code.slice(0, 4);
  return false;
}

/**
 * A package password: at least 8 characters of at least two kinds (letters, digits, symbols), so
 * a USB stick lost on the way is not opened by guessing a birthday.
 */
export const packagePassword = z
  .string(code('packages.password.required'))
  .min(1, code('packages.password.required'))
  .min(8, code('packages.password.short'))
  .max(128, code('packages.password.tooLong'))
  .refine(
    (s) => [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((kind) => kind.test(s)).length >= 2,
    code('packages.password.weak'),
  );
