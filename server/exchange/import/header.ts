import { cellText, columnLetter, isBlank, type CellValue } from '#domain/exchange/cells';
import { aliasIndex, headerKeys } from '#domain/exchange/field-aliases';
import type { SheetKind } from '../columns';

/** Header rows are looked for this far down: title lines, notes and a two-row header fit. */
export const HEADER_SCAN_ROWS = 12;

export interface HeaderColumn {
  /** 0-based column index. */
  index: number;
  letter: string;
  /** The header as the sheet shows it (a two-row header's group and sub-header joined when that is what matched). */
  header: string;
  /** The register field this header names, if any (export-only fields included). */
  field: string | null;
}

export interface HeaderLayout {
  /** 1-based row of the (last) header row; data starts below it. */
  headerRow: number;
  /** True when the row above was read as a group row of merged cells. */
  twoRows: boolean;
  columns: HeaderColumn[];
  /** Distinct register fields the header names. */
  matched: number;
}

const indexes = new Map<SheetKind, Map<string, string>>();

/** Header key → field key, for one register (the table in domain/exchange/field-aliases.ts). */
function headerIndex(kind: SheetKind): Map<string, string> {
  let index = indexes.get(kind);
  if (!index) indexes.set(kind, (index = aliasIndex(kind)));
  return index;
}

export function fieldOfHeader(kind: SheetKind, header: string): string | null {
  const index = headerIndex(kind);
  for (const key of headerKeys(header)) {
    const field = index.get(key);
    if (field) return field;
  }
  return null;
}

/** One line, no blanks between Chinese characters (“姓 名”, “公民身份\n号码” as the sheet wrapped them). */
export const tidy = (header: string) =>
  header
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/gu, '')
    .trim();

const width = (rows: readonly CellValue[][], from: number, to: number) =>
  Math.max(0, ...rows.slice(from, to).map((r) => r.length));

/** Each candidate spelling of a column's header, best first; the first naming a free field wins. */
function pick(kind: SheetKind, candidates: string[], taken: Set<string>): { header: string; field: string | null } {
  for (const c of candidates) {
    const field = fieldOfHeader(kind, c);
    if (field && !taken.has(field)) return { header: c, field };
  }
  return { header: candidates.find((c) => c.trim() !== '') ?? '', field: null };
}

function layout(
  kind: SheetKind,
  headerRow: number,
  twoRows: boolean,
  columns: { candidates: string[] }[],
): HeaderLayout {
  const taken = new Set<string>();
  const out = columns.map(({ candidates }, index) => {
    const { header, field } = pick(kind, candidates, taken);
    if (field) taken.add(field);
    return { index, letter: columnLetter(index), header: tidy(header), field };
  });
  return { headerRow, twoRows, columns: out, matched: taken.size };
}

/** Row r (0-based) read as the only header row. */
function single(kind: SheetKind, rows: readonly CellValue[][], r: number): HeaderLayout {
  const row = rows[r] ?? [];
  return layout(
    kind,
    r + 1,
    false,
    Array.from({ length: width(rows, r, r + 1) }, (_, c) => ({ candidates: [cellText(row[c] ?? null)] })),
  );
}

/**
 * Rows r-1 and r read as one header: a group row whose merged cells only carry text in their
 * first column (so it is carried right across the blanks), over sub-headers. A column whose
 * sub-header is blank was merged down from the group row. “监护人” over “姓名” reads 监护人姓名.
 */
function double(kind: SheetKind, rows: readonly CellValue[][], r: number): HeaderLayout {
  const topRow = rows[r - 1] ?? [];
  const subRow = rows[r] ?? [];
  let carried = '';
  const columns = Array.from({ length: width(rows, r - 1, r + 1) }, (_, c) => {
    const own = topRow[c] ?? null;
    if (!isBlank(own)) carried = cellText(own).trim();
    const top = carried;
    const sub = cellText(subRow[c] ?? null).trim();
    if (sub === '') return { candidates: [isBlank(own) ? '' : top] };
    return { candidates: top && top !== sub ? [`${top}${sub}`, sub, top] : [sub] };
  });
  return layout(kind, r + 1, true, columns);
}

const better = (a: HeaderLayout, b: HeaderLayout) => (b.matched > a.matched ? b : a);

/** The header ending at 1-based `headerRow`: one row, or two when that names more fields. */
export function headerAt(kind: SheetKind, rows: readonly CellValue[][], headerRow: number): HeaderLayout {
  const r = headerRow - 1;
  const one = single(kind, rows, r);
  return r > 0 ? better(one, double(kind, rows, r)) : one;
}

/**
 * The row among the first few that names the most register fields; title rows above it
 * (“XX区2026年度阳光家园托养人员花名册”) name none. Null when no row names at least two.
 */
export function detectHeader(kind: SheetKind, rows: readonly CellValue[][]): HeaderLayout | null {
  let best: HeaderLayout | null = null;
  for (let row = 1; row <= Math.min(HEADER_SCAN_ROWS, rows.length); row++) {
    const candidate = headerAt(kind, rows, row);
    if (!best || candidate.matched > best.matched) best = candidate;
  }
  return best && best.matched >= 2 ? best : null;
}
