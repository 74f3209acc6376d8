import type { z } from 'zod';
import type { volunteers } from '#db/schema';
import type { volunteerFields } from '#domain/staff/schema';
import type { Lifecycle } from './lifecycle';

type Stored = typeof volunteers.$inferSelect;
export type VolunteerInput = z.output<typeof volunteerFields>;

/** The columns a create or an update writes (the links to institutions and persons live in their own table). */
export type VolunteerRow = Pick<Stored, 'name' | 'phone' | 'backgrounds' | 'organisation' | 'hoursServed' | 'remarks'>;

/** The one mapping from validated input to the row drizzle writes; fields picked one by one. */
export function volunteerRow(input: VolunteerInput): VolunteerRow {
  return {
    name: input.name,
    phone: input.phone,
    backgrounds: input.backgrounds,
    organisation: input.organisation,
    hoursServed: input.hoursServed,
    remarks: input.remarks,
  };
}

/** A linked institution or person, named as the audit trail shows it. */
export interface VolunteerLink {
  id: number;
  name: string;
}

/** What the audit trail keeps of a volunteer: the fields and links as the clerk sees them; no row id or timestamps. */
export function volunteerSnapshot(
  row: VolunteerRow & Lifecycle,
  links: { institutions: readonly VolunteerLink[]; persons: readonly VolunteerLink[] },
) {
  return {
    name: row.name,
    phone: row.phone,
    backgrounds: row.backgrounds,
    organisation: row.organisation,
    hoursServed: row.hoursServed,
    institutions: links.institutions.map((l) => ({ id: l.id, name: l.name })),
    persons: links.persons.map((l) => ({ id: l.id, name: l.name })),
    remarks: row.remarks,
    archived: row.archivedAt !== null,
    version: row.version,
  };
}

export type VolunteerSnapshot = ReturnType<typeof volunteerSnapshot>;
