import { and, asc, count, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { divisions, institutions } from '#db/schema';
import type { InstitutionInput } from '#domain/institution/schema';
import { normaliseKeyword } from '#domain/search-keyword';
import type { InstitutionService } from '#domain/institution/enums';
import type { InstitutionListQuery } from '#server/contract';
import type { AuditEntry, Institution, InstitutionStats, Page } from '#server/contract/types';
import {
  institutionRow,
  institutionSnapshot,
  type InstitutionSnapshot,
  institutionValues,
  modesOf,
} from '#server/records/institution-record';
import { findDivision } from './division-service';
import { containsText } from '#server/kernel/like';
import { historyOf } from './history-service';
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

const street = alias(divisions, 'street');
const community = alias(divisions, 'community');
type Row = typeof institutions.$inferSelect;
const selection = { row: institutions, streetName: street.name, communityName: community.name };

function toInstitution(r: { row: Row; streetName: string | null; communityName: string | null }): Institution {
  const { row } = r;
  return {
    id: row.id,
    name: row.name,
    creditCode: row.creditCode,
    registrationNo: row.registrationNo,
    registeringDept: row.registeringDept,
    ownership: row.ownership,
    modes: modesOf(row),
    streetId: row.streetId,
    streetName: r.streetName ?? '',
    communityId: row.communityId,
    communityName: r.communityName,
    address: row.address,
    beds: row.beds,
    dayPlaces: row.dayPlaces,
    floorArea: row.floorArea,
    personInCharge: row.personInCharge,
    phone: row.phone,
    services: row.services as InstitutionService[],
    serviceContent: row.serviceContent,
    designationNo: row.designationNo,
    designationDate: row.designationDate,
    status: row.status,
    remarks: row.remarks,
    archived: row.archivedAt !== null,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function baseQuery(tx: ReadHandle) {
  return tx
    .select(selection)
    .from(institutions)
    .leftJoin(street, eq(street.id, institutions.streetId))
    .leftJoin(community, eq(community.id, institutions.communityId));
}

function loadRow(tx: ReadHandle, id: number) {
  const r = baseQuery(tx).where(eq(institutions.id, id)).get();
  if (!r) throw notFound('institution.notFound');
  return r;
}

const load = (tx: ReadHandle, id: number): Institution => toInstitution(loadRow(tx, id));

/** The institution as the caller gets it, and as the audit trail keeps it (see records/). */
function loadWithSnapshot(tx: ReadHandle, id: number): { institution: Institution; snapshot: InstitutionSnapshot } {
  const r = loadRow(tx, id);
  return { institution: toInstitution(r), snapshot: institutionSnapshot(r.row, r) };
}

const sortColumns = {
  name: institutions.name,
  beds: institutions.beds,
  dayPlaces: institutions.dayPlaces,
  updatedAt: institutions.updatedAt,
  street: street.code,
} as const;

export function listInstitutions(ctx: ServiceContext, q: InstitutionListQuery): Page<Institution> {
  const where: SQL[] = [];
  if (!q.includeArchived) where.push(isNull(institutions.archivedAt));
  const keyword = normaliseKeyword(q.keyword ?? '');
  if (keyword)
    where.push(
      or(containsText(institutions.name, keyword), containsText(institutions.creditCode, keyword.toUpperCase())) as SQL,
    );
  if (q.streetId) where.push(eq(institutions.streetId, q.streetId));
  if (q.ownership) where.push(eq(institutions.ownership, q.ownership));
  if (q.status) where.push(eq(institutions.status, q.status));
  if (q.mode === 'residential') where.push(eq(institutions.modeResidential, true));
  if (q.mode === 'dayCare') where.push(eq(institutions.modeDayCare, true));
  if (q.mode === 'homeCare') where.push(eq(institutions.modeHomeCare, true));
  const condition = where.length ? and(...where) : undefined;

  const column = sortColumns[q.sortField];
  const order = q.sortOrder === 'ascend' ? asc(column) : desc(column);
  const data = baseQuery(ctx.db)
    .where(condition)
    .orderBy(order, asc(institutions.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .all()
    .map(toInstitution);
  const total =
    ctx.db
      .select({ n: count() })
      .from(institutions)
      .leftJoin(street, eq(street.id, institutions.streetId))
      .where(condition)
      .get()?.n ?? 0;
  return { data, total };
}

export function getInstitution(ctx: ServiceContext, id: number): Institution {
  return load(ctx.db, id);
}

/** Street must be a live street; the community, if given, must sit under it. */
function checkPlace(tx: ReadHandle, input: Pick<InstitutionInput, 'streetId' | 'communityId'>): void {
  const s = findDivision(tx, input.streetId as number);
  if (!s || s.level !== 'street') throw invalid('streetId', 'institution.street.required');
  if (s.archivedAt) throw invalid('streetId', 'division.archivedChoice');
  if (input.communityId !== null) {
    const c = findDivision(tx, input.communityId);
    if (!c || c.level !== 'community' || c.parentId !== s.id)
      throw invalid('communityId', 'institution.community.notInStreet');
    if (c.archivedAt) throw invalid('communityId', 'division.archivedChoice');
  }
}

function checkCreditCodeFree(tx: ReadHandle, code: string | null, selfId?: number): void {
  if (!code) return;
  const other = tx.select({ id: institutions.id }).from(institutions).where(eq(institutions.creditCode, code)).get();
  if (other && other.id !== selfId) throw conflict('creditCode', 'institution.creditCode.duplicate');
}

export function createInstitution(ctx: ServiceContext, input: InstitutionInput): Institution {
  return inTransaction(ctx, (tx) => {
    checkPlace(tx, input);
    checkCreditCodeFree(tx, input.creditCode);
    const { id } = tx
      .insert(institutions)
      .values(institutionRow(institutionValues(input)))
      .returning({ id: institutions.id })
      .get();
    const after = loadWithSnapshot(tx, id);
    writeAudit(tx, ctx, { action: 'create', entity: 'institution', entityId: id, after: after.snapshot });
    return after.institution;
  });
}

export function updateInstitution(
  ctx: ServiceContext,
  input: InstitutionInput & { id: number; version: number },
): Institution {
  return inTransaction(ctx, (tx) => {
    const before = loadWithSnapshot(tx, input.id);
    if (before.institution.version !== input.version) throw conflict('version', 'institution.version.stale');
    checkPlace(tx, input);
    checkCreditCodeFree(tx, input.creditCode, input.id);
    const { id, version } = input;
    tx.update(institutions)
      .set({ ...institutionRow(institutionValues(input)), version: version + 1, updatedAt: nowIso() })
      .where(eq(institutions.id, id))
      .run();
    const after = loadWithSnapshot(tx, id);
    writeAudit(tx, ctx, {
      action: 'update',
      entity: 'institution',
      entityId: id,
      before: before.snapshot,
      after: after.snapshot,
    });
    return after.institution;
  });
}

/** No hard delete: archived institutions leave the lists but keep their records and history. */
export function archiveInstitution(ctx: ServiceContext, input: { id: number; archived: boolean }): Institution {
  return inTransaction(ctx, (tx) => {
    const before = loadWithSnapshot(tx, input.id);
    // Archiving twice is not a second event: nothing changes and nothing is audited.
    if (before.institution.archived === input.archived) return before.institution;
    tx.update(institutions)
      .set({
        archivedAt: input.archived ? nowIso() : null,
        updatedAt: nowIso(),
        version: before.institution.version + 1,
      })
      .where(eq(institutions.id, input.id))
      .run();
    const after = loadWithSnapshot(tx, input.id);
    writeAudit(tx, ctx, {
      action: input.archived ? 'archive' : 'restore',
      entity: 'institution',
      entityId: input.id,
      before: before.snapshot,
      after: after.snapshot,
    });
    return after.institution;
  });
}

export function institutionHistory(ctx: ServiceContext, id: number): AuditEntry[] {
  load(ctx.db, id);
  return historyOf(ctx, 'institution', id);
}

export function institutionStats(ctx: ServiceContext): InstitutionStats {
  const live = isNull(institutions.archivedAt);
  const totals = ctx.db
    .select({
      total: count(),
      designated: sql<number>`coalesce(sum(${institutions.designationNo} is not null), 0)`,
      beds: sql<number>`coalesce(sum(${institutions.beds}), 0)`,
      dayPlaces: sql<number>`coalesce(sum(${institutions.dayPlaces}), 0)`,
    })
    .from(institutions)
    .where(live)
    .get();
  const streetsTotal =
    ctx.db
      .select({ n: count() })
      .from(divisions)
      .where(and(eq(divisions.level, 'street'), isNull(divisions.archivedAt)))
      .get()?.n ?? 0;
  const covered =
    ctx.db
      .select({ n: sql<number>`count(distinct ${institutions.streetId})` })
      .from(institutions)
      .where(and(live, eq(institutions.modeDayCare, true), eq(institutions.status, 'operating')))
      .get()?.n ?? 0;
  return {
    total: totals?.total ?? 0,
    designated: totals?.designated ?? 0,
    beds: totals?.beds ?? 0,
    dayPlaces: totals?.dayPlaces ?? 0,
    streetsTotal,
    streetsWithDayCare: covered,
  };
}
