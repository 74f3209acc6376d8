import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { needsSurveys, persons } from '#db/schema';
import type { surveyInput } from '#domain/person/schema';
import type { Survey } from '#server/contract/types';
import { inTransaction, notFound, type ServiceContext, writeAudit } from '#server/kernel';

const toSurvey = ({ createdAt: _c, ...s }: typeof needsSurveys.$inferSelect): Survey => s;

export function listSurveys(ctx: ServiceContext, personId: number): Survey[] {
  return ctx.db
    .select()
    .from(needsSurveys)
    .where(eq(needsSurveys.personId, personId))
    .orderBy(desc(needsSurveys.surveyDate), desc(needsSurveys.id))
    .all()
    .map(toSurvey);
}

/** 摸底调查: recorded for anyone on the register, enrolled or not. */
export function addSurvey(ctx: ServiceContext, input: z.output<typeof surveyInput>): Survey {
  return inTransaction(ctx, (tx) => {
    if (!tx.select({ id: persons.id }).from(persons).where(eq(persons.id, input.personId)).get())
      throw notFound('person.notFound');
    const row = toSurvey(tx.insert(needsSurveys).values(input).returning().get());
    writeAudit(tx, ctx, { action: 'survey', entity: 'person', entityId: input.personId, after: row });
    return row;
  });
}
