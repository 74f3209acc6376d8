import { and, desc, eq } from 'drizzle-orm';
import { auditLog } from '#db/schema';
import type { RegisterEntity } from '#domain/registers';
import type { AuditEntry } from '#server/contract/types';
import type { ServiceContext } from '#server/kernel';

/** An entity's audit trail, newest first (the caller checks the entity exists). */
export function historyOf(ctx: ServiceContext, entity: RegisterEntity, id: number): AuditEntry[] {
  return ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, id)))
    .orderBy(desc(auditLog.id))
    .all();
}
