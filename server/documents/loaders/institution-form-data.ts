import type { ServiceContext } from '#server/kernel';
import { getInstitution } from '#server/services/institution-service';
import type { InstitutionFormData } from '../institution-form';
import { loadHeading } from './heading';

export function loadInstitutionForm(ctx: ServiceContext, params: { id: number }): InstitutionFormData {
  const institution = getInstitution(ctx, params.id);
  return { heading: loadHeading(ctx), institution };
}
