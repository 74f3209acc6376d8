import { z } from 'zod';
import { cleanUserText } from './text';

/**
 * C0 controls (NUL included), DEL and C1 controls. Nobody types them into a search box; they
 * arrive by paste or by a crafted request, and a NUL cuts SQLite's LIKE pattern short so that
 * `%<NUL>%` matches every row.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * What a search keyword means: control characters ignored, and the invisible characters stored
 * text never holds (cleanUserText), so a pasted zero-width space still finds the record.
 */
export function normaliseKeyword(input: string): string {
  return cleanUserText(input).replace(CONTROL_CHARS, '').trim();
}

/** The keyword of every list search: at most `max` characters once normalised; blank is no keyword. */
export const searchKeyword = (max: number) =>
  z.string().transform(normaliseKeyword).pipe(z.string().max(max)).optional();
