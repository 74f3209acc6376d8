import type { MessageCode } from '../messages';
import type { PermitStatus } from './enums';

/**
 * 上岗证 numbers come from a pattern the office sets, e.g. `龙岗托养上岗证〔{year}〕{seq:4}号`:
 * {year} is the issue year, {seq:N} the yearly sequence padded to N digits, {district} the
 * district code. The sequence restarts each year and never skips or repeats a number.
 */
export const DEFAULT_PERMIT_PATTERN = '托养上岗证〔{year}〕{seq:4}号';

const TOKEN = /\{(year|district|seq(?::(\d))?)\}/g;

export function checkPermitPattern(pattern: string): MessageCode | null {
  if (!pattern.trim()) return 'permit.pattern.empty';
  const seqs = [...pattern.matchAll(/\{seq(?::\d)?\}/g)];
  if (seqs.length !== 1) return 'permit.pattern.seq';
  if (!pattern.includes('{year}')) return 'permit.pattern.year';
  const unknown = pattern.replace(TOKEN, '').match(/\{[^}]*\}/);
  return unknown ? 'permit.pattern.unknown' : null;
}

export function formatPermitNumber(pattern: string, v: { year: number; seq: number; district: string }): string {
  return pattern.replace(TOKEN, (_m, name: string, width?: string) => {
    if (name === 'year') return String(v.year);
    if (name === 'district') return v.district;
    return String(v.seq).padStart(width ? Number(width) : 1, '0');
  });
}

/** What a clerk sees for a permit on a given day: status first, then whether it has lapsed. */
export type PermitStanding = 'valid' | 'expiring' | 'expired' | 'suspended' | 'revoked';

export function permitStanding(
  p: { status: PermitStatus; validUntil: string },
  today: string,
  warnDays: number,
): PermitStanding {
  if (p.status !== 'valid') return p.status;
  if (p.validUntil < today) return 'expired';
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + warnDays);
  return p.validUntil <= limit.toISOString().slice(0, 10) ? 'expiring' : 'valid';
}

/** A permit for `validYears` whole years ends the day before the anniversary of its issue. */
export function permitValidUntil(issueDate: string, validYears: number): string {
  const d = new Date(`${issueDate}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + validYears);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
