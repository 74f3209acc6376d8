import { formatDateZh, today } from '#domain/dates';
import { LABELS } from '#domain/labels';
import { conflict, invalid, type ServiceContext } from '#server/kernel';
import { getStaff } from '#server/services/staff-service';
import type { PermitHolder } from '../permit-holder';
import { photoUrl } from './photo';

/**
 * What a 上岗证 shows, only for a permit in force today (valid, or valid but expiring soon) held
 * by someone still working: paper must never say more than the register does.
 */
export function loadPermitHolder(ctx: ServiceContext, params: { staffId: number }): PermitHolder {
  const s = getStaff(ctx, params.staffId);
  const p = s.permit;
  if (!p) throw invalid('staffId', 'print.permit.none');
  if (p.standing !== 'valid' && p.standing !== 'expiring')
    throw conflict('staffId', 'print.permit.notValid', { number: p.number });
  if (s.archived || (s.leaveDate !== null && s.leaveDate <= today())) throw invalid('staffId', 'permit.staffLeft');
  return {
    staffId: s.id,
    name: s.name,
    sex: s.sex === 'male' ? '男' : '女',
    residentIdMasked: s.residentIdMasked,
    employer: s.employerName ?? '区残联公益岗',
    post: LABELS.post[s.post] ?? s.post,
    number: p.number,
    issueDate: formatDateZh(p.issueDate),
    validUntil: formatDateZh(p.validUntil),
    issuer: p.issuer,
    photo: photoUrl(ctx, 'staff', s.id),
  };
}
