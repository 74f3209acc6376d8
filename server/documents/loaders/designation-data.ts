import { invalid, type ServiceContext } from '#server/kernel';
import { getInstitution } from '#server/services/institution-service';
import type { DesignationData } from '../designation-certificate';
import { loadHeading } from './heading';

/** Only an institution the office has designated (it holds a 阳光家园 number) gets its paper. */
export function loadDesignation(ctx: ServiceContext, params: { id: number }): DesignationData {
  const i = getInstitution(ctx, params.id);
  if (!i.designationNo) throw invalid('id', 'print.designation.none');
  const { unit } = loadHeading(ctx);
  return { institution: { ...i, designationNo: i.designationNo }, unit };
}
