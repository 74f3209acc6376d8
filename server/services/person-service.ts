import { asc, desc, eq } from 'drizzle-orm';
import { guardians, personPhotos, persons } from '#db/schema';
import { maskCertNumber, maskResidentId } from '#domain/masking';
import { parseResidentId } from '#domain/identity/resident-id';
import type { PersonInput } from '#domain/person/schema';
import type { PersonListQuery } from '#server/contract';
import type { AuditEntry, Page, Person, PersonForEdit, PersonListItem } from '#server/contract/types';
import { historyOf } from './history-service';
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
import { findDivision } from './division-service';
import {
  guardianRows,
  personRow,
  personSnapshot,
  type PersonSnapshot,
  personValues,
} from '#server/records/person-record';
import { countPersons, listPage, listQuery, toListItem } from './person-query';

const SORT = {
  id: persons.id,
  name: persons.namePinyin,
  birthDate: persons.birthDate,
  updatedAt: persons.updatedAt,
} as const;

export function listPersons(ctx: ServiceContext, q: PersonListQuery): Page<PersonListItem> {
  const column = SORT[q.sortField];
  const order = [q.sortOrder === 'ascend' ? asc(column) : desc(column), desc(persons.id)];
  return { data: listPage(ctx.db, q, order).map(toListItem), total: countPersons(ctx.db, q) };
}

function loadRow(tx: ReadHandle, id: number) {
  const row = listQuery(tx).where(eq(persons.id, id)).get();
  if (!row) throw notFound('person.notFound');
  return row;
}

function loadGuardians(tx: ReadHandle, personId: number) {
  return tx.select().from(guardians).where(eq(guardians.personId, personId)).orderBy(asc(guardians.sortOrder)).all();
}

function divisionName(tx: ReadHandle, id: number | null): string | null {
  return id === null ? null : (findDivision(tx, id)?.name ?? null);
}

// The row and guardians can be handed in by a caller that needs them too (the edit form).
function load(tx: ReadHandle, id: number, row = loadRow(tx, id), guardianList = loadGuardians(tx, id)): Person {
  const p = row.p;
  const { enrolment: _e, phoneMasked: _pm, ...item } = toListItem(row);
  return {
    ...item,
    certNumberMasked: maskCertNumber(p.certNumber),
    certIssueDate: p.certIssueDate,
    hukouStreetId: p.hukouStreetId,
    hukouCommunityId: p.hukouCommunityId,
    hukouStreetName: divisionName(tx, p.hukouStreetId),
    hukouCommunityName: divisionName(tx, p.hukouCommunityId),
    residenceStreetId: p.residenceStreetId,
    residenceCommunityId: p.residenceCommunityId,
    address: p.address,
    phone: p.phone,
    economicStatus: p.economicStatus,
    guardians: guardianList.map((g) => ({
      name: g.name,
      relation: g.relation,
      phone: g.phone,
      residentIdMasked: g.residentId ? maskResidentId(g.residentId) : null,
    })),
    remarks: p.remarks,
    hasPhoto: Boolean(
      tx.select({ id: personPhotos.personId }).from(personPhotos).where(eq(personPhotos.personId, id)).get(),
    ),
    version: p.version,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export function getPerson(ctx: ServiceContext, id: number): Person {
  return load(ctx.db, id);
}

/** Reading a person unmasked is itself an event of the audit trail (PIPL). */
function auditReveal(tx: Tx, ctx: ServiceContext, id: number, purpose: 'view' | 'edit'): void {
  writeAudit(tx, ctx, { action: 'reveal', entity: 'person', entityId: id, after: { purpose } });
}

export function revealPerson(ctx: ServiceContext, id: number): { residentId: string; certNumber: string } {
  return inTransaction(ctx, (tx) => {
    const p = loadRow(tx, id).p;
    auditReveal(tx, ctx, id, 'view');
    return { residentId: p.residentId, certNumber: p.certNumber };
  });
}

export function getPersonForEdit(ctx: ServiceContext, id: number): PersonForEdit {
  return inTransaction(ctx, (tx) => {
    const row = loadRow(tx, id);
    const guardianList = loadGuardians(tx, id);
    auditReveal(tx, ctx, id, 'edit');
    return {
      ...load(tx, id, row, guardianList),
      residentId: row.p.residentId,
      certNumber: row.p.certNumber,
      guardians: guardianList.map((g) => ({
        name: g.name,
        relation: g.relation,
        phone: g.phone,
        residentId: g.residentId,
      })),
    };
  });
}

/** For the form's duplicate check: who already holds this ID, if anyone. */
export function findByResidentId(ctx: ServiceContext, input: string): { id: number; name: string } | null {
  const parsed = parseResidentId(input);
  if (!parsed.ok) return null;
  return (
    ctx.db
      .select({ id: persons.id, name: persons.name })
      .from(persons)
      .where(eq(persons.residentId, parsed.value.id))
      .get() ?? null
  );
}

function checkPlace(
  tx: ReadHandle,
  streetField: string,
  streetId: number | null,
  communityField: string,
  communityId: number | null,
): void {
  const missing = streetField === 'hukouStreetId' ? 'person.hukouStreet.required' : 'person.residenceStreet.required';
  if (streetId === null) {
    if (communityId !== null) throw invalid(streetField, missing);
    return;
  }
  const s = findDivision(tx, streetId);
  if (!s || s.level !== 'street') throw invalid(streetField, missing);
  if (s.archivedAt) throw invalid(streetField, 'division.archivedChoice');
  if (communityId === null) return;
  const c = findDivision(tx, communityId);
  if (!c || c.level !== 'community' || c.parentId !== s.id)
    throw invalid(communityField, 'institution.community.notInStreet');
  if (c.archivedAt) throw invalid(communityField, 'division.archivedChoice');
}

function validate(tx: ReadHandle, input: PersonInput, selfId?: number): void {
  checkPlace(
    tx,
    'residenceStreetId',
    input.residenceStreetId as number,
    'residenceCommunityId',
    input.residenceCommunityId,
  );
  checkPlace(tx, 'hukouStreetId', input.hukouStreetId, 'hukouCommunityId', input.hukouCommunityId);
  const holder = tx
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(eq(persons.residentId, input.residentId.id))
    .get();
  if (holder && holder.id !== selfId) {
    throw conflict('residentId', 'person.residentId.duplicate', { name: holder.name, id: holder.id });
  }
}

function writeGuardians(tx: Tx, personId: number, list: PersonInput['guardians']): void {
  tx.delete(guardians).where(eq(guardians.personId, personId)).run();
  for (const row of guardianRows(personId, list)) tx.insert(guardians).values(row).run();
}

/** The person as the caller gets it, and as the audit trail keeps it (IDs masked, see records/). */
function loadWithSnapshot(tx: ReadHandle, id: number): { person: Person; snapshot: PersonSnapshot } {
  const row = loadRow(tx, id);
  const guardianList = loadGuardians(tx, id);
  const person = load(tx, id, row, guardianList);
  return { person, snapshot: personSnapshot(row.p, guardianList, person) };
}

export function createPerson(ctx: ServiceContext, input: PersonInput): Person {
  return inTransaction(ctx, (tx) => {
    validate(tx, input);
    const { id } = tx
      .insert(persons)
      .values(personRow(personValues(input)))
      .returning({ id: persons.id })
      .get();
    writeGuardians(tx, id, input.guardians);
    const after = loadWithSnapshot(tx, id);
    writeAudit(tx, ctx, { action: 'create', entity: 'person', entityId: id, after: after.snapshot });
    return after.person;
  });
}

export function updatePerson(ctx: ServiceContext, input: PersonInput & { id: number; version: number }): Person {
  return inTransaction(ctx, (tx) => {
    const before = loadWithSnapshot(tx, input.id);
    if (before.person.version !== input.version) throw conflict('version', 'institution.version.stale');
    validate(tx, input, input.id);
    tx.update(persons)
      .set({ ...personRow(personValues(input)), version: input.version + 1, updatedAt: nowIso() })
      .where(eq(persons.id, input.id))
      .run();
    writeGuardians(tx, input.id, input.guardians);
    const after = loadWithSnapshot(tx, input.id);
    writeAudit(tx, ctx, {
      action: 'update',
      entity: 'person',
      entityId: input.id,
      before: before.snapshot,
      after: after.snapshot,
    });
    return after.person;
  });
}

export function archivePerson(ctx: ServiceContext, input: { id: number; archived: boolean }): Person {
  return inTransaction(ctx, (tx) => {
    const before = loadWithSnapshot(tx, input.id);
    if (before.person.archived === input.archived) return before.person;
    tx.update(persons)
      .set({ archivedAt: input.archived ? nowIso() : null, updatedAt: nowIso(), version: before.person.version + 1 })
      .where(eq(persons.id, input.id))
      .run();
    const after = loadWithSnapshot(tx, input.id);
    writeAudit(tx, ctx, {
      action: input.archived ? 'archive' : 'restore',
      entity: 'person',
      entityId: input.id,
      before: before.snapshot,
      after: after.snapshot,
    });
    return after.person;
  });
}

export function personHistory(ctx: ServiceContext, id: number): AuditEntry[] {
  loadRow(ctx.db, id);
  return historyOf(ctx, 'person', id);
}
