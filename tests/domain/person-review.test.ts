import { describe, expect, it } from 'vitest';
import { ageOn } from '#domain/dates';
import { birthDateRange, certExpiry, DEFAULT_RULES, reviewFindings, type ReviewSubject } from '#domain/person/review';

/** Every calendar day from `from` to `to`, inclusive. */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

const year = (d: string) => Number(d.slice(0, 4));

describe('birthDateRange', () => {
  it('selects exactly the birth dates whose age on the reference date lies in the band (29 Feb included)', () => {
    const refDates = [
      ...days('2023-02-25', '2023-03-02'), // common year
      ...days('2024-02-25', '2024-03-02'), // leap year
      ...days('2100-02-27', '2100-03-01'), // century, not leap
      '2000-02-29',
      '2025-06-30',
      '2025-12-31',
      '2026-01-01',
    ];
    const bands: [number | undefined, number | undefined][] = [
      [undefined, undefined],
      [0, undefined],
      [1, undefined],
      [16, undefined],
      [60, undefined],
      [undefined, 0],
      [undefined, 3],
      [undefined, 59],
      [16, 59],
      [4, 4],
      [0, 0],
      [59, 60],
    ];
    const ages = [0, 1, 3, 4, 5, 15, 16, 17, 58, 59, 60, 61];
    const mismatches: string[] = [];
    let checked = 0;
    for (const ref of refDates) {
      const ranges = bands.map(([min, max]) => ({ min, max, ...birthDateRange(min, max, ref) }));
      // Birth dates around every age boundary: the whole year before and after, so each
      // month-day (29 Feb of leap years included) meets the reference date once.
      const births = [
        ...new Set(ages.flatMap((a) => days(`${year(ref) - a - 1}-01-01`, `${year(ref) - a}-12-31`))),
      ].filter((b) => b <= ref);
      for (const birth of births) {
        const age = ageOn(birth, ref);
        for (const r of ranges) {
          const expected = (r.min === undefined || age >= r.min) && (r.max === undefined || age <= r.max);
          const actual = (r.from === undefined || birth >= r.from) && (r.to === undefined || birth <= r.to);
          checked++;
          if (expected !== actual)
            mismatches.push(`born ${birth}, ref ${ref}, age ${age}, band [${r.min}, ${r.max}] → ${r.from}..${r.to}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100_000);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('leaves an open end open', () => {
    expect(birthDateRange(undefined, undefined, '2025-06-30')).toEqual({});
    expect(birthDateRange(16, undefined, '2025-06-30')).toEqual({ to: '2009-06-30' });
    expect(birthDateRange(undefined, 59, '2025-06-30')).toEqual({ from: '1965-07-01' });
  });

  it('treats a 29 Feb birthday as reaching the next age on 1 Mar of a common year', () => {
    // Born 2020-02-29: 3 on 2023-03-01, still 2 on 2023-02-28.
    expect(birthDateRange(3, undefined, '2023-02-28').to! < '2020-02-29').toBe(true);
    expect(birthDateRange(3, undefined, '2023-03-01').to! >= '2020-02-29').toBe(true);
  });
});

const subject = (s: Partial<ReviewSubject> = {}): ReviewSubject => ({
  birthDate: '1980-01-01',
  certIssueDate: null,
  status: 'active',
  enrolled: true,
  ...s,
});

describe('reviewFindings', () => {
  it('finds an enrolled person reaching 60 on the reference date exactly, not the day before', () => {
    const p = subject({ birthDate: '1965-07-01' });
    expect(reviewFindings(p, '2025-07-01')).toEqual(['reachesExitAge']);
    expect(reviewFindings(p, '2025-06-30')).toEqual([]);
    expect(reviewFindings(p, '2026-03-01')).toEqual(['reachesExitAge']);
  });

  it('counts a 29 Feb birthday to 60 on 29 Feb of the leap year', () => {
    const p = subject({ birthDate: '1964-02-29' });
    expect(reviewFindings(p, '2024-02-29')).toEqual(['reachesExitAge']);
    expect(reviewFindings(p, '2024-02-28')).toEqual([]);
  });

  it('does not flag the age of someone who is not enrolled', () => {
    expect(reviewFindings(subject({ birthDate: '1940-01-01', enrolled: false }), '2025-07-01')).toEqual([]);
  });

  it('finds a certificate expired once ten years have passed since issue, enrolled or not', () => {
    for (const enrolled of [true, false]) {
      const p = subject({ certIssueDate: '2015-07-01', enrolled });
      expect(reviewFindings(p, '2025-06-30')).toEqual([]);
      expect(reviewFindings(p, '2025-07-01')).toEqual(['certExpired']);
    }
    expect(reviewFindings(subject({ certIssueDate: null, enrolled: false }), '2100-01-01')).toEqual([]);
  });

  it('finds deceased or certificate-withdrawn people only while they are still enrolled', () => {
    expect(reviewFindings(subject({ status: 'deceased' }), '2025-07-01')).toEqual(['deceasedEnrolled']);
    expect(reviewFindings(subject({ status: 'deceased', enrolled: false }), '2025-07-01')).toEqual([]);
    expect(reviewFindings(subject({ status: 'certWithdrawn' }), '2025-07-01')).toEqual(['certWithdrawnEnrolled']);
    expect(reviewFindings(subject({ status: 'certWithdrawn', enrolled: false }), '2025-07-01')).toEqual([]);
    expect(reviewFindings(subject({ status: 'movedOut', enrolled: false }), '2025-07-01')).toEqual([]);
  });

  it('reports every finding that applies, in a stable order', () => {
    const p = subject({ birthDate: '1950-01-01', certIssueDate: '2000-01-01', status: 'deceased' });
    expect(reviewFindings(p, '2025-07-01')).toEqual(['reachesExitAge', 'certExpired', 'deceasedEnrolled']);
  });

  it('follows the office’s own exit age and validity when set', () => {
    const rules = { exitAge: 65, certValidYears: 5 };
    const p = subject({ birthDate: '1965-07-01', certIssueDate: '2020-07-01' });
    expect(reviewFindings(p, '2025-07-01', rules)).toEqual(['certExpired']);
    expect(reviewFindings(p, '2030-07-01', rules)).toEqual(['reachesExitAge', 'certExpired']);
    expect(reviewFindings(p, '2025-06-30', rules)).toEqual([]);
  });
});

describe('certExpiry', () => {
  it('is the same day ten years on by default', () => {
    expect(DEFAULT_RULES.certValidYears).toBe(10);
    expect(certExpiry('2015-07-01')).toBe('2025-07-01');
    expect(certExpiry('2014-12-31')).toBe('2024-12-31');
  });

  it('moves 29 Feb to 28 Feb when the expiry year has none, and keeps it when it has', () => {
    expect(certExpiry('2016-02-29')).toBe('2026-02-28');
    expect(certExpiry('2020-02-29', { exitAge: 60, certValidYears: 4 })).toBe('2024-02-29');
    expect(certExpiry('2020-02-29', { exitAge: 60, certValidYears: 5 })).toBe('2025-02-28');
  });
});
