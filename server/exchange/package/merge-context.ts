import { and, eq, isNull, sql } from 'drizzle-orm';
import { divisions, institutions, packageConflicts, recordOrigins } from '#db/schema';
import type { SheetEntity } from '#domain/registers';
import type { ServiceContext, Tx } from '#server/kernel';
import { divisionCodes } from './collect';
import { PackageRefusal } from '#server/kernel/package-refusal';
import type { DivisionRow } from './rows';

/** The entity name conflicts and record origins carry: every register that travels. */
export type Entity = SheetEntity;

/** What one import did to one register. */
export interface MergeCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  conflicts: number;
}

export const emptyCounts = (): MergeCounts => ({ inserted: 0, updated: 0, unchanged: 0, conflicts: 0 });

/** Everything a merge step needs: the transaction, who sent the package, and lookups built as it goes. */
export interface MergeContext {
  tx: Tx;
  ctx: ServiceContext;
  office: { code: string; name: string };
  sequence: number;
  /** Local divisions by code (grows as the merge creates missing ones). */
  places: Map<string, { id: number; level: DivisionRow['level'] }>;
  /** Local division codes by id, for comparing a local record with a package line. */
  codes: Map<number, string>;
  /** The package's divisions by code, to name a missing one in the refusal. */
  packageDivisions: Map<string, DivisionRow>;
  /** Local institution ids by natural key, for enrolments and employers. */
  institutions: Map<string, number>;
  /** The same, the other way round (set once the institutions are merged). */
  institutionKeysById: Map<number, string>;
  /** Open conflicts of this office (entity|key), so settling one costs a write only where there is one. */
  openConflicts: Set<string>;
}

export function makeMergeContext(
  tx: Tx,
  ctx: ServiceContext,
  office: { code: string; name: string },
  sequence: number,
  packageDivisions: DivisionRow[],
): MergeContext {
  const places = new Map(
    tx
      .select({ id: divisions.id, code: divisions.code, level: divisions.level })
      .from(divisions)
      .all()
      .map((d) => [d.code, { id: d.id, level: d.level }]),
  );
  return {
    tx,
    ctx,
    office,
    sequence,
    places,
    codes: divisionCodes(tx),
    packageDivisions: new Map(packageDivisions.map((d) => [d.code, d])),
    institutions: new Map(),
    institutionKeysById: new Map(),
    openConflicts: new Set(
      tx
        .select({ entity: packageConflicts.entity, key: packageConflicts.naturalKey })
        .from(packageConflicts)
        .where(and(eq(packageConflicts.officeCode, office.code), eq(packageConflicts.status, 'open')))
        .all()
        .map((c) => `${c.entity}|${c.key}`),
    ),
  };
}

/** The local id of a division a record names; a package that names one we cannot place is refused whole. */
export function placeId(m: MergeContext, code: string, level: DivisionRow['level']): number;
export function placeId(m: MergeContext, code: string | null, level: DivisionRow['level']): number | null;
export function placeId(m: MergeContext, code: string | null, level: DivisionRow['level']): number | null {
  if (code === null) return null;
  const local = m.places.get(code);
  if (!local || local.level !== level)
    throw new PackageRefusal('packages.division.missing', 'file', {
      code,
      name: m.packageDivisions.get(code)?.name ?? code,
    });
  return local.id;
}

/** Finds a local institution by natural key: credit code, or name in the street among those without one. */
export function findInstitutionByKey(
  tx: Pick<Tx, 'select'>,
  key: string,
  places: MergeContext['places'],
): number | null {
  if (key.startsWith('credit:')) {
    return (
      tx
        .select({ id: institutions.id })
        .from(institutions)
        .where(eq(institutions.creditCode, key.slice('credit:'.length)))
        .get()?.id ?? null
    );
  }
  const [name, streetCode] = key.slice('name:'.length).split('|');
  const street = places.get(streetCode ?? '');
  if (!name || !street) return null;
  return (
    tx
      .select({ id: institutions.id })
      .from(institutions)
      .where(and(eq(institutions.name, name), eq(institutions.streetId, street.id), isNull(institutions.creditCode)))
      .get()?.id ?? null
  );
}

/** The institution an enrolment or employer names: from this package's institutions, else already here. */
export function institutionId(m: MergeContext, key: string | null): number | null {
  if (key === null) return null;
  const id = m.institutions.get(key) ?? findInstitutionByKey(m.tx, key, m.places);
  if (id === null)
    throw new PackageRefusal('packages.reference.missing', 'file', { key: key.replace(/^(credit|name):/, '') });
  return id;
}

/** The office a record came from, or null when this office entered it. */
export function originOf(tx: Pick<Tx, 'select'>, entity: Entity, recordId: number): string | null {
  return (
    tx
      .select({ code: recordOrigins.officeCode })
      .from(recordOrigins)
      .where(and(eq(recordOrigins.entity, entity), eq(recordOrigins.recordId, recordId)))
      .get()?.code ?? null
  );
}

export function setOrigin(
  m: Pick<MergeContext, 'tx' | 'sequence'>,
  entity: Entity,
  recordId: number,
  officeCode: string,
): void {
  m.tx
    .insert(recordOrigins)
    .values({ entity, recordId, officeCode, sequence: m.sequence })
    .onConflictDoUpdate({
      target: [recordOrigins.entity, recordOrigins.recordId],
      set: { officeCode, sequence: m.sequence, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` },
    })
    .run();
}

const openConflict = (entity: Entity, officeCode: string, naturalKey: string) =>
  and(
    eq(packageConflicts.officeCode, officeCode),
    eq(packageConflicts.entity, entity),
    eq(packageConflicts.naturalKey, naturalKey),
    eq(packageConflicts.status, 'open'),
  );

/** Records (or, for a later package, refreshes) the one open conflict of this office and record. */
export function recordConflict(
  m: MergeContext,
  c: {
    entity: Entity;
    naturalKey: string;
    localRecordId: number | null;
    incoming: object;
    local: object | null;
    reason: 'differs' | 'permitTaken';
  },
): void {
  const values = {
    sequence: m.sequence,
    localRecordId: c.localRecordId,
    incoming: c.incoming as Record<string, unknown>,
    localSnapshot: c.local as Record<string, unknown> | null,
    reason: c.reason,
  };
  const existing = m.tx
    .select({ id: packageConflicts.id })
    .from(packageConflicts)
    .where(openConflict(c.entity, m.office.code, c.naturalKey))
    .get();
  if (existing) m.tx.update(packageConflicts).set(values).where(eq(packageConflicts.id, existing.id)).run();
  else
    m.tx
      .insert(packageConflicts)
      .values({ officeCode: m.office.code, entity: c.entity, naturalKey: c.naturalKey, ...values })
      .run();
  m.openConflicts.add(`${c.entity}|${c.naturalKey}`);
}

/** The office now sends what we hold: an open conflict about that record has nothing left to decide. */
export function closeSettledConflict(m: MergeContext, entity: Entity, naturalKey: string): void {
  if (!m.openConflicts.delete(`${entity}|${naturalKey}`)) return;
  m.tx
    .update(packageConflicts)
    .set({ status: 'kept', resolvedBy: m.ctx.actor, resolvedAt: new Date().toISOString() })
    .where(openConflict(entity, m.office.code, naturalKey))
    .run();
}
