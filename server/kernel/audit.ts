import { auditLog } from '#db/schema';
import { nowIso } from './clock';
import type { ServiceContext } from './context';
import type { Tx } from './transaction';

/** Writes one row of the audit trail, inside the transaction of the change it records. */
export function writeAudit(
  tx: Tx,
  ctx: ServiceContext,
  entry: {
    action: string;
    entity: string;
    entityId: number | null;
    before?: object | null;
    after?: object | null;
  },
): void {
  tx.insert(auditLog)
    .values({
      at: nowIso(),
      actor: ctx.actor,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: (entry.before ?? null) as Record<string, unknown> | null,
      after: (entry.after ?? null) as Record<string, unknown> | null,
    })
    .run();
}
