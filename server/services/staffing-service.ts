import { asc } from 'drizzle-orm';
import { staff } from '#db/schema';
import { today } from '#domain/dates';
import { permitStanding } from '#domain/staff/permit';
import type { StaffingRow } from '#server/contract/types';
import type { ServiceContext } from '#server/kernel';
import { liveStaff, staffQuery } from './staff-query';

/** Head counts per employer and post, with how many hold a valid permit (持证上岗率). */
export function staffingCounts(ctx: ServiceContext): StaffingRow[] {
  const on = today();
  const rows = staffQuery(ctx.db).where(liveStaff(on)).orderBy(asc(staff.employerInstitutionId)).all();
  const byEmployer = new Map<number | null, StaffingRow>();
  for (const r of rows) {
    const key = r.s.employerInstitutionId;
    const row = byEmployer.get(key) ?? {
      employerInstitutionId: key,
      employerName: r.employerName,
      counts: {},
      total: 0,
      withValidPermit: 0,
    };
    const post = r.s.post as keyof StaffingRow['counts'];
    row.counts[post] = (row.counts[post] ?? 0) + 1;
    row.total += 1;
    if (r.permit && ['valid', 'expiring'].includes(permitStanding(r.permit, on, 0))) row.withValidPermit += 1;
    byEmployer.set(key, row);
  }
  return [...byEmployer.values()];
}
