import { and, asc, count, eq, inArray, isNull, or } from 'drizzle-orm';
import { institutions, persons, volunteerLinks, volunteers } from '#db/schema';
import { maskPhone } from '#domain/masking';
import { normaliseKeyword } from '#domain/search-keyword';
import type { VolunteerBackground } from '#domain/staff/enums';
import type { Page, Volunteer } from '#server/contract/types';
import { containsText } from '#server/kernel/like';
import {
  type VolunteerInput,
  volunteerRow,
  volunteerSnapshot,
  type VolunteerSnapshot,
} from '#server/records/volunteer-record';
import {
  conflict,
  inTransaction,
  invalid,
  notFound,
  nowIso,
  type ServiceContext,
  type ReadHandle,
  type Tx,
  writeAudit,
} from '#server/kernel';

function loadWithSnapshot(tx: ReadHandle, id: number): { volunteer: Volunteer; snapshot: VolunteerSnapshot } {
  const v = tx.select().from(volunteers).where(eq(volunteers.id, id)).get();
  if (!v) throw notFound('volunteer.notFound');
  const links = tx
    .select({
      institutionId: volunteerLinks.institutionId,
      institutionName: institutions.name,
      personId: volunteerLinks.personId,
      personName: persons.name,
    })
    .from(volunteerLinks)
    .leftJoin(institutions, eq(institutions.id, volunteerLinks.institutionId))
    .leftJoin(persons, eq(persons.id, volunteerLinks.personId))
    .where(eq(volunteerLinks.volunteerId, id))
    .all();
  const linked = {
    institutions: links.flatMap((l) =>
      l.institutionId !== null ? [{ id: l.institutionId, name: l.institutionName ?? '' }] : [],
    ),
    persons: links.flatMap((l) => (l.personId !== null ? [{ id: l.personId, name: l.personName ?? '' }] : [])),
  };
  const volunteer: Volunteer = {
    id: v.id,
    name: v.name,
    phone: v.phone,
    phoneMasked: v.phone ? maskPhone(v.phone) : null,
    backgrounds: v.backgrounds as VolunteerBackground[],
    organisation: v.organisation,
    hoursServed: v.hoursServed,
    ...linked,
    remarks: v.remarks,
    archived: v.archivedAt !== null,
    version: v.version,
  };
  return { volunteer, snapshot: volunteerSnapshot(v, linked) };
}

const load = (tx: ReadHandle, id: number): Volunteer => loadWithSnapshot(tx, id).volunteer;

export function listVolunteers(
  ctx: ServiceContext,
  q: { page: number; pageSize: number; keyword?: string; includeArchived: boolean },
): Page<Volunteer> {
  const keyword = normaliseKeyword(q.keyword ?? '');
  const where = and(
    q.includeArchived ? undefined : isNull(volunteers.archivedAt),
    keyword ? or(containsText(volunteers.name, keyword), containsText(volunteers.organisation, keyword)) : undefined,
  );
  const ids = ctx.db
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(where)
    .orderBy(asc(volunteers.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .all();
  return {
    data: ids.map((r) => load(ctx.db, r.id)),
    total: ctx.db.select({ n: count() }).from(volunteers).where(where).get()?.n ?? 0,
  };
}

function writeLinks(tx: Tx, volunteerId: number, input: VolunteerInput): void {
  if (input.institutionIds.length) {
    const found = tx
      .select({ id: institutions.id })
      .from(institutions)
      .where(inArray(institutions.id, input.institutionIds))
      .all();
    if (found.length !== new Set(input.institutionIds).size) throw invalid('institutionIds', 'institution.notFound');
  }
  if (input.personIds.length) {
    const found = tx.select({ id: persons.id }).from(persons).where(inArray(persons.id, input.personIds)).all();
    if (found.length !== new Set(input.personIds).size) throw invalid('personIds', 'person.notFound');
  }
  tx.delete(volunteerLinks).where(eq(volunteerLinks.volunteerId, volunteerId)).run();
  for (const institutionId of new Set(input.institutionIds))
    tx.insert(volunteerLinks).values({ volunteerId, institutionId }).run();
  for (const personId of new Set(input.personIds)) tx.insert(volunteerLinks).values({ volunteerId, personId }).run();
}

export function createVolunteer(ctx: ServiceContext, input: VolunteerInput): Volunteer {
  return inTransaction(ctx, (tx) => {
    const { id } = tx.insert(volunteers).values(volunteerRow(input)).returning({ id: volunteers.id }).get();
    writeLinks(tx, id, input);
    const after = loadWithSnapshot(tx, id);
    writeAudit(tx, ctx, { action: 'create', entity: 'volunteer', entityId: id, after: after.snapshot });
    return after.volunteer;
  });
}

export function updateVolunteer(
  ctx: ServiceContext,
  input: VolunteerInput & { id: number; version: number },
): Volunteer {
  return inTransaction(ctx, (tx) => {
    const before = loadWithSnapshot(tx, input.id);
    if (before.volunteer.version !== input.version) throw conflict('version', 'institution.version.stale');
    tx.update(volunteers)
      .set({ ...volunteerRow(input), version: input.version + 1, updatedAt: nowIso() })
      .where(eq(volunteers.id, input.id))
      .run();
    writeLinks(tx, input.id, input);
    const after = loadWithSnapshot(tx, input.id);
    writeAudit(tx, ctx, {
      action: 'update',
      entity: 'volunteer',
      entityId: input.id,
      before: before.snapshot,
      after: after.snapshot,
    });
    return after.volunteer;
  });
}

export function archiveVolunteer(ctx: ServiceContext, input: { id: number; archived: boolean }): Volunteer {
  return inTransaction(ctx, (tx) => {
    const before = loadWithSnapshot(tx, input.id);
    if (before.volunteer.archived === input.archived) return before.volunteer;
    tx.update(volunteers)
      .set({ archivedAt: input.archived ? nowIso() : null, version: before.volunteer.version + 1, updatedAt: nowIso() })
      .where(eq(volunteers.id, input.id))
      .run();
    const after = loadWithSnapshot(tx, input.id);
    writeAudit(tx, ctx, {
      action: input.archived ? 'archive' : 'restore',
      entity: 'volunteer',
      entityId: input.id,
      before: before.snapshot,
      after: after.snapshot,
    });
    return after.volunteer;
  });
}
