import { and, asc, desc, eq, gte, isNull, lte, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { getMeta, setMeta } from '#db';
import { divisions, permitSequences, staff, trainingRecords, workPermits } from '#db/schema';
import { today } from '#domain/dates';
import { issuesPermits } from '#domain/office';
import {
  checkPermitPattern,
  DEFAULT_PERMIT_PATTERN,
  formatPermitNumber,
  permitStanding,
  permitValidUntil,
} from '#domain/staff/permit';
import type { permitIssueInput, permitStatusInput } from '#domain/staff/schema';
import type { Permit, PermitWorkItem } from '#server/contract/types';
import { currentOffice } from './office-service';
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
import { liveStaff, staffQuery, toPermitSummary, toStaffItem } from './staff-query';

const PATTERN_KEY = 'permit_number_pattern';

function toPermit(p: typeof workPermits.$inferSelect): Permit {
  return {
    ...toPermitSummary(p),
    staffId: p.staffId,
    year: p.year,
    seq: p.seq,
    trainingRecordId: p.trainingRecordId,
    statusChangedAt: p.statusChangedAt,
  };
}

function loadPermit(tx: ReadHandle, id: number): typeof workPermits.$inferSelect {
  const p = tx.select().from(workPermits).where(eq(workPermits.id, id)).get();
  if (!p) throw notFound('permit.notFound');
  return p;
}

export function listPermits(ctx: ServiceContext, staffId: number): Permit[] {
  return ctx.db
    .select()
    .from(workPermits)
    .where(eq(workPermits.staffId, staffId))
    .orderBy(desc(workPermits.issueDate), desc(workPermits.id))
    .all()
    .map(toPermit);
}

/**
 * The next number of the issue year. The sequence row is bumped inside the issuing transaction,
 * so a refused or failed issue rolls the number back (no gaps), and the write lock taken by the
 * IMMEDIATE transaction serialises concurrent issuers (no reuse).
 */
function nextNumber(tx: Tx, ctx: ServiceContext, year: number): { number: string; seq: number } {
  const { last } = tx
    .insert(permitSequences)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: permitSequences.year, set: { last: sql`${permitSequences.last} + 1` } })
    .returning({ last: permitSequences.last })
    .get();
  const pattern = permitPattern(ctx);
  return { number: formatPermitNumber(pattern, { year, seq: last, district: districtCode(tx) }), seq: last };
}

/** The office's 上岗证 number pattern (系统设置), or the default. */
export function permitPattern(ctx: ServiceContext): string {
  const stored = getMeta(ctx.db, PATTERN_KEY);
  return stored && checkPermitPattern(stored) === null ? stored : DEFAULT_PERMIT_PATTERN;
}

export function permitPatternSetting(ctx: ServiceContext): { pattern: string; example: string } {
  const pattern = permitPattern(ctx);
  return {
    pattern,
    example: formatPermitNumber(pattern, { year: new Date().getFullYear(), seq: 1, district: districtCode(ctx.db) }),
  };
}

/** Changing the pattern affects numbers issued from now on; issued numbers never change. */
export function setPermitPattern(ctx: ServiceContext, pattern: string): { pattern: string; example: string } {
  const error = checkPermitPattern(pattern);
  if (error) throw invalid('pattern', error);
  inTransaction(ctx, (tx) => {
    const before = permitPattern(ctx);
    setMeta(tx, PATTERN_KEY, pattern);
    writeAudit(tx, ctx, {
      action: 'settings.permitPattern',
      entity: 'settings',
      entityId: null,
      before: { pattern: before },
      after: { pattern },
    });
  });
  return permitPatternSetting(ctx);
}

function districtCode(tx: ReadHandle): string {
  return (
    tx
      .select({ code: divisions.code })
      .from(divisions)
      .where(isNull(divisions.parentId))
      .orderBy(asc(divisions.id))
      .get()?.code ?? ''
  ).slice(0, 6);
}

/** 上岗证 only after a passed training (持证上岗), one valid permit at a time. */
export function issuePermit(ctx: ServiceContext, input: z.output<typeof permitIssueInput>): Permit {
  return inTransaction(ctx, (tx) => {
    const s = tx.select().from(staff).where(eq(staff.id, input.staffId)).get();
    if (!s) throw notFound('staff.notFound');
    if (s.archivedAt || (s.leaveDate && s.leaveDate <= input.issueDate)) throw invalid('staffId', 'permit.staffLeft');
    const training = tx
      .select({ id: trainingRecords.id })
      .from(trainingRecords)
      .where(
        and(
          eq(trainingRecords.staffId, s.id),
          eq(trainingRecords.result, 'pass'),
          lte(trainingRecords.endDate, input.issueDate),
        ),
      )
      .orderBy(desc(trainingRecords.endDate))
      .get();
    if (!training) throw invalid('staffId', 'permit.training.required');
    const current = tx
      .select()
      .from(workPermits)
      .where(
        and(
          eq(workPermits.staffId, s.id),
          eq(workPermits.status, 'valid'),
          gte(workPermits.validUntil, input.issueDate),
        ),
      )
      .get();
    if (current) throw conflict('staffId', 'permit.exists', { number: current.number });
    // A new permit would silently lift a suspension: the suspended one is reinstated or revoked first.
    const suspended = tx
      .select({ number: workPermits.number })
      .from(workPermits)
      .where(and(eq(workPermits.staffId, s.id), eq(workPermits.status, 'suspended')))
      .get();
    if (suspended) throw conflict('staffId', 'permit.suspendedExists', { number: suspended.number });
    const office = currentOffice(tx).office;
    if (office && !issuesPermits(office.level)) throw invalid('staffId', 'permit.streetOffice');
    const year = Number(input.issueDate.slice(0, 4));
    const { number, seq } = nextNumber(tx, ctx, year);
    const row = tx
      .insert(workPermits)
      .values({
        staffId: s.id,
        number,
        year,
        seq,
        issueDate: input.issueDate,
        validUntil: permitValidUntil(input.issueDate, input.validYears),
        issuer: input.issuer,
        trainingRecordId: training.id,
      })
      .returning()
      .get();
    const permit = toPermit(row);
    writeAudit(tx, ctx, { action: 'permit.issue', entity: 'staff', entityId: s.id, after: permit });
    return permit;
  });
}

const TRANSITIONS = {
  suspend: ['valid', 'suspended'],
  reinstate: ['suspended', 'valid'],
  revoke: [null, 'revoked'],
} as const;

/** Suspend, reinstate or revoke, always with a reason; a revoked permit never changes again. */
export function changePermitStatus(ctx: ServiceContext, input: z.output<typeof permitStatusInput>): Permit {
  return inTransaction(ctx, (tx) => {
    const before = loadPermit(tx, input.permitId);
    if (before.status === 'revoked') throw conflict('permitId', 'permit.revoked');
    const [from, to] = TRANSITIONS[input.action];
    if (from !== null && before.status !== from) throw conflict('permitId', 'permit.transition');
    tx.update(workPermits)
      .set({ status: to, statusReason: input.reason, statusChangedAt: nowIso() })
      .where(eq(workPermits.id, before.id))
      .run();
    const after = toPermit(loadPermit(tx, before.id));
    writeAudit(tx, ctx, {
      action: `permit.${input.action}`,
      entity: 'staff',
      entityId: before.staffId,
      before: toPermit(before),
      after,
    });
    return after;
  });
}

/** Renewal (复审延期) keeps the number and extends the validity from the new issue date. */
export function renewPermit(
  ctx: ServiceContext,
  input: { permitId: number; issueDate: string; validYears: number; issuer: string },
): Permit {
  return inTransaction(ctx, (tx) => {
    const before = loadPermit(tx, input.permitId);
    if (before.status !== 'valid')
      throw conflict('permitId', before.status === 'revoked' ? 'permit.revoked' : 'permit.transition');
    const holder = tx
      .select({ archivedAt: staff.archivedAt, leaveDate: staff.leaveDate })
      .from(staff)
      .where(eq(staff.id, before.staffId))
      .get();
    if (!holder || holder.archivedAt || (holder.leaveDate && holder.leaveDate <= input.issueDate))
      throw invalid('permitId', 'permit.staffLeft');
    // Renewing a lapsed older permit must not give the holder a second valid one beside a newer permit.
    const other = tx
      .select({ number: workPermits.number })
      .from(workPermits)
      .where(
        and(
          eq(workPermits.staffId, before.staffId),
          ne(workPermits.id, before.id),
          eq(workPermits.status, 'valid'),
          gte(workPermits.validUntil, input.issueDate),
        ),
      )
      .get();
    if (other) throw conflict('permitId', 'permit.exists', { number: other.number });
    tx.update(workPermits)
      .set({
        issueDate: input.issueDate,
        validUntil: permitValidUntil(input.issueDate, input.validYears),
        issuer: input.issuer,
      })
      .where(eq(workPermits.id, before.id))
      .run();
    const after = toPermit(loadPermit(tx, before.id));
    writeAudit(tx, ctx, {
      action: 'permit.renew',
      entity: 'staff',
      entityId: before.staffId,
      before: toPermit(before),
      after,
    });
    return after;
  });
}

/**
 * Who works without a valid permit today, and whose permit lapses within `days`: the office's
 * 持证上岗 worklist. Only staff still on the register and not yet left.
 */
export function permitWorklist(
  ctx: ServiceContext,
  q: { days: number; employerInstitutionId?: number },
): PermitWorkItem[] {
  const on = today();
  const rows = staffQuery(ctx.db)
    .where(
      and(
        liveStaff(on),
        q.employerInstitutionId === undefined
          ? undefined
          : q.employerInstitutionId === 0
            ? isNull(staff.employerInstitutionId)
            : eq(staff.employerInstitutionId, q.employerInstitutionId),
      ),
    )
    .orderBy(asc(staff.namePinyin))
    .all();
  const items: PermitWorkItem[] = [];
  for (const r of rows) {
    if (!r.permit) {
      items.push({ staff: toStaffItem(r), reason: 'noPermit' });
      continue;
    }
    const standing = permitStanding(r.permit, on, q.days);
    if (standing !== 'valid') items.push({ staff: toStaffItem(r), reason: standing });
  }
  return items;
}
