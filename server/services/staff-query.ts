import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { institutions, staff, workPermits } from '#db/schema';
import { today } from '#domain/dates';
import { maskPhone, maskResidentId } from '#domain/masking';
import { classifySearch } from '#domain/person/search-key';
import { containsText } from '#server/kernel/like';
import { prefixRange } from '#server/kernel/prefix-range';
import { permitStanding } from '#domain/staff/permit';
import type { PermitSummary, StaffListItem } from '#server/contract/types';
import type { ReadHandle } from '#server/kernel';

/** Days before expiry from which a permit shows as "expiring" in lists. */
export const PERMIT_WARN_DAYS = 30;

export const listSelection = { s: staff, employerName: institutions.name, permit: workPermits };

/** Staff with their employer and their most recently issued permit (a renewal keeps the same row). */
export function staffQuery(tx: ReadHandle) {
  return tx
    .select(listSelection)
    .from(staff)
    .leftJoin(institutions, eq(institutions.id, staff.employerInstitutionId))
    .leftJoin(
      workPermits,
      eq(
        workPermits.id,
        sql`(SELECT id FROM work_permits wp WHERE wp.staff_id = ${staff.id} ORDER BY wp.id DESC LIMIT 1)`,
      ),
    );
}

type Row = Awaited<ReturnType<ReturnType<typeof staffQuery>['all']>>[number];

export function toPermitSummary(p: typeof workPermits.$inferSelect, on: string = today()): PermitSummary {
  return {
    id: p.id,
    number: p.number,
    issueDate: p.issueDate,
    validUntil: p.validUntil,
    issuer: p.issuer,
    status: p.status,
    statusReason: p.statusReason,
    standing: permitStanding(p, on, PERMIT_WARN_DAYS),
  };
}

export function toStaffItem(r: Row): StaffListItem {
  const s = r.s;
  return {
    id: s.id,
    name: s.name,
    sex: s.sex,
    birthDate: s.birthDate,
    residentIdMasked: maskResidentId(s.residentId),
    phoneMasked: s.phone ? maskPhone(s.phone) : null,
    employerInstitutionId: s.employerInstitutionId,
    employerName: r.employerName,
    post: s.post as StaffListItem['post'],
    hireDate: s.hireDate,
    leaveDate: s.leaveDate,
    permit: r.permit ? toPermitSummary(r.permit) : null,
    archived: s.archivedAt !== null,
  };
}

/** Same search box as persons; staff registers are small, so an ID fragment is a plain LIKE. */
export function staffKeyword(keyword: string): SQL | undefined {
  const key = classifySearch(keyword);
  if (!key) return undefined;
  switch (key.kind) {
    case 'name':
      return or(prefixRange(sql`${staff.name}`, key.value), prefixRange(sql`substr(${staff.name}, 2)`, key.value));
    case 'pinyin':
      return or(prefixRange(sql`${staff.nameInitials}`, key.value), prefixRange(sql`${staff.namePinyin}`, key.value));
    default:
      return containsText(staff.residentId, key.value.slice(0, 18));
  }
}

/** On the register and working: not archived, and not yet left. */
export const liveStaff = (on: string) =>
  and(isNull(staff.archivedAt), or(isNull(staff.leaveDate), sql`${staff.leaveDate} > ${on}`));
