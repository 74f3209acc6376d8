import { getMeta } from '#db';
import { DEFAULT_STANDARDS, type SubsidyStandards } from '#domain/subsidy/standards';
import type { Institution, StaffListItem } from '#server/contract/types';
import type { ServiceContext } from '#server/kernel';
import { listInstitutions } from '#server/services/institution-service';
import { listPersons } from '#server/services/person-service';
import { listStaff } from '#server/services/staff-service';
import type { PersonRosterRecords, RosterData } from '../rosters';
import { loadHeading } from './heading';

/** Whole registers for print: the list services, without the page limit. */
const ALL = { page: 1, pageSize: 1_000_000 } as const;

export interface InstitutionRosterParams {
  streetId?: number;
  mode?: 'residential' | 'dayCare' | 'homeCare';
  status?: 'operating' | 'suspended' | 'closed';
}
export interface PersonRosterParams {
  streetId?: number;
  mode?: 'residential' | 'dayCare' | 'homeCare';
  status?: 'active' | 'deceased' | 'movedOut' | 'certWithdrawn';
  enrolled?: 'yes' | 'no';
}
export interface StaffRosterParams {
  employerInstitutionId?: number;
  post?: string;
}

/** The office's yearly standards (a setting with no service of its own yet), over the defaults. */
function standards(ctx: ServiceContext): SubsidyStandards {
  const raw = getMeta(ctx.db, 'subsidy_standards');
  return raw ? { ...DEFAULT_STANDARDS, ...(JSON.parse(raw) as Partial<SubsidyStandards>) } : DEFAULT_STANDARDS;
}

export function loadInstitutionRoster(
  ctx: ServiceContext,
  p: InstitutionRosterParams,
  columns: string[],
): RosterData<Institution[]> {
  const heading = loadHeading(ctx);
  const page = listInstitutions(ctx, {
    ...ALL,
    includeArchived: false,
    sortField: 'street',
    sortOrder: 'ascend',
    ...p,
  });
  return { heading, columns, records: page.data };
}

export function loadPersonRoster(
  ctx: ServiceContext,
  p: PersonRosterParams,
  columns: string[],
): RosterData<PersonRosterRecords> {
  const heading = loadHeading(ctx);
  const std = standards(ctx);
  const page = listPersons(ctx, { ...ALL, includeArchived: false, sortField: 'name', sortOrder: 'ascend', ...p });
  return { heading, columns, records: { persons: page.data, standards: std } };
}

export function loadStaffRoster(
  ctx: ServiceContext,
  p: StaffRosterParams,
  columns: string[],
): RosterData<StaffListItem[]> {
  const heading = loadHeading(ctx);
  const page = listStaff(ctx, { ...ALL, includeArchived: false, ...(p as object) });
  return { heading, columns, records: page.data };
}
