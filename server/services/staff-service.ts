import { and, asc, count, eq, isNull, type SQL } from 'drizzle-orm';
import { institutions, staff, staffPhotos } from '#db/schema';
import type { StaffInput } from '#domain/staff/schema';
import type { StaffListQuery } from '#server/contract';
import type { AuditEntry, Page, Staff, StaffForEdit, StaffListItem } from '#server/contract/types';
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
import { historyOf } from './history-service';
import { staffRow, staffSnapshot, type StaffSnapshot, staffValues } from '#server/records/staff-record';
import { staffKeyword, staffQuery, toStaffItem } from './staff-query';

function conditions(q: StaffListQuery): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (!q.includeArchived) where.push(isNull(staff.archivedAt));
  if (q.keyword) where.push(staffKeyword(q.keyword));
  if (q.employerInstitutionId !== undefined) {
    where.push(
      q.employerInstitutionId === 0
        ? isNull(staff.employerInstitutionId)
        : eq(staff.employerInstitutionId, q.employerInstitutionId),
    );
  }
  if (q.post) where.push(eq(staff.post, q.post));
  return and(...where);
}

export function listStaff(ctx: ServiceContext, q: StaffListQuery): Page<StaffListItem> {
  const where = conditions(q);
  const data = staffQuery(ctx.db)
    .where(where)
    .orderBy(asc(staff.namePinyin), asc(staff.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .all()
    .map(toStaffItem);
  const total = ctx.db.select({ n: count() }).from(staff).where(where).get()?.n ?? 0;
  return { data, total };
}

function loadRow(tx: ReadHandle, id: number) {
  const row = staffQuery(tx).where(eq(staff.id, id)).get();
  if (!row) throw notFound('staff.notFound');
  return row;
}

function load(tx: ReadHandle, id: number, row = loadRow(tx, id)): Staff {
  return {
    ...toStaffItem(row),
    phone: row.s.phone,
    remarks: row.s.remarks,
    hasPhoto: Boolean(
      tx.select({ id: staffPhotos.staffId }).from(staffPhotos).where(eq(staffPhotos.staffId, id)).get(),
    ),
    version: row.s.version,
  };
}

export const getStaff = (ctx: ServiceContext, id: number): Staff => load(ctx.db, id);

/** Unmasked reads are audited (PIPL), for viewing and for the edit form alike. */
export function getStaffForEdit(ctx: ServiceContext, id: number): StaffForEdit {
  return inTransaction(ctx, (tx) => {
    const row = loadRow(tx, id);
    writeAudit(tx, ctx, { action: 'reveal', entity: 'staff', entityId: id, after: { purpose: 'edit' } });
    return { ...load(tx, id, row), residentId: row.s.residentId };
  });
}

export function revealStaff(ctx: ServiceContext, id: number): { residentId: string } {
  return inTransaction(ctx, (tx) => {
    const residentId = loadRow(tx, id).s.residentId;
    writeAudit(tx, ctx, { action: 'reveal', entity: 'staff', entityId: id, after: { purpose: 'view' } });
    return { residentId };
  });
}

function validate(tx: ReadHandle, input: StaffInput, before?: Staff): void {
  const selfId = before?.id;
  // An unchanged employer stays acceptable after it is archived (e.g. to record a leaving date).
  if (input.employerInstitutionId !== null && input.employerInstitutionId !== before?.employerInstitutionId) {
    const inst = tx
      .select({ id: institutions.id, archivedAt: institutions.archivedAt })
      .from(institutions)
      .where(eq(institutions.id, input.employerInstitutionId))
      .get();
    if (!inst || inst.archivedAt) throw invalid('employerInstitutionId', 'staff.employer.invalid');
  }
  const holder = tx
    .select({ id: staff.id, name: staff.name })
    .from(staff)
    .where(eq(staff.residentId, input.residentId.id))
    .get();
  if (holder && holder.id !== selfId) throw conflict('residentId', 'staff.residentId.duplicate', { name: holder.name });
}

/** The staff member as the caller gets it, and as the audit trail keeps it (ID masked, see records/). */
function loadWithSnapshot(tx: ReadHandle, id: number): { staff: Staff; snapshot: StaffSnapshot } {
  const row = loadRow(tx, id);
  return { staff: load(tx, id, row), snapshot: staffSnapshot(row.s, row.employerName) };
}

export function createStaff(ctx: ServiceContext, input: StaffInput): Staff {
  return inTransaction(ctx, (tx) => {
    validate(tx, input);
    const { id } = tx
      .insert(staff)
      .values(staffRow(staffValues(input)))
      .returning({ id: staff.id })
      .get();
    const after = loadWithSnapshot(tx, id);
    writeAudit(tx, ctx, { action: 'create', entity: 'staff', entityId: id, after: after.snapshot });
    return after.staff;
  });
}

export function updateStaff(ctx: ServiceContext, input: StaffInput & { id: number; version: number }): Staff {
  return inTransaction(ctx, (tx) => {
    const before = loadWithSnapshot(tx, input.id);
    if (before.staff.version !== input.version) throw conflict('version', 'institution.version.stale');
    validate(tx, input, before.staff);
    tx.update(staff)
      .set({ ...staffRow(staffValues(input)), version: input.version + 1, updatedAt: nowIso() })
      .where(eq(staff.id, input.id))
      .run();
    const after = loadWithSnapshot(tx, input.id);
    writeAudit(tx, ctx, {
      action: 'update',
      entity: 'staff',
      entityId: input.id,
      before: before.snapshot,
      after: after.snapshot,
    });
    return after.staff;
  });
}

export function archiveStaff(ctx: ServiceContext, input: { id: number; archived: boolean }): Staff {
  return inTransaction(ctx, (tx) => {
    const before = loadWithSnapshot(tx, input.id);
    if (before.staff.archived === input.archived) return before.staff;
    tx.update(staff)
      .set({ archivedAt: input.archived ? nowIso() : null, updatedAt: nowIso(), version: before.staff.version + 1 })
      .where(eq(staff.id, input.id))
      .run();
    const after = loadWithSnapshot(tx, input.id);
    writeAudit(tx, ctx, {
      action: input.archived ? 'archive' : 'restore',
      entity: 'staff',
      entityId: input.id,
      before: before.snapshot,
      after: after.snapshot,
    });
    return after.staff;
  });
}

export function staffHistory(ctx: ServiceContext, id: number): AuditEntry[] {
  loadRow(ctx.db, id);
  return historyOf(ctx, 'staff', id);
}
