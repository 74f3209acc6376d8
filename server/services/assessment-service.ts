import { and, desc, eq } from 'drizzle-orm';
import { institutionAssessments, institutions } from '#db/schema';
import type { assessmentInput } from '#domain/institution/schema';
import type { z } from 'zod';
import type { Assessment } from '#server/contract/types';
import { inTransaction, notFound, type ServiceContext, writeAudit } from '#server/kernel';

type Row = typeof institutionAssessments.$inferSelect;
const toAssessment = ({ createdAt: _c, ...rest }: Row): Assessment => rest;

export function listAssessments(ctx: ServiceContext, institutionId: number): Assessment[] {
  return ctx.db
    .select()
    .from(institutionAssessments)
    .where(eq(institutionAssessments.institutionId, institutionId))
    .orderBy(desc(institutionAssessments.year))
    .all()
    .map(toAssessment);
}

/** One result per institution and year: saving the same year again corrects it (audited). */
export function saveAssessment(ctx: ServiceContext, input: z.output<typeof assessmentInput>): Assessment {
  return inTransaction(ctx, (tx) => {
    const inst = tx
      .select({ id: institutions.id })
      .from(institutions)
      .where(eq(institutions.id, input.institutionId))
      .get();
    if (!inst) throw notFound('institution.notFound');
    const where = and(
      eq(institutionAssessments.institutionId, input.institutionId),
      eq(institutionAssessments.year, input.year),
    );
    const before = tx.select().from(institutionAssessments).where(where).get();
    const row = before
      ? tx.update(institutionAssessments).set(input).where(where).returning().get()
      : tx.insert(institutionAssessments).values(input).returning().get();
    writeAudit(tx, ctx, {
      action: before ? 'assessment.update' : 'assessment.create',
      entity: 'institution',
      entityId: input.institutionId,
      before: before ? toAssessment(before) : null,
      after: toAssessment(row),
    });
    return toAssessment(row);
  });
}
