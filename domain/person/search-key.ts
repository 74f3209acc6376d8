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
 * code point is enough; a last U+10FFFF cannot be bumped, so the one before it is (nothing but
 * the prefix itself lies between), and the surrogate block, which UTF-8 cannot hold, is stepped
 * over. Null when nothing is greater (an empty prefix, or one of U+10FFFF only): no upper bound.
 */
export function prefixUpperBound(prefix: string): string | null {
  const points = Array.from(prefix);
  for (let last = points.pop(); last !== undefined; last = points.pop()) {
    const cp = last.codePointAt(0) ?? 0;
    if (cp >= 0x10ffff) continue;
    const next = cp + 1 >= 0xd800 && cp + 1 <= 0xdfff ? 0xe000 : cp + 1;
    return points.join('') + String.fromCodePoint(next);
  }
  return null;
}
