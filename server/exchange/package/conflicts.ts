import type { PackageConflictRow } from '#db/schema';
import { maskCertNumber, maskResidentId } from '#domain/masking';
import { SHEET_KIND_OF, type SheetEntity } from '#domain/registers';
import type { ConflictDifference, PackageConflict } from '#server/contract/packages-types';
import type { ReadHandle } from '#server/kernel';
import { collectById } from './collect';
import { canonicalJson } from './rows';

/** Resident IDs and certificate numbers masked wherever they sit in a record (PIPL: screens show masked IDs). */
export function masked(value: unknown, key = ''): unknown {
  if (typeof value === 'string' && key === 'residentId') return maskResidentId(value);
  if (typeof value === 'string' && key === 'certNumber') return maskCertNumber(value);
  if (Array.isArray(value)) return value.map((v) => masked(v));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v, k)]));
  return value;
}

/** The record as it stands here now, in package form, to compare with what the office sent. */
export function currentLocal(tx: ReadHandle, entity: SheetEntity, id: number): Record<string, unknown> | null {
  return collectById(tx, SHEET_KIND_OF[entity], id)?.row ?? null;
}

/** How a record's natural key is shown: an institution's credit code or name / street, a resident ID masked. */
export const KEY_SHOWN: Record<SheetEntity, (naturalKey: string) => string> = {
  person: maskResidentId,
  institution: (key) => key.replace(/^(credit|name):/, '').replace('|', ' / '),
  staff: maskResidentId,
};

function differences(local: Record<string, unknown> | null, incoming: Record<string, unknown>): ConflictDifference[] {
  const fields = [...new Set([...Object.keys(incoming), ...Object.keys(local ?? {})])];
  return fields
    .filter((f) => canonicalJson(local?.[f] ?? null) !== canonicalJson(incoming[f] ?? null))
    .map((field) => ({
      field,
      local: masked(local?.[field] ?? null, field),
      incoming: masked(incoming[field] ?? null, field),
    }));
}

/**
 * A conflict as the clerk sees it: what differs between our record and the office's, IDs masked.
 * An open one is compared with our record as it is now (a colleague may have corrected it since).
 */
export function toConflict(tx: ReadHandle, r: PackageConflictRow, officeNames: Map<string, string>): PackageConflict {
  const local =
    r.status === 'open' && r.localRecordId !== null
      ? currentLocal(tx, r.entity, r.localRecordId)
      : (r.localSnapshot ?? null);
  const incoming = r.incoming;
  return {
    id: r.id,
    office: { code: r.officeCode, name: officeNames.get(r.officeCode) ?? r.officeCode },
    sequence: r.sequence,
    entity: r.entity,
    name: typeof incoming.name === 'string' ? incoming.name : '',
    keyMasked: KEY_SHOWN[r.entity](r.naturalKey),
    localRecordId: r.localRecordId,
    reason: r.reason,
    status: r.status,
    createdAt: r.createdAt,
    resolvedBy: r.resolvedBy,
    resolvedAt: r.resolvedAt,
    differences: differences(local, incoming),
  };
}
