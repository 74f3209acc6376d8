import type { ServiceContext } from '../../kernel';
import { getInstitution } from '../../services/institution-service';
import type { InstitutionFormData } from '../institution-form';
import { loadHeading } from './heading';

export function loadInstitutionForm(ctx: ServiceContext, params: { id: number }): InstitutionFormData {
  const institution = getInstitution(ctx, params.id);
  return { heading: loadHeading(ctx), institution };
}
