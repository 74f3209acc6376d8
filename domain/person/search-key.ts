import { normaliseKeyword } from '../search-keyword';
import { normalizeIdentifier, toHalfWidth } from '../text';

/**
 * What a clerk typed into the one search box, classified so the server can use the right index:
 * digits (with X) are an ID or certificate fragment, Latin letters are pinyin, anything else is
 * (part of) a name.
 */
export type SearchKey =
  | { kind: 'idFragment'; value: string }
  | { kind: 'idPrefix'; value: string }
  | { kind: 'certNumber'; value: string }
  | { kind: 'pinyin'; value: string }
  | { kind: 'name'; value: string };

/** The trigram index answers fragments of three characters or more. */
export const MIN_ID_FRAGMENT = 3;

export function classifySearch(input: string): SearchKey | null {
  const text = toHalfWidth(normaliseKeyword(input)).replace(/\s+/g, '');
  if (!text) return null;
  if (/^[0-9xX]+[bB]?\d*$/.test(text) && /^\d/.test(text)) {
    const id = normalizeIdentifier(text);
    if (id.length > 18) return { kind: 'certNumber', value: id };
    return id.length >= MIN_ID_FRAGMENT ? { kind: 'idFragment', value: id } : { kind: 'idPrefix', value: id };
  }
  if (/^[a-zA-Z]+$/.test(text)) return { kind: 'pinyin', value: text.toLowerCase() };
  return { kind: 'name', value: text };
}

/**
 * The smallest string greater than every string starting with `prefix`, so `col >= prefix AND
 * col < upper` is an index range. UTF-8 byte order equals code-point order, so bumping the last
 * code point is enough.
 */
export function prefixUpperBound(prefix: string): string {
  const points = Array.from(prefix);
  const last = points.pop();
  if (last === undefined) return '\u{10FFFF}';
  return points.join('') + String.fromCodePoint((last.codePointAt(0) ?? 0) + 1);
}
