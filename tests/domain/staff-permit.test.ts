import { describe, expect, it } from 'vitest';
import {
  checkPermitPattern,
  DEFAULT_PERMIT_PATTERN,
  formatPermitNumber,
  permitStanding,
  permitValidUntil,
} from '#domain/staff/permit';

describe('checkPermitPattern', () => {
  it('accepts the default pattern and other well-formed ones', () => {
    expect(checkPermitPattern(DEFAULT_PERMIT_PATTERN)).toBeNull();
    expect(checkPermitPattern('龙岗托养上岗证〔{year}〕{seq:4}号')).toBeNull();
    expect(checkPermitPattern('{district}-{year}-{seq:5}')).toBeNull();
    expect(checkPermitPattern('SG{year}{seq}')).toBeNull();
  });

  it('refuses an empty or blank pattern', () => {
    expect(checkPermitPattern('')).toBe('permit.pattern.empty');
    expect(checkPermitPattern('   ')).toBe('permit.pattern.empty');
  });

  it('refuses a pattern without {seq}: every number would be the same', () => {
    expect(checkPermitPattern('上岗证〔{year}〕号')).toBe('permit.pattern.seq');
    // A width of two digits is not a sequence placeholder either.
    expect(checkPermitPattern('上岗证〔{year}〕{seq:12}号')).toBe('permit.pattern.seq');
  });

  it('refuses a pattern with two {seq}', () => {
    expect(checkPermitPattern('{year}-{seq}-{seq:4}')).toBe('permit.pattern.seq');
    expect(checkPermitPattern('{year}-{seq:4}{seq:4}')).toBe('permit.pattern.seq');
  });

  it('refuses a pattern without {year}: the yearly sequence would repeat numbers', () => {
    expect(checkPermitPattern('{district}-{seq:5}')).toBe('permit.pattern.year');
  });

  it('refuses an unknown placeholder', () => {
    expect(checkPermitPattern('{year}-{month}-{seq:4}')).toBe('permit.pattern.unknown');
    expect(checkPermitPattern('{year}-{ district }-{seq}')).toBe('permit.pattern.unknown');
    expect(checkPermitPattern('{year}-{}-{seq}')).toBe('permit.pattern.unknown');
  });
});

describe('formatPermitNumber', () => {
  const v = { year: 2026, seq: 7, district: '440307' };

  it('pads the sequence to the width given, and not at all without one', () => {
    expect(formatPermitNumber(DEFAULT_PERMIT_PATTERN, v)).toBe('托养上岗证〔2026〕0007号');
    expect(formatPermitNumber('{year}-{seq:6}', v)).toBe('2026-000007');
    expect(formatPermitNumber('{year}-{seq}', v)).toBe('2026-7');
  });

  it('never cuts a sequence longer than its width', () => {
    expect(formatPermitNumber('{year}-{seq:2}', { ...v, seq: 1234 })).toBe('2026-1234');
  });

  it('fills in the district code and keeps the literal text around the placeholders', () => {
    expect(formatPermitNumber('{district}-{year}-{seq:5}', { ...v, seq: 1 })).toBe('440307-2026-00001');
    expect(formatPermitNumber('深{district}托〔{year}〕第{seq:3}号', v)).toBe('深440307托〔2026〕第007号');
  });
});

describe('permitStanding', () => {
  const today = '2026-03-10';
  const valid = (validUntil: string) => ({ status: 'valid' as const, validUntil });

  it('is valid when the end date is further away than the warning window', () => {
    expect(permitStanding(valid('2026-04-10'), today, 30)).toBe('valid');
    expect(permitStanding(valid('2029-03-09'), today, 30)).toBe('valid');
  });

  it('is expiring from exactly N days before the end date, and valid the day before that', () => {
    expect(permitStanding(valid('2026-04-09'), today, 30)).toBe('expiring'); // 30 days away
    expect(permitStanding(valid('2026-04-10'), today, 30)).toBe('valid'); // 31 days away
    expect(permitStanding(valid('2026-03-30'), today, 20)).toBe('expiring');
    expect(permitStanding(valid('2026-03-30'), today, 19)).toBe('valid');
  });

  it('is still expiring (not expired) on its last valid day, also with a window of 0', () => {
    expect(permitStanding(valid(today), today, 30)).toBe('expiring');
    expect(permitStanding(valid(today), today, 0)).toBe('expiring');
  });

  it('is expired the day after validUntil', () => {
    expect(permitStanding(valid('2026-03-09'), today, 30)).toBe('expired');
    expect(permitStanding(valid('2025-12-31'), '2026-01-01', 0)).toBe('expired');
  });

  it('counts the window across a month and a leap day correctly', () => {
    expect(permitStanding(valid('2028-03-01'), '2028-02-28', 2)).toBe('expiring');
    expect(permitStanding(valid('2028-03-01'), '2028-02-28', 1)).toBe('valid');
  });

  it('reports suspended and revoked whatever the dates', () => {
    expect(permitStanding({ status: 'suspended', validUntil: '2029-01-01' }, today, 30)).toBe('suspended');
    expect(permitStanding({ status: 'revoked', validUntil: '2029-01-01' }, today, 30)).toBe('revoked');
    expect(permitStanding({ status: 'suspended', validUntil: '2020-01-01' }, today, 30)).toBe('suspended');
    expect(permitStanding({ status: 'revoked', validUntil: '2020-01-01' }, today, 30)).toBe('revoked');
  });
});

describe('permitValidUntil', () => {
  it('ends the day before the anniversary, also from 29 February', () => {
    expect(permitValidUntil('2026-02-01', 3)).toBe('2029-01-31');
    expect(permitValidUntil('2024-02-29', 1)).toBe('2025-02-28');
    expect(permitValidUntil('2026-01-01', 1)).toBe('2026-12-31');
  });
});
