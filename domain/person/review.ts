import { ageOn } from '../dates';

/** Rules of the programme year that are not fixed nationally (DOMAIN.md: settle as a setting). */
export interface ProgrammeRules {
  /** Upper age for care under the programme: people exit when they reach it (年满60). */
  exitAge: number;
  /** Years a disability certificate stays valid. */
  certValidYears: number;
}

export const DEFAULT_RULES: ProgrammeRules = { exitAge: 60, certValidYears: 10 };

export type ReviewFinding = 'reachesExitAge' | 'certExpired' | 'deceasedEnrolled' | 'certWithdrawnEnrolled';

export interface ReviewSubject {
  birthDate: string;
  certIssueDate: string | null;
  status: 'active' | 'deceased' | 'movedOut' | 'certWithdrawn';
  enrolled: boolean;
}

function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  // 29 Feb plus whole years lands on 28 Feb in a common year, as the certificate office counts.
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** The date a certificate issued on `issued` stops being valid. */
export function certExpiry(issued: string, rules: ProgrammeRules = DEFAULT_RULES): string {
  return addYears(issued, rules.certValidYears);
}

/** 年审: what needs the clerk's attention for one person on the reference date. */
export function reviewFindings(
  p: ReviewSubject,
  refDate: string,
  rules: ProgrammeRules = DEFAULT_RULES,
): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  if (p.enrolled && ageOn(p.birthDate, refDate) >= rules.exitAge) findings.push('reachesExitAge');
  if (p.certIssueDate && certExpiry(p.certIssueDate, rules) <= refDate) findings.push('certExpired');
  if (p.enrolled && p.status === 'deceased') findings.push('deceasedEnrolled');
  if (p.enrolled && p.status === 'certWithdrawn') findings.push('certWithdrawnEnrolled');
  return findings;
}

/**
 * Birth dates of people whose age on `refDate` lies in [minAge, maxAge]: lets the database
 * filter an age band with an index range instead of computing every age.
 */
export function birthDateRange(
  minAge: number | undefined,
  maxAge: number | undefined,
  refDate: string,
): { from?: string; to?: string } {
  const range: { from?: string; to?: string } = {};
  // Age ≥ minAge ⇔ born on or before refDate − minAge years.
  if (minAge !== undefined) range.to = addYears(refDate, -minAge);
  // Age ≤ maxAge ⇔ born after refDate − (maxAge + 1) years.
  if (maxAge !== undefined) {
    const d = new Date(`${addYears(refDate, -(maxAge + 1))}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    range.from = d.toISOString().slice(0, 10);
  }
  return range;
}
