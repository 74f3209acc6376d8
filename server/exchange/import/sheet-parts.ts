import { normaliseHeader } from '#domain/exchange/cells';
import type { HeaderLayout } from './header';

/**
 * Where each column of the first sheet's header is in another sheet's: by the header's text
 * (sheets of one street list per community rarely keep the same column order), or, for a column
 * with no header text, at the same place. Null where the other sheet has no such column.
 */
export function matchColumns(first: HeaderLayout, other: HeaderLayout): (number | null)[] {
  const byHeader = new Map<string, number>();
  for (const c of other.columns) {
    const key = normaliseHeader(c.header);
    if (key !== '' && !byHeader.has(key)) byHeader.set(key, c.index);
  }
  return first.columns.map((c) => {
    const key = normaliseHeader(c.header);
    if (key === '') return other.columns[c.index] ? c.index : null;
    return byHeader.get(key) ?? null;
  });
}
