import type Database from 'better-sqlite3';
import type { RegisterDb } from '../../db';
import { auditLog } from '../../db/schema';
import type { MessageCode } from '../../domain/messages';

/** Who is acting and on which register; built per request by the host. */
export interface ServiceContext {
  db: RegisterDb;
  actor: string;
  appVersion: string;
  dataFile: string;
}

export type Tx = Parameters<Parameters<RegisterDb['transaction']>[0]>[0];

/**
 * The better-sqlite3 connection under drizzle (drizzle() attaches it as $client; RegisterDb's
 * type does not say so), for bulk paths where a prepared statement per page or per row beats
 * building a query each time: the Excel import and export.
 */
export const sqliteOf = (ctx: ServiceContext): Database.Database => (ctx.db as RegisterDb & { $client: Database.Database }).$client;

/** STORAGE: the disk refused (full, read-only, failing); see storage-errors.ts. */
export type RuleKind = 'INVALID_INPUT' | 'CONFLICT' | 'NOT_FOUND' | 'STORAGE';

export interface RuleIssue {
  field: string;
  code: MessageCode;
  params?: Record<string, string | number>;
}

/** A business rule refused the action; nothing was written. The API turns it into field errors. */
export class RuleError extends Error {
  constructor(
    readonly kind: RuleKind,
    readonly issues: RuleIssue[],
  ) {
    super(issues.map((i) => `${i.field}: ${i.code}`).join('; '));
  }
}

export const invalid = (field: string, code: MessageCode, params?: RuleIssue['params']) =>
  new RuleError('INVALID_INPUT', [{ field, code, ...(params ? { params } : {}) }]);
export const conflict = (field: string, code: MessageCode, params?: RuleIssue['params']) =>
  new RuleError('CONFLICT', [{ field, code, ...(params ? { params } : {}) }]);
export const notFound = (code: MessageCode) => new RuleError('NOT_FOUND', [{ field: 'id', code }]);

export const nowIso = () => new Date().toISOString();

/**
 * Runs one user action in one IMMEDIATE transaction (the write lock is taken up front, so two
 * windows saving at once queue instead of failing half-way).
 */
export function inTransaction<T>(ctx: ServiceContext, fn: (tx: Tx) => T): T {
  return ctx.db.transaction(fn, { behavior: 'immediate' });
}

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
