import type { MessageCode } from '../messages';

export type DivisionLevel = 'district' | 'street' | 'community';

/** The level a new division takes from its parent: the register has exactly three levels. */
export function childLevel(parent: DivisionLevel | null): DivisionLevel | null {
  if (parent === null) return 'district';
  if (parent === 'district') return 'street';
  if (parent === 'street') return 'community';
  return null;
}

/**
 * Checks a code against its level and its parent's code. A district has the 6-digit county code
 * (GB/T 2260) or its 12-digit statistical form; streets and communities have 12-digit statistical
 * codes (2+2+2+3+3) that start with their parent's prefix.
 */
export function checkDivisionCode(code: string, level: DivisionLevel, parentCode: string | null): MessageCode | null {
  if (!/^\d+$/.test(code)) return 'division.code.digits';
  if (level === 'district') {
    if (code.length === 6) return null;
    if (code.length === 12 && code.endsWith('000000')) return null;
    return 'division.code.districtLength';
  }
  if (code.length !== 12) return 'division.code.length12';
  if (parentCode) {
    const prefix = level === 'street' ? parentCode.slice(0, 6) : parentCode.slice(0, 9);
    if (!code.startsWith(prefix)) return 'division.code.parentPrefix';
  }
  if (level === 'street' && !code.endsWith('000')) return 'division.code.streetSuffix';
  if (level === 'community' && code.endsWith('000')) return 'division.code.communitySuffix';
  return null;
}
