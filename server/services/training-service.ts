import { desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { qualifications, staff, trainingRecords, trainingSessions } from '#db/schema';
import type { qualificationInput, trainingInput, trainingSessionInput } from '#domain/staff/schema';
import type { Qualification, TrainingRecord } from '#server/contract/types';
import { inTransaction, invalid, notFound, type ServiceContext, type ReadHandle, writeAudit } from '#server/kernel';

function requireStaff(tx: ReadHandle, id: number, field = 'staffId'): void {
  if (!tx.select({ id: staff.id }).from(staff).where(eq(staff.id, id)).get()) {
    throw field === 'staffId' ? notFound('staff.notFound') : invalid(field, 'staff.notFound');
  }
}

const toQualification = ({ createdAt: _c, ...q }: typeof qualifications.$inferSelect): Qualification =>
  q as Qualification;
const toTraining = ({ createdAt: _c, ...t }: typeof trainingRecords.$inferSelect): TrainingRecord => t;

export function listQualifications(ctx: ServiceContext, staffId: number): Qualification[] {
  return ctx.db
    .select()
    .from(qualifications)
    .where(eq(qualifications.staffId, staffId))
    .orderBy(desc(qualifications.id))
    .all()
    .map(toQualification);
}

export function addQualification(ctx: ServiceContext, input: z.output<typeof qualificationInput>): Qualification {
  return inTransaction(ctx, (tx) => {
    requireStaff(tx, input.staffId);
    const row = toQualification(tx.insert(qualifications).values(input).returning().get());
    writeAudit(tx, ctx, { action: 'qualification', entity: 'staff', entityId: input.staffId, after: row });
    return row;
  });
}

export function listTraining(ctx: ServiceContext, staffId: number): TrainingRecord[] {
  return ctx.db
    .select()
    .from(trainingRecords)
    .where(eq(trainingRecords.staffId, staffId))
    .orderBy(desc(trainingRecords.endDate), desc(trainingRecords.id))
    .all()
    .map(toTraining);
}

export function addTraining(ctx: ServiceContext, input: z.output<typeof trainingInput>): TrainingRecord {
  return inTransaction(ctx, (tx) => {
    requireStaff(tx, input.staffId);
    const row = toTraining(tx.insert(trainingRecords).values(input).returning().get());
    writeAudit(tx, ctx, { action: 'training', entity: 'staff', entityId: input.staffId, after: row });
    return row;
  });
}

/** A session entered once with all its attendees: one transaction, one record and audit row each. */
export function addTrainingSession(
  ctx: ServiceContext,
  input: z.output<typeof trainingSessionInput>,
): { sessionId: number; records: number } {
  return inTransaction(ctx, (tx) => {
    const ids = input.attendees.map((a) => a.staffId);
    const known = new Set(
      tx
        .select({ id: staff.id })
        .from(staff)
        .where(inArray(staff.id, ids))
        .all()
        .map((r) => r.id),
    );
    const missing = input.attendees.findIndex((a) => !known.has(a.staffId));
    if (missing >= 0) throw invalid(`attendees.${missing}.staffId`, 'staff.notFound');
    const { attendees, ...course } = input;
    const session = tx.insert(trainingSessions).values(course).returning({ id: trainingSessions.id }).get();
    for (const a of attendees) {
      const row = toTraining(
        tx
          .insert(trainingRecords)
          .values({
            ...course,
            sessionId: session.id,
            staffId: a.staffId,
            result: a.result,
            certificateNo: a.certificateNo,
          })
          .returning()
          .get(),
      );
      writeAudit(tx, ctx, { action: 'training', entity: 'staff', entityId: a.staffId, after: row });
    }
    return { sessionId: session.id, records: attendees.length };
  });
}
