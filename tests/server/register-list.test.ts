// The register list (domain/registers.ts) against every table the exchange keeps per register.
// The compiler already refuses a missing key; this catches a table that was cast into shape
// (Object.fromEntries, `as Record<…>`) or given a key the list does not have.
import { describe, expect, it } from 'vitest';
import { FIELD_ALIASES } from '#domain/exchange/field-aliases';
import { REGISTERS, SHEET_ENTITIES, SHEET_KIND_OF, SHEET_KINDS, SHEET_NAMES } from '#domain/registers';
import { SHEET_COLUMNS } from '#server/exchange/columns';
import { TABLES as EXPORT_TABLES } from '#server/exchange/export/export-service';
import { ROWS as EXPORT_ROWS } from '#server/exchange/export/sources';
import { KEY_COLUMNS } from '#server/exchange/import/register-keys';
import { BATCH_CHECKS, READERS, REGISTER_DUPLICATE } from '#server/exchange/import/validate';
import { COLLECTORS, ID_COLUMNS } from '#server/exchange/package/collect';
import { KEY_SHOWN } from '#server/exchange/package/conflicts';
import { TAKE } from '#server/exchange/package/merge';
import { PART_SCHEMAS, PARTS } from '#server/exchange/package/rows';

const keys = (table: object) => Object.keys(table).sort();
const KINDS = [...SHEET_KINDS].sort();
const ENTITIES = [...SHEET_ENTITIES].sort();

describe('one register list', () => {
  it('the travelling registers are those with a sheet, each with its own sheet name and entity', () => {
    expect(SHEET_KINDS).toEqual(Object.entries(REGISTERS).flatMap(([k, r]) => ('sheet' in r ? [k] : [])));
    expect(keys(SHEET_NAMES)).toEqual(KINDS);
    expect(new Set(Object.values(SHEET_NAMES)).size).toBe(SHEET_KINDS.length);
    expect(SHEET_ENTITIES).toEqual(SHEET_KINDS.map((k) => REGISTERS[k].entity));
    expect(Object.entries(SHEET_KIND_OF).sort()).toEqual(SHEET_KINDS.map((k) => [REGISTERS[k].entity, k]).sort());
  });

  it.each([
    ['FIELD_ALIASES (domain/exchange/field-aliases.ts)', FIELD_ALIASES],
    ['SHEET_COLUMNS (exchange/columns.ts)', SHEET_COLUMNS],
    ['READERS (exchange/import/validate.ts)', READERS],
    ['BATCH_CHECKS (exchange/import/validate.ts)', BATCH_CHECKS],
    ['REGISTER_DUPLICATE (exchange/import/validate.ts)', REGISTER_DUPLICATE],
    ['KEY_COLUMNS (exchange/import/register-keys.ts)', KEY_COLUMNS],
    ['ROWS (exchange/export/sources.ts)', EXPORT_ROWS],
    ['TABLES (exchange/export/export-service.ts)', EXPORT_TABLES],
    ['COLLECTORS (exchange/package/collect.ts)', COLLECTORS],
    ['ID_COLUMNS (exchange/package/collect.ts)', ID_COLUMNS],
  ])('%s has exactly the travelling registers', (_name, table) => {
    expect(keys(table)).toEqual(KINDS);
  });

  it.each([
    ['TAKE (exchange/package/merge.ts)', TAKE],
    ['KEY_SHOWN (exchange/package/conflicts.ts)', KEY_SHOWN],
  ])('%s has exactly the travelling registers’ entities', (_name, table) => {
    expect(keys(table)).toEqual(ENTITIES);
  });

  it('readers are filed under their own register', () => {
    for (const kind of SHEET_KINDS) expect(READERS[kind].kind).toBe(kind);
  });

  it('a package carries the divisions first, then every travelling register, institutions before the records naming them', () => {
    expect(keys(PART_SCHEMAS)).toEqual(['divisions', ...KINDS].sort());
    expect(PARTS[0]).toBe('divisions');
    expect(PARTS.indexOf('institutions')).toBeLessThan(PARTS.indexOf('persons'));
    expect(PARTS.indexOf('institutions')).toBeLessThan(PARTS.indexOf('staff'));
  });
});
