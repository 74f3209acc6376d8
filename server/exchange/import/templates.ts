import { createHash } from 'node:crypto';
import { getMeta, setMeta } from '#db';
import { normaliseHeader } from '#domain/exchange/cells';
import type { RegisterDb } from '#db';
import type { Tx } from '#server/kernel';
import type { SheetKind } from '../columns';
import type { Mapping } from './row-reader';

/**
 * A remembered mapping belongs to a sheet layout: the same headers in the same order (as a
 * street sends the same template every month). The key holds a hash of the normalised headers.
 */
export function templateKey(kind: SheetKind, headers: readonly string[]): string {
  const hash = createHash('sha256')
    .update(headers.map((h) => normaliseHeader(h)).join('\u0001'))
    .digest('hex')
    .slice(0, 24);
  return `import.template.${kind}.${hash}`;
}

export function loadTemplate(db: RegisterDb | Tx, kind: SheetKind, headers: readonly string[]): Mapping | null {
  const raw = getMeta(db, templateKey(kind, headers));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (!parsed || typeof parsed !== 'object') return null;
    const mapping: Mapping = {};
    for (const [field, index] of Object.entries(parsed as Record<string, unknown>)) {
      if (
        index === null ||
        (typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < headers.length)
      )
        mapping[field] = index;
    }
    return mapping;
  } catch {
    // A damaged setting is no reason to refuse the file; the automatic mapping is used instead.
    return null;
  }
}

export function saveTemplate(tx: Tx, kind: SheetKind, headers: readonly string[], mapping: Mapping): void {
  setMeta(tx, templateKey(kind, headers), JSON.stringify(mapping));
}
