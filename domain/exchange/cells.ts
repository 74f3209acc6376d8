import { cleanUserText, toHalfWidth } from '../text';

/**
 * One spreadsheet cell as the readers hand it over: text, a number, a true/false, a date
 * (Excel date-formatted cells, read at UTC midnight) or nothing. Rich text, formula results and
 * shared strings have already been reduced to one of these.
 */
export type CellValue = string | number | boolean | Date | null;

// Every kind of blank a sheet produces: normal, full-width (U+3000), no-break and zero-width
// spaces, tabs and the line breaks of Alt+Enter.
const BLANKS = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]+/g;

// OOXML writes characters XML cannot hold as _xHHHH_ (_x000D_ for the CR of a pasted line
// break); _x005F_ escapes an underscore that would otherwise start one. Excel shows the character.
const XML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** A text cell as Excel shows it: its _xHHHH_ escapes decoded. */
export function decodeCellEscapes(s: string): string {
  return s.includes('_x') ? s.replace(XML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

/**
 * A leading apostrophe is how Excel and WPS users force text (’440305…); Excel hides it (the
 * cell's quote prefix), but sheets saved by other programs keep it in the text.
 */
export function withoutQuotePrefix(s: string): string {
  return s.replace(/^\s*['‘’`]/, '');
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.replace(BLANKS, '') === '');
}

/** A Date cell as the calendar day Excel showed (its UTC date; exceljs reads serials at UTC midnight). */
export function dateCellIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * A cell as the clerk saw it, for messages and the error report. Integers print in full (no
 * exponent up to 21 digits), so a number that lost its last digits shows them as zeros.
 */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateCellIso(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // String() prints the shortest exact form: 4.40307199001011e17 as 440307199001011000, which
  // is what Excel shows (toFixed would print the binary value's 440307199001011008).
  if (typeof value === 'number') return String(value);
  return decodeCellEscapes(value);
}

/** Free text: cleaned as every text field (cleanUserText), half-width, blanks collapsed to one space, trimmed; empty means not given. */
export function cleanText(value: CellValue): string | null {
  const s = withoutQuotePrefix(
    toHalfWidth(cleanUserText(cellText(value)))
      .replace(BLANKS, ' ')
      .trim(),
  ).trim();
  return s === '' ? null : s;
}

// The separator of minority and foreign names (阿依古丽·买买提) as IMEs and fonts type it:
// middle dot, bullet, full-width full stop (already '.' once half-width), katakana and half-width
// katakana middle dots, hyphenation point, bullet and dot operators, Greek ano teleia.
const NAME_DOTS = /[.·•・･‧∙⋅·⸱ꞏ]/g;
const CHINESE_NAME = /^[\u3400-\u9fff\uf900-\ufaff.·•・･‧∙⋅·⸱ꞏ]+$/u;

export interface NameCell {
  name: string | null;
  /** Blanks inside a Chinese name were removed (the import says so). */
  spaceRemoved: boolean;
}

/**
 * Names: sheets pad two-character names to line up with three-character ones (“王  芳”), so
 * blanks between Chinese characters go, and every form of the middle dot becomes ·; a Latin
 * name keeps single spaces.
 */
export function readName(value: CellValue): NameCell {
  const s = cleanText(value);
  if (s === null) return { name: null, spaceRemoved: false };
  const joined = s.replace(/ /g, '');
  if (!CHINESE_NAME.test(joined)) return { name: s, spaceRemoved: false };
  return { name: joined.replace(NAME_DOTS, '·'), spaceRemoved: joined !== s };
}

export function cleanName(value: CellValue): string | null {
  return readName(value).name;
}

/**
 * Header text for matching: half-width, no blanks or line breaks, without the required marks
 * (*, ※) and trailing colons templates add, Latin letters lower-case.
 */
// Numbered headers (1.姓名, 2、性别, (3)身份证号, 四、联系电话), as forms copied into a sheet number
// their items: the number is not part of the name.
const HEADER_NUMBER = /^(?:\(\d{1,3}\)|\d{1,3}[.、)]|[一二三四五六七八九十]{1,3}[、.])(?=\D)/;

export function normaliseHeader(value: CellValue): string {
  return toHalfWidth(cellText(value))
    .replace(BLANKS, '')
    .replace(/^[*※]+|[*※:]+$/g, '')
    .replace(HEADER_NUMBER, '')
    .replace(/^[*※]+/, '')
    .replace(/\((必填|选填|必填项)\)$/, '')
    .toLowerCase();
}

/** A..Z, AA.. for a 0-based column index, as Excel labels columns. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
