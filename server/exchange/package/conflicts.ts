import { eq } from 'drizzle-orm';
import { institutions, persons, staff, type PackageConflictRow } from '../../../db/schema';
import { maskResidentId } from '../../../domain/masking';
import type { ConflictDifference, PackageConflict } from '../../contract/packages-types';
import type { ReadHandle } from '../../kernel';
import { collectInstitutions, collectPersons, collectStaff, divisionCodes, institutionKeys } from './collect';
import { canonicalJson } from './rows';

/** Resident IDs and certificate numbers masked wherever they sit in a record (PIPL: screens show masked IDs). */
export function masked(value: unknown, key = ''): unknown {
  if (typeof value === 'string' && key === 'residentId') return maskResidentId(value);
  if (typeof value === 'string' && key === 'certNumber') return maskResidentId(value.slice(0, 18)) + value.slice(18);
  if (Array.isArray(value)) return value.map((v) => masked(v));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v, k)]));
  return value;
}

/** The record as it stands here now, in package form, to compare with what the office sent. */
export function currentLocal(tx: ReadHandle, entity: PackageConflictRow['entity'], id: number): Record<string, unknown> | null {
  const codes = divisionCodes(tx);
  if (entity === 'institution') return collectInstitutions(tx, eq(institutions.id, id), codes)[0]?.row ?? null;
  const keys = institutionKeys(tx, codes);
  if (entity === 'person') return collectPersons(tx, eq(persons.id, id), codes, keys)[0]?.row ?? null;
  return collectStaff(tx, eq(staff.id, id), codes, keys)[0]?.row ?? null;
}

function differences(local: Record<string, unknown> | null, incoming: Record<string, unknown>): ConflictDifference[] {
  const fields = [...new Set([...Object.keys(incoming), ...Object.keys(local ?? {})])];
  return fields
    .filter((f) => canonicalJson(local?.[f] ?? null) !== canonicalJson(incoming[f] ?? null))
    .map((field) => ({ field, local: masked(local?.[field] ?? null, field), incoming: masked(incoming[field] ?? null, field) }));
}

/**
 * A conflict as the clerk sees it: what differs between our record and the office's, IDs masked.
 * An open one is compared with our record as it is now (a colleague may have corrected it since).
 */
export function toConflict(tx: ReadHandle, r: PackageConflictRow, officeNames: Map<string, string>): PackageConflict {
  const local = r.status === 'open' && r.localRecordId !== null ? currentLocal(tx, r.entity, r.localRecordId) : (r.localSnapshot ?? null);
  const incoming = r.incoming;
  return {
    id: r.id,
    office: { code: r.officeCode, name: officeNames.get(r.officeCode) ?? r.officeCode },
    sequence: r.sequence,
    entity: r.entity,
    name: typeof incoming.name === 'string' ? incoming.name : '',
    keyMasked: r.entity === 'institution' ? r.naturalKey.replace(/^(credit|name):/, '').replace('|', ' / ') : maskResidentId(r.naturalKey),
    localRecordId: r.localRecordId,
    reason: r.reason,
    status: r.status,
    createdAt: r.createdAt,
    resolvedBy: r.resolvedBy,
    resolvedAt: r.resolvedAt,
    differences: differences(local, incoming),
  };
}
