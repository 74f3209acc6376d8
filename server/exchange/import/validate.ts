import type Database from 'better-sqlite3';
import { cellText, isBlank, type CellValue } from '../../../domain/exchange/cells';
import { toHalfWidth } from '../../../domain/text';
import type { ImportProgress } from '../../contract/imports-types';
import { type ServiceContext, sqliteOf } from '../../services/context';
import { SHEET_COLUMNS, type SheetKind } from '../columns';
import type { HeaderLayout } from './header';
import { InstitutionIndex } from './institutions-index';
import { institutionRows } from './institutions-rows';
import type { KindReader, PlacementChoice, ReadEnv, RowKey } from './kinds';
import { overCapacity, personRows, type PersonRecord } from './persons-rows';
import { Places } from './places';
import type { RawSheet } from './raw-book';
import { auditMark, registerHolders } from './register-keys';
import { RowReader, type Issue, type Mapping } from './row-reader';
import { staffRows } from './staff-rows';

export type Duplicate = { of: 'file'; row: number } | { of: 'register'; id: number; name: string };

export interface RowOutcome {
  /** The spreadsheet's own row number. */
  row: number;
  errors: Issue[];
  warnings: Issue[];
  duplicate?: Duplicate;
  /** The register input, when the row can be imported. */
  record: unknown;
}

export interface Validation {
  /** Which sheet, header and mapping it was made for. */
  key: string;
  /** The register as it was when checked (see auditMark). */
  mark: number;
  kind: SheetKind;
  sheet: RawSheet;
  layout: HeaderLayout;
  mapping: Mapping;
  outcomes: RowOutcome[];
  /** Total, signature and notes rows below the data, not read as data. */
  ignored: number[];
}

const READERS: Record<SheetKind, KindReader<unknown>> = { persons: personRows, institutions: institutionRows, staff: staffRows };

/** Rows between two progress events; the process answers other requests in between. */
const PROGRESS_EVERY = 1000;

// 合计 rows and the signature lines under a roster (填表人：… 审核人：…), not data.
const FOOTER = /^(合计|总计|小计|共计|填表人|填报人|制表人|审核人|审批人|经办人|负责人|单位负责人|填报单位|填表单位|填表日期|填报日期|制表日期|说明|备注:|注:)/;

export const fieldHeader = (kind: SheetKind, field: string) => SHEET_COLUMNS[kind].find((c) => c.key === field)?.header ?? field;

export const validationKey = (sheet: string, headerRow: number, mapping: Mapping, placements?: PlacementChoice) =>
  JSON.stringify([sheet, headerRow, Object.entries(mapping).sort(([a], [b]) => a.localeCompare(b)), placements ?? null]);

function isFooter(cells: readonly CellValue[], mapped: number[]): boolean {
  if (mapped.filter((i) => !isBlank(cells[i] ?? null)).length > 4) return false;
  const first = cells.find((c) => !isBlank(c));
  return first !== undefined && FOOTER.test(toHalfWidth(cellText(first)).replace(/\s+/g, ''));
}

/**
 * Reads and checks every data row against the register's own input schema and rules, without
 * writing anything: cells that cannot be read, schema errors, places and institutions by name,
 * duplicates within the sheet (a later row names the earlier one) and against the register
 * (naming the record), and care placements against capacity. Yields progress as it goes.
 */
export async function* validateSheet(ctx: ServiceContext, kind: SheetKind, sheet: RawSheet, layout: HeaderLayout, mapping: Mapping, placements?: PlacementChoice): AsyncGenerator<ImportProgress, Validation> {
  const sqlite = sqliteOf(ctx);
  const mark = auditMark(sqlite);
  const env: ReadEnv = { places: new Places(ctx.db), institutions: new InstitutionIndex(ctx.db), ...(placements ? { placements } : {}) };
  const reader = READERS[kind];
  const labelOf = (field: string) => fieldHeader(kind, field);
  const mapped = Object.values(mapping).filter((i): i is number => i !== null);
  const outcomes: RowOutcome[] = [];
  const ignored: number[] = [];
  const firstRowOf = new Map<string, number>();
  const keysOf = new Map<RowOutcome, RowKey[]>();
  const total = Math.max(0, sheet.rows.length - layout.headerRow);

  for (let i = layout.headerRow; i < sheet.rows.length; i++) {
    const done = i - layout.headerRow;
    if (done > 0 && done % PROGRESS_EVERY === 0) {
      yield { type: 'progress', phase: 'validate', done, total };
      await new Promise((resolve) => setImmediate(resolve));
    }
    const cells = sheet.rows[i] ?? [];
    if (cells.every((c) => isBlank(c))) continue;
    const row = i + 1;
    if (isFooter(cells, mapped)) {
      ignored.push(row);
      continue;
    }
    // A row with only a 序号 (templates come pre-numbered) is an empty row.
    if (mapped.every((c) => isBlank(cells[c] ?? null))) continue;
    const r = new RowReader(cells, mapping, labelOf);
    const { record, keys } = reader.read(r, env);
    const outcome: RowOutcome = { row, errors: r.errors, warnings: r.warnings, record };
    for (const key of keys) {
      const id = `${key.type}\u0000${key.value}`;
      const first = firstRowOf.get(id);
      if (first === undefined) firstRowOf.set(id, row);
      else if (!outcome.duplicate) {
        r.fail(key.field, 'import.duplicate.inFile', { row: first, column: labelOf(key.field) });
        outcome.duplicate = { of: 'file', row: first };
        outcome.record = null;
      }
    }
    keysOf.set(outcome, keys);
    outcomes.push(outcome);
  }

  markRegisterDuplicates(sqlite, kind, outcomes, keysOf);
  if (kind === 'persons') {
    const placed = outcomes.filter((o) => o.record !== null).map((o) => ({ row: o.row, record: o.record as PersonRecord, outcome: o }));
    // Over capacity is the enrol service's warning, not a refusal: there the clerk confirms one
    // placement, here the preview lists every such row and committing is the confirmation.
    const over = new Map(overCapacity(placed, env).map((x) => [x.row, x]));
    for (const p of placed) {
      const o = over.get(p.row);
      if (o) p.outcome.warnings.push({ field: 'careInstitution', code: 'import.overCapacity', params: { used: o.used, capacity: o.capacity } });
    }
  }
  // Messages read left to right, as the clerk goes along the row.
  const at = (i: Issue) => mapping[i.field] ?? Number.MAX_SAFE_INTEGER;
  for (const o of outcomes) {
    o.errors.sort((x, y) => at(x) - at(y));
    o.warnings.sort((x, y) => at(x) - at(y));
  }
  yield { type: 'progress', phase: 'validate', done: total, total };
  return { key: validationKey(sheet.name, layout.headerRow, mapping, placements), mark, kind, sheet, layout, mapping, outcomes, ignored };
}

function markRegisterDuplicates(sqlite: Database.Database, kind: SheetKind, outcomes: RowOutcome[], keysOf: Map<RowOutcome, RowKey[]>): void {
  const byType = new Map<string, Set<string>>();
  for (const keys of keysOf.values()) {
    for (const k of keys) {
      let set = byType.get(k.type);
      if (!set) byType.set(k.type, (set = new Set()));
      set.add(k.value);
    }
  }
  const holders = new Map([...byType].map(([type, values]) => [type, registerHolders(sqlite, kind, type, [...values])]));
  for (const outcome of outcomes) {
    if (outcome.duplicate) continue;
    for (const key of keysOf.get(outcome) ?? []) {
      const holder = holders.get(key.type)?.get(key.value);
      if (!holder) continue;
      const code = kind === 'persons' ? 'import.duplicate.person' : kind === 'staff' ? 'import.duplicate.staff' : key.type === 'creditCode' ? 'import.duplicate.institution' : 'import.duplicate.institutionName';
      if (!outcome.errors.some((e) => e.field === key.field)) outcome.errors.push({ field: key.field, code, params: { name: holder.name } });
      outcome.duplicate = { of: 'register', id: holder.id, name: holder.name };
      outcome.record = null;
      break;
    }
  }
}
