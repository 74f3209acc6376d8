import { describe, expect, it } from 'vitest';
import {
  isLowerOffice,
  issuesPermits,
  officeName,
  packagePassword,
  receivesPackages,
  sendsPackages,
} from '#domain/office';

const district = { level: 'district', code: '440307', name: '龙岗区残疾人联合会' } as const;
const city = { level: 'city', code: '440300', name: '深圳市残疾人联合会' } as const;
const street = (code: string) => ({ level: 'street', code, name: '平湖街道残疾人联合会' }) as const;

describe('offices', () => {
  it('names the district federation', () => {
    expect(officeName('龙岗区')).toBe('龙岗区残疾人联合会');
    expect(officeName(null)).toBe('');
  });

  it('a street reports to its own district, a district to its own city, nothing else', () => {
    expect(isLowerOffice(district, street('440307001000'))).toBe(true);
    expect(isLowerOffice(district, street('440308001000'))).toBe(false);
    expect(isLowerOffice(city, district)).toBe(true);
    expect(isLowerOffice(city, { ...district, code: '440107' })).toBe(false);
    expect(isLowerOffice(city, street('440307001000'))).toBe(false);
    expect(isLowerOffice(street('440307001000'), district)).toBe(false);
  });

  it('streets only send, cities only receive, districts do both; streets issue no 上岗证', () => {
    expect([sendsPackages('street'), receivesPackages('street'), issuesPermits('street')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([sendsPackages('district'), receivesPackages('district'), issuesPermits('district')]).toEqual([
      true,
      true,
      true,
    ]);
    expect([sendsPackages('city'), receivesPackages('city')]).toEqual([false, true]);
  });

  it('a package password has 8 characters of two kinds', () => {
    const issue = (s: string) => packagePassword.safeParse(s).error?.issues[0]?.message;
    expect(issue('')).toBe('packages.password.required');
    expect(issue('Ab1!')).toBe('packages.password.short');
    expect(issue('abcdefgh')).toBe('packages.password.weak');
    expect(issue('12345678')).toBe('packages.password.weak');
    expect(issue('Pinghu2026')).toBeUndefined();
    expect(issue('平湖街道2026')).toBeUndefined();
  });
});
