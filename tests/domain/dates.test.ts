import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ageOn, daysInMonth, formatDateZh, isLeapYear, isValidIsoDate, today } from '#domain/dates';

describe('isValidIsoDate', () => {
  it('accepts real calendar dates', () => {
    for (const d of ['2026-11-23', '2000-02-29', '2024-02-29', '1850-01-01', '1999-12-31', '2026-04-30']) {
      expect(isValidIsoDate(d), d).toBe(true);
    }
  });

  it('rejects impossible dates and other formats', () => {
    const bad = [
      '1900-02-29',
      '2023-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-5',
      '20261123',
      '2026/11/23',
      '2026-11-23T00:00',
      ' 2026-11-23',
      '',
      '0000-01-01',
    ];
    for (const d of bad) expect(isValidIsoDate(d), d).toBe(false);
  });
});

describe('isLeapYear and daysInMonth', () => {
  it('follows the Gregorian rules', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe('ageOn', () => {
  it('counts full years: 59 the day before the 60th birthday, 60 on it', () => {
    expect(ageOn('1966-12-01', '2026-11-30')).toBe(59);
    expect(ageOn('1966-12-01', '2026-12-01')).toBe(60);
    expect(ageOn('1966-12-01', '2026-12-02')).toBe(60);
  });

  it('works across year ends', () => {
    expect(ageOn('2010-12-31', '2026-12-30')).toBe(15);
    expect(ageOn('2010-12-31', '2026-12-31')).toBe(16);
    expect(ageOn('2010-01-01', '2025-12-31')).toBe(15);
    expect(ageOn('2010-01-01', '2026-01-01')).toBe(16);
  });

  it('lets a 29 February birthday turn older on 1 March in common years', () => {
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
    expect(ageOn('2000-02-29', '2024-02-28')).toBe(23);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });

  it('is 0 on the day of birth and negative before it', () => {
    expect(ageOn('2026-11-23', '2026-11-23')).toBe(0);
    expect(ageOn('2026-11-23', '2026-11-22')).toBe(-1);
  });

  it('throws for dates that are not dates', () => {
    expect(() => ageOn('1966-02-30', '2026-01-01')).toThrow(RangeError);
    expect(() => ageOn('1966-12-01', 'today')).toThrow(RangeError);
  });
});

describe('today', () => {
  it('returns the local calendar date as YYYY-MM-DD', () => {
    const before = dayjs().format('YYYY-MM-DD');
    const t = today();
    const after = dayjs().format('YYYY-MM-DD');
    expect(isValidIsoDate(t)).toBe(true);
    expect([before, after]).toContain(t);
  });
});

describe('formatDateZh', () => {
  it('writes the date the Chinese way without leading zeros', () => {
    expect(formatDateZh('2026-11-23')).toBe('2026年11月23日');
    expect(formatDateZh('2026-01-05')).toBe('2026年1月5日');
  });

  it('returns a non-date unchanged so it stays visible', () => {
    expect(formatDateZh('')).toBe('');
    expect(formatDateZh('2026-02-30')).toBe('2026-02-30');
  });

  it('sets the dayjs locale to zh-cn', () => {
    expect(dayjs.locale()).toBe('zh-cn');
    expect(dayjs('2026-11-23').format('dddd')).toBe('星期一');
  });
});

describe('isoDate (the zod rule every date input uses)', () => {
  it('refuses impossible calendar days with the one date message and accepts a leap day', async () => {
    const { isoDate, optionalIsoDate } = await import('#domain/zod-helpers');
    for (const d of ['2023-02-30', '2023-04-31', '2023-02-29', '2023-13-01', '2023-00-10', '2023-2-3', '20230203']) {
      const r = isoDate.safeParse(d);
      expect(r.success, d).toBe(false);
      expect(r.error?.issues[0]?.message, d).toBe('field.date');
      expect(optionalIsoDate.safeParse(d).success, d).toBe(false);
    }
    expect(isoDate.safeParse('2024-02-29')).toMatchObject({ success: true, data: '2024-02-29' });
    expect(optionalIsoDate.safeParse(null)).toMatchObject({ success: true, data: null });
  });
});
