import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { enrolments, institutions, persons } from '#db/schema';
import { maskResidentId } from '#domain/masking';
import type { CareMode } from '#domain/institution/enums';
import { placesFor } from '#domain/institution/capacity';
import { statusAfterExit } from '#domain/person/enums';
import type { z } from 'zod';
import type { enrolInput, exitInput } from '#domain/person/schema';
import type { Enrolment, InstitutionRecipients, Occupancy } from '#server/contract/types';
import {
  conflict,
  inTransaction,
  invalid,
  notFound,
  nowIso,
  type ServiceContext,
  type ReadHandle,
  writeAudit,
} from '#server/kernel';

const selection = { e: enrolments, institutionName: institutions.name };
const toEnrolment = (r: { e: typeof enrolments.$inferSelect; institutionName: string | null }): Enrolment => ({
  id: r.e.id,
  personId: r.e.personId,
  mode: r.e.mode,
  institutionId: r.e.institutionId,
  institutionName: r.institutionName,
  startDate: r.e.startDate,
  endDate: r.e.endDate,
  exitReason: r.e.exitReason,
  remarks: r.e.remarks,
});

function loadEnrolment(tx: ReadHandle, id: number): Enrolment {
  const r = tx
    .select(selection)
    .from(enrolments)
    .leftJoin(institutions, eq(institutions.id, enrolments.institutionId))
    .where(eq(enrolments.id, id))
    .get();
  if (!r) throw notFound('enrolment.notFound');
  return toEnrolment(r);
}

export function listEnrolments(ctx: ServiceContext, personId: number): Enrolment[] {
  return ctx.db
    .select(selection)
    .from(enrolments)
    .leftJoin(institutions, eq(institutions.id, enrolments.institutionId))
    .where(eq(enrolments.personId, personId))
    .orderBy(desc(enrolments.startDate), desc(enrolments.id))
    .all()
    .map(toEnrolment);
}

function openCount(tx: ReadHandle, institutionId: number, mode: CareMode): number {
  return (
    tx
      .select({ n: count() })
      .from(enrolments)
      .where(and(eq(enrolments.institutionId, institutionId), eq(enrolments.mode, mode), isNull(enrolments.endDate)))
      .get()?.n ?? 0
  );
}

const occupancy = (used: number, capacity: number): Occupancy => ({
  used,
  capacity,
  rate: capacity > 0 ? Math.round((used * 1000) / capacity) / 10 : null,
});

const OFFERS: Record<CareMode, 'modeResidential' | 'modeDayCare' | 'modeHomeCare'> = {
  residential: 'modeResidential',
  dayCare: 'modeDayCare',
  homeCare: 'modeHomeCare',
};

/**
 * Enrols a person in care. One open enrolment per person; the institution must offer the mode;
 * going past its beds or day places needs the clerk's explicit go-ahead.
 */
export function enrol(ctx: ServiceContext, input: z.output<typeof enrolInput>): Enrolment {
  return inTransaction(ctx, (tx) => {
    const person = tx.select().from(persons).where(eq(persons.id, input.personId)).get();
    if (!person) throw notFound('person.notFound');
    if (person.archivedAt || person.status !== 'active') throw invalid('personId', 'enrolment.person.notActive');
    const open = tx
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(and(eq(enrolments.personId, person.id), isNull(enrolments.endDate)))
      .get();
    if (open) throw conflict('personId', 'enrolment.active.exists');
    // Care periods of one person never overlap: a new one starts after the last one ended.
    const lastEnd = tx
      .select({ end: sql<string | null>`max(${enrolments.endDate})` })
      .from(enrolments)
      .where(eq(enrolments.personId, person.id))
      .get()?.end;
    if (lastEnd && input.startDate < lastEnd) throw invalid('startDate', 'enrolment.overlap', { date: lastEnd });
    if (input.institutionId !== null) {
      const inst = tx.select().from(institutions).where(eq(institutions.id, input.institutionId)).get();
      if (!inst || inst.archivedAt) throw invalid('institutionId', 'institution.notFound');
      if (!inst[OFFERS[input.mode]]) throw invalid('institutionId', 'enrolment.institution.modeNotOffered');
      const capacity = placesFor(inst, input.mode);
      if (capacity !== null && !input.acceptOverCapacity) {
        const used = openCount(tx, inst.id, input.mode);
        if (used + 1 > capacity) throw conflict('institutionId', 'enrolment.overCapacity', { used, capacity });
      }
    }
    const row = tx
      .insert(enrolments)
      .values({ personId: person.id, mode: input.mode, institutionId: input.institutionId, startDate: input.startDate })
      .returning()
      .get();
    const after = loadEnrolment(tx, row.id);
    writeAudit(tx, ctx, { action: 'enrol', entity: 'person', entityId: person.id, after });
    return after;
  });
}

export function exitEnrolment(ctx: ServiceContext, input: z.output<typeof exitInput>): Enrolment {
  return inTransaction(ctx, (tx) => {
    const before = loadEnrolment(tx, input.enrolmentId);
    if (before.endDate !== null) throw conflict('enrolmentId', 'enrolment.alreadyEnded');
    if (input.endDate < before.startDate) throw invalid('endDate', 'enrolment.endBeforeStart');
    tx.update(enrolments)
      .set({ endDate: input.endDate, exitReason: input.exitReason, remarks: input.remarks })
      .where(eq(enrolments.id, before.id))
      .run();
    const status = statusAfterExit(input.exitReason);
    // A new version, so an edit form opened before the exit cannot silently put the old status back.
    if (status) {
      tx.update(persons)
        .set({ status, updatedAt: nowIso(), version: sql`${persons.version} + 1` })
        .where(eq(persons.id, before.personId))
        .run();
    }
    const after = loadEnrolment(tx, before.id);
    writeAudit(tx, ctx, { action: 'exit', entity: 'person', entityId: before.personId, before, after });
    return after;
  });
}

export function institutionRecipients(ctx: ServiceContext, institutionId: number): InstitutionRecipients {
  const inst = ctx.db.select().from(institutions).where(eq(institutions.id, institutionId)).get();
  if (!inst) throw notFound('institution.notFound');
  const rows = ctx.db
    .select({ e: enrolments, p: persons })
    .from(enrolments)
    .innerJoin(persons, eq(persons.id, enrolments.personId))
    .where(and(eq(enrolments.institutionId, institutionId), isNull(enrolments.endDate)))
    .orderBy(asc(enrolments.mode), asc(persons.namePinyin))
    .all();
  const used = (mode: CareMode) => rows.filter((r) => r.e.mode === mode).length;
  return {
    recipients: rows.map(({ e, p }) => ({
      enrolmentId: e.id,
      personId: p.id,
      name: p.name,
      sex: p.sex,
      birthDate: p.birthDate,
      residentIdMasked: maskResidentId(p.residentId),
      mode: e.mode,
      startDate: e.startDate,
    })),
    residential: occupancy(used('residential'), inst.beds),
    dayCare: occupancy(used('dayCare'), inst.dayPlaces),
  };
}
