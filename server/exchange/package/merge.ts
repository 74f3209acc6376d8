import { eq, inArray, max } from 'drizzle-orm';
import { divisions, institutions, persons, staff } from '#db/schema';
import { childLevel } from '#domain/division/codes';
import type { SheetKind } from '#domain/registers';
import { writeAudit } from '#server/kernel';
import { type Collected, collectById, collectPersons, collectStaff } from './collect';
import { masked } from './conflicts';
import {
  closeSettledConflict,
  emptyCounts,
  type Entity,
  findInstitutionByKey,
  type MergeContext,
  type MergeCounts,
  originOf,
  recordConflict,
  setOrigin,
} from './merge-context';
import type { PartRows } from './package-file';
import { PackageRefusal } from '#server/kernel/package-refusal';
import {
  canonicalJson,
  type DivisionRow,
  institutionKey,
  institutionRow,
  normaliseInstitution,
  normalisePerson,
  normaliseStaff,
  type PartName,
  type PartRow,
  type PersonRow,
  personRow,
  type StaffRow,
  staffRow,
} from './rows';
import { takenPermit, writeInstitution, writePerson, writeStaff, type Written } from './write-records';

export type MergeResult = Record<PartName, MergeCounts>;

const LEVEL_ORDER: Record<DivisionRow['level'], number> = { district: 0, street: 1, community: 2 };

/**
 * Divisions the package names that this register lacks are created under their parent, when the
 * parent is here and the level fits; existing divisions are the receiving office's and stay as
 * they are. A record naming a division that could not be created refuses the package later.
 */
function mergeDivisions(m: MergeContext, rows: DivisionRow[]): MergeCounts {
  const counts = emptyCounts();
  for (const d of [...rows].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level])) {
    if (m.places.has(d.code)) {
      counts.unchanged++;
      continue;
    }
    const parent = d.parentCode === null ? undefined : m.places.get(d.parentCode);
    if (!parent || childLevel(parent.level) !== d.level) continue;
    const sortOrder =
      (m.tx
        .select({ n: max(divisions.sortOrder) })
        .from(divisions)
        .where(eq(divisions.parentId, parent.id))
        .get()?.n ?? -1) + 1;
    const row = m.tx
      .insert(divisions)
      .values({
        code: d.code,
        name: d.name,
        level: d.level,
        parentId: parent.id,
        codeVerified: d.codeVerified,
        sortOrder,
        archivedAt: d.archived ? new Date().toISOString() : null,
      })
      .returning()
      .get();
    m.places.set(row.code, { id: row.id, level: row.level });
    m.codes.set(row.id, row.code);
    writeAudit(m.tx, m.ctx, {
      action: 'package.insert',
      entity: 'division',
      entityId: row.id,
      after: { code: row.code, name: row.name, office: m.office.code, sequence: m.sequence },
    });
    counts.inserted++;
  }
  return counts;
}

/** What the audit trail keeps of an update: the changed top-level fields, IDs masked (PIPL). */
function changedFields(
  before: object,
  after: object,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const out = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const k of Object.keys(a)) {
    if (canonicalJson(a[k]) === canonicalJson(b[k])) continue;
    const mask = (v: unknown) => (Array.isArray(v) ? `${v.length}` : masked(v, k));
    out.before[k] = mask(b[k]);
    out.after[k] = mask(a[k]);
  }
  return out;
}

interface Decision<R> {
  entity: Entity;
  naturalKey: string;
  incoming: R;
  local: Collected<R> | null;
  /** A reason the record cannot be written even when its origin allows it. */
  blocked?: 'permitTaken';
  write: (local: Decision<R>['local']) => Written;
}

/**
 * The rule for one record: new here → insert (origin: the sender); the sender's own → update
 * when it differs; anyone else's (ours, or another office's) and different → conflict, not
 * overwritten. Equal data writes nothing at all.
 */
function decide<R extends object>(m: MergeContext, d: Decision<R>, counts: MergeCounts): number | null {
  if (d.local && canonicalJson(d.local.row) === canonicalJson(d.incoming)) {
    closeSettledConflict(m, d.entity, d.naturalKey);
    counts.unchanged++;
    return d.local.id;
  }
  const origin = d.local ? originOf(m.tx, d.entity, d.local.id) : m.office.code;
  if (origin !== m.office.code || d.blocked) {
    recordConflict(m, {
      entity: d.entity,
      naturalKey: d.naturalKey,
      localRecordId: d.local?.id ?? null,
      incoming: d.incoming,
      local: d.local?.row ?? null,
      reason: d.blocked ?? 'differs',
    });
    counts.conflicts++;
    return d.local?.id ?? null;
  }
  const { id, snapshot } = d.write(d.local);
  setOrigin(m, d.entity, id, m.office.code);
  // A new record is kept as the service and the import keep one; an update by what it changed.
  const audit = d.local ? changedFields(d.local.row, d.incoming) : { before: null, after: snapshot() };
  writeAudit(m.tx, m.ctx, {
    action: d.local ? 'package.update' : 'package.insert',
    entity: d.entity,
    entityId: id,
    before: audit.before,
    after: { ...audit.after, office: m.office.code, sequence: m.sequence },
  });
  if (d.local) counts.updated++;
  else counts.inserted++;
  return id;
}

function mergeInstitutions(m: MergeContext, rows: PartRows['institutions']): MergeCounts {
  const counts = emptyCounts();
  unique(rows, institutionKey);
  for (const raw of rows) {
    const incoming = normaliseInstitution(raw);
    const key = institutionKey(incoming);
    // A credit code the sender added later still finds the record we hold under name and street.
    const localId =
      findInstitutionByKey(m.tx, key, m.places) ??
      (incoming.creditCode
        ? findInstitutionByKey(m.tx, institutionKey({ ...incoming, creditCode: null }), m.places)
        : null);
    const local = localId === null ? null : localRecord(m, 'institutions', localId);
    const id = decide(
      m,
      { entity: 'institution', naturalKey: key, incoming, local, write: (l) => writeInstitution(m, incoming, l) },
      counts,
    );
    if (id !== null) m.institutions.set(key, id);
  }
  return counts;
}

const CHUNK = 400;

/** A local record by id, read in package form (one record: for institutions and single takes). */
const localRecord = <K extends SheetKind>(m: MergeContext, kind: K, id: number): Collected<PartRow<K>> | null =>
  collectById(m.tx, kind, id, m.codes, m.institutionKeysById);

/** A signed package naming one record twice is malformed: refuse it rather than guess. */
function unique<R>(rows: R[], keyOf: (r: R) => string): void {
  const seen = new Set<string>();
  for (const r of rows) {
    const key = keyOf(r);
    if (seen.has(key)) throw new PackageRefusal('packages.file.tampered');
    seen.add(key);
  }
}

/**
 * Persons and staff are compared a few hundred at a time: the local records matching a chunk's
 * resident IDs are read in a handful of queries, not several per record.
 */
function mergeByResidentId<R extends PersonRow | StaffRow>(
  m: MergeContext,
  rows: R[],
  read: (ids: string[]) => Collected<R>[],
  step: (incoming: R, local: Collected<R> | null, counts: MergeCounts) => void,
): MergeCounts {
  const counts = emptyCounts();
  unique(rows, (r) => r.residentId);
  for (let at = 0; at < rows.length; at += CHUNK) {
    const chunk = rows.slice(at, at + CHUNK);
    const locals = new Map(read(chunk.map((r) => r.residentId)).map((l) => [l.row.residentId, l]));
    for (const incoming of chunk) step(incoming, locals.get(incoming.residentId) ?? null, counts);
  }
  return counts;
}

function mergePersons(m: MergeContext, rows: PartRows['persons']): MergeCounts {
  return mergeByResidentId(
    m,
    rows.map(normalisePerson),
    (ids) => collectPersons(m.tx, inArray(persons.residentId, ids), m.codes, m.institutionKeysById),
    (incoming, local, counts) =>
      decide(
        m,
        {
          entity: 'person',
          naturalKey: incoming.residentId,
          incoming,
          local,
          write: (l) => writePerson(m, incoming, l),
        },
        counts,
      ),
  );
}

function mergeStaff(m: MergeContext, rows: PartRows['staff']): MergeCounts {
  return mergeByResidentId(
    m,
    rows.map(normaliseStaff),
    (ids) => collectStaff(m.tx, inArray(staff.residentId, ids), m.codes, m.institutionKeysById),
    (incoming, local, counts) => {
      const blocked = takenPermit(m, incoming, local?.id ?? null) ? ('permitTaken' as const) : undefined;
      decide(
        m,
        {
          entity: 'staff',
          naturalKey: incoming.residentId,
          incoming,
          local,
          write: (l) => writeStaff(m, incoming, l),
          ...(blocked ? { blocked } : {}),
        },
        counts,
      );
    },
  );
}

/**
 * Institutions the package did not carry may still be named by its records; and a local record's
 * enrolments are compared using the keys the package used for the same institutions.
 */
function addLocalInstitutions(m: MergeContext): void {
  const carried = new Set(m.institutions.values());
  for (const [id, key] of localInstitutionKeys(m))
    if (!carried.has(id) && !m.institutions.has(key)) m.institutions.set(key, id);
  m.institutionKeysById = new Map([...m.institutions].map(([key, id]) => [id, key]));
}

/** The whole merge, inside the caller's one IMMEDIATE transaction; a refusal anywhere rolls all of it back. */
export function mergePackage(m: MergeContext, rows: PartRows): MergeResult {
  const divisionCounts = mergeDivisions(m, rows.divisions);
  const institutionCounts = mergeInstitutions(m, rows.institutions);
  addLocalInstitutions(m);
  return {
    divisions: divisionCounts,
    institutions: institutionCounts,
    persons: mergePersons(m, rows.persons),
    staff: mergeStaff(m, rows.staff),
  };
}

function parseStored<T>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } },
  value: unknown,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new PackageRefusal('packages.file.tampered');
  return parsed.data;
}

/**
 * 采用下级数据: writes a conflict's incoming record over the local one (found again by its natural
 * key) and makes the lower office its origin. Inside the caller's transaction.
 */
/** What taking one incoming record wrote: the local record (id and audit snapshot), and the line before and after. */
interface Taken {
  written: Written;
  before: object | null;
  after: object;
}

/** 采用下级数据 for each register that travels: the stored line checked again, the local record found by its natural key and written over. */
export const TAKE: Record<Entity, (m: MergeContext, incoming: unknown) => Taken> = {
  person: (m, incoming) => {
    const row = normalisePerson(parseStored(personRow, incoming));
    const localId =
      m.tx.select({ id: persons.id }).from(persons).where(eq(persons.residentId, row.residentId)).get()?.id ?? null;
    const local = localId === null ? null : localRecord(m, 'persons', localId);
    return { written: writePerson(m, row, local), before: local?.row ?? null, after: row };
  },
  institution: (m, incoming) => {
    const row = normaliseInstitution(parseStored(institutionRow, incoming));
    const localId = findInstitutionByKey(m.tx, institutionKey(row), m.places);
    const local = localId === null ? null : localRecord(m, 'institutions', localId);
    return { written: writeInstitution(m, row, local), before: local?.row ?? null, after: row };
  },
  staff: (m, incoming) => {
    const row = normaliseStaff(parseStored(staffRow, incoming));
    const localId =
      m.tx.select({ id: staff.id }).from(staff).where(eq(staff.residentId, row.residentId)).get()?.id ?? null;
    const taken = takenPermit(m, row, localId);
    if (taken) throw new PackageRefusal('packages.conflict.permitTaken', 'file', { number: taken });
    const local = localId === null ? null : localRecord(m, 'staff', localId);
    return { written: writeStaff(m, row, local), before: local?.row ?? null, after: row };
  },
};

export function takeIncoming(m: MergeContext, entity: Entity, incoming: unknown): number {
  addLocalInstitutions(m);
  const { written, before, after } = TAKE[entity](m, incoming);
  const { id } = written;
  setOrigin(m, entity, id, m.office.code);
  const audit = before ? changedFields(before, after) : { before: null, after: written.snapshot() };
  writeAudit(m.tx, m.ctx, {
    action: 'package.take',
    entity,
    entityId: id,
    before: audit.before,
    after: { ...audit.after, office: m.office.code, sequence: m.sequence },
  });
  return id;
}

function localInstitutionKeys(m: MergeContext): [number, string][] {
  return m.tx
    .select({
      id: institutions.id,
      name: institutions.name,
      creditCode: institutions.creditCode,
      streetId: institutions.streetId,
    })
    .from(institutions)
    .all()
    .map((i) => [
      i.id,
      institutionKey({ name: i.name, creditCode: i.creditCode, streetCode: m.codes.get(i.streetId) ?? '' }),
    ]);
}
