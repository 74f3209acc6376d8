import type Database from 'better-sqlite3';
import { classifySearch, prefixUpperBound } from '#domain/person/search-key';

/** One kind of thing a clerk types, with real values drawn from the register. */
export interface SearchCase {
  key: string;
  label: string;
  keywords: string[];
  /** The same first page (20 rows, newest first) by the shortest raw indexed query. */
  floor: (keyword: string) => { id: number }[];
}

const PAGE = 20;
const ROW = 'SELECT p.* FROM persons p';
const NEWEST = `AND p.archived_at IS NULL ORDER BY p.id DESC LIMIT ${PAGE}`;

/** Evenly spread rows of the register, so keywords come from old and new records alike. */
function spread(
  sqlite: Database.Database,
  where: string,
  count: number,
): { name: string; resident_id: string; name_initials: string }[] {
  const max = (sqlite.prepare('SELECT max(id) AS m FROM persons').get() as { m: number }).m;
  const stmt = sqlite.prepare(
    `SELECT name, resident_id, name_initials FROM persons WHERE id >= ? AND archived_at IS NULL AND ${where} ORDER BY id LIMIT 1`,
  );
  const rows: { name: string; resident_id: string; name_initials: string }[] = [];
  for (let i = 0; i < count; i++) {
    const row = stmt.get(1 + Math.floor((i * max) / count)) as (typeof rows)[number] | undefined;
    if (row) rows.push(row);
  }
  return rows;
}

export function searchCases(sqlite: Database.Database, count = 20): SearchCase[] {
  const byName = sqlite.prepare(
    `${ROW} WHERE p.id IN (SELECT id FROM persons WHERE name >= @lo AND name < @hi UNION SELECT id FROM persons WHERE substr(name, 2) >= @lo AND substr(name, 2) < @hi) ${NEWEST}`,
  );
  const byPinyin = sqlite.prepare(
    `${ROW} WHERE p.id IN (SELECT id FROM persons WHERE name_initials >= @lo AND name_initials < @hi UNION SELECT id FROM persons WHERE name_pinyin >= @lo AND name_pinyin < @hi) ${NEWEST}`,
  );
  // Driven from the trigram index in rowid order, so it stops after the first 20 live matches.
  const byIdFragment = sqlite.prepare(
    `${ROW} JOIN persons_id_fts ON persons_id_fts.rowid = p.id WHERE persons_id_fts MATCH @lo AND p.archived_at IS NULL ORDER BY persons_id_fts.rowid DESC LIMIT ${PAGE}`,
  );
  const name = (kw: string) => byName.all({ lo: kw, hi: prefixUpperBound(kw) }) as { id: number }[];
  const pinyin = (kw: string) => {
    const key = classifySearch(kw);
    const value = key?.value ?? kw;
    return byPinyin.all({ lo: value, hi: prefixUpperBound(value) }) as { id: number }[];
  };
  const idFragment = (kw: string) => byIdFragment.all({ lo: `"${kw}"` }) as { id: number }[];

  const twoChar = spread(sqlite, 'length(name) = 2', count).map((r) => r.name);
  const threeChar = spread(sqlite, 'length(name) = 3', count);
  const ids = spread(sqlite, '1', count).map((r) => r.resident_id);
  return [
    { key: 'name2', label: '2-character name', keywords: twoChar, floor: name },
    { key: 'name3', label: '3-character name', keywords: threeChar.map((r) => r.name), floor: name },
    // Six digits from the middle of real IDs (within birth date and order code), a different offset each time.
    {
      key: 'idFragment',
      label: 'ID fragment: 6 middle digits',
      keywords: ids.map((id, i) => id.slice(6 + (i % 6), 12 + (i % 6))),
      floor: idFragment,
    },
    // Digits 5–10: the tail of the area code every seeded ID shares, plus the birth year, so a
    // whole birth year (~1/60 of the register) matches: the worst case for the trigram index.
    {
      key: 'idDense',
      label: 'ID fragment: area-code tail + birth year',
      keywords: ids.map((id) => id.slice(4, 10)),
      floor: idFragment,
    },
    {
      key: 'initials',
      label: 'pinyin initials of a 3-character name',
      keywords: threeChar.map((r) => r.name_initials),
      floor: pinyin,
    },
  ];
}

const LIKE = '(p.name LIKE @kw OR p.resident_id LIKE @kw OR p.name_pinyin LIKE @kw OR p.name_initials LIKE @kw)';

/**
 * The naive search: substring LIKE over every searchable column, newest first. `page` is the
 * first page alone (stops after 20 hits); `pageAndCount` adds the total a list must show.
 */
export function likeScan(sqlite: Database.Database): {
  page: (keyword: string) => unknown;
  pageAndCount: (keyword: string) => unknown;
} {
  const page = sqlite.prepare(`${ROW} WHERE ${LIKE} ${NEWEST}`);
  const count = sqlite.prepare(`SELECT count(*) AS n FROM persons p WHERE ${LIKE} AND p.archived_at IS NULL`);
  return {
    page: (keyword) => page.all({ kw: `%${keyword}%` }),
    pageAndCount: (keyword) => [page.all({ kw: `%${keyword}%` }), count.get({ kw: `%${keyword}%` })],
  };
}

export interface FilterKey {
  streetId: number;
  category: string;
}

/** Street × category pairs for the filtered first page (no keyword). */
export function filterCase(
  sqlite: Database.Database,
  count = 20,
): { keys: FilterKey[]; floor: (k: FilterKey) => { id: number }[] } {
  const streets = sqlite
    .prepare("SELECT id FROM divisions WHERE level = 'street' AND archived_at IS NULL ORDER BY id")
    .pluck()
    .all() as number[];
  const categories = ['intellectual', 'mental', 'multiple', 'physical'];
  const keys = Array.from({ length: count }, (_, i) => ({
    streetId: streets[i % streets.length] ?? 0,
    category: categories[i % categories.length] ?? 'mental',
  }));
  const stmt = sqlite.prepare(`${ROW} WHERE p.residence_street_id = ? AND p.category = ? ${NEWEST}`);
  return { keys, floor: (k) => stmt.all(k.streetId, k.category) as { id: number }[] };
}
