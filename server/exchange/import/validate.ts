import type Database from 'better-sqlite3';
import { cellText, isBlank, type CellValue } from '#domain/exchange/cells';
import type { MessageCode } from '#domain/messages';
import { toHalfWidth } from '#domain/text';
import type { ImportPreview, ImportProgress } from '#server/contract/imports-types';
import { type ServiceContext, sqliteOf } from '#server/kernel';
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

export type Duplicate = { of: 'file'; row: number; sheet: string } | { of: 'register'; id: number; name: string };

/** One chosen sheet with its own header row and the mapping translated to its columns. */
export interface SheetPart {
  sheet: RawSheet;
  layout: HeaderLayout;
  mapping: Mapping;
}

/**
 * A row that has something to say: errors, warnings or both. Rows that are simply valid keep
 * nothing here (a 1,048,576-row sheet would otherwise hold a million records); the commit reads
 * them again from the sheet, which gives the same records while the register is unchanged.
 */
export interface RowOutcome {
  /** Index into Validation.parts. */
  part: number;
  /** The spreadsheet's own row number. */
  row: number;
  errors: Issue[];
  warnings: Issue[];
  duplicate?: Duplicate;
}

/** The counts a validation shares with the preview the clerk sees (one definition, in the contract). */
type PreviewCounts = Pick<
  ImportPreview,
  'totalRows' | 'validRows' | 'errorRows' | 'duplicatesInFile' | 'duplicatesInRegister' | 'enrolments'
>;

export interface Validation extends PreviewCounts {
  /** Which sheets, headers and mapping it was made for. */
  key: string;
  /** The register as it was when checked (see auditMark). */
  mark: number;
  kind: SheetKind;
  /** The chosen sheets; the first is the one the clerk mapped. */
  parts: SheetPart[];
  /** Rows with errors or warnings, sheet by sheet in row order. */
  outcomes: RowOutcome[];
  /** Total, signature and notes rows below the data, not read as data. */
  ignored: { part: number; row: number }[];
  /** The clerk's answer on care start dates, which the commit's pass must read the rows with too. */
  placements: PlacementChoice | undefined;
}

/** A valid row as the pass hands it to the commit. */
export interface ValidRow {
  part: SheetPart;
  row: number;
  record: unknown;
}

/** Each register's row reader; the mapped type keeps a reader under its own register's key. */
export const READERS: { [K in SheetKind]: KindReader<unknown, K> } = {
  persons: personRows,
  institutions: institutionRows,
  staff: staffRows,
};

/** Rows between two progress events; the process answers other requests in between. Also the batch for register look-ups. */
const PROGRESS_EVERY = 1000;

// 合计 rows and the signature lines under a roster (填表人：… 审核人：…), not data.
const FOOTER =
  /^(合计|总计|小计|共计|填表人|填报人|制表人|审核人|审批人|经办人|负责人|单位负责人|填报单位|填表单位|填表日期|填报日期|制表日期|说明|备注:|注:)/;

export const fieldHeader = (kind: SheetKind, field: string) =>
  SHEET_COLUMNS[kind].find((c) => c.key === field)?.header ?? field;

export const validationKey = (
  parts: readonly { sheet: RawSheet; layout: HeaderLayout; mapping: Mapping }[],
  placements?: PlacementChoice,
) =>
  JSON.stringify([
    parts.map((p) => [
      p.sheet.name,
      p.layout.headerRow,
      Object.entries(p.mapping).sort(([a], [b]) => a.localeCompare(b)),
    ]),
    placements ?? null,
  ]);

function isFooter(cells: readonly CellValue[], mapped: number[]): boolean {
  if (mapped.filter((i) => !isBlank(cells[i] ?? null)).length > 4) return false;
  const first = cells.find((c) => !isBlank(c));
  return first !== undefined && FOOTER.test(toHalfWidth(cellText(first)).replace(/\s+/g, ''));
}

/** A row read, waiting for the register look-up and capacity check at the end of its batch. */
interface Pending {
  outcome: RowOutcome;
  record: unknown;
  keys: RowKey[];
}

/** Where a key was first seen: part and row packed in one small number (rows ≤ 2^21). */
const ROW_BITS = 2 ** 21;

/**
 * The one pass over every data row of the chosen sheets, shared by the preview (which counts
 * and keeps the rows with something to say) and the commit (which also gets every valid row's
 * record). Checks each row against the register's own input schema and rules without writing
 * anything: cells that cannot be read, schema errors, places and institutions by name,
 * duplicates within the file (a later row names the earlier one, on whichever sheet) and
 * against the register (naming the record), and care placements against capacity. A sync
 * generator yielding progress, so the preview can pause between batches and the commit, inside
 * its transaction, cannot.
 */
export function* checkRows(
  ctx: ServiceContext,
  kind: SheetKind,
  parts: readonly SheetPart[],
  placements: PlacementChoice | undefined,
  onValid?: (row: ValidRow) => void,
): Generator<ImportProgress, Validation> {
  const sqlite = sqliteOf(ctx);
  const mark = auditMark(sqlite);
  const env: ReadEnv = {
    places: new Places(ctx.db),
    institutions: new InstitutionIndex(ctx.db),
    ...(placements ? { placements } : {}),
  };
  const reader = READERS[kind];
  const labelOf = (field: string) => fieldHeader(kind, field);
  const v: Validation = {
    key: validationKey(parts, placements),
    mark,
    kind,
    parts: [...parts],
    outcomes: [],
    totalRows: 0,
    validRows: 0,
    errorRows: 0,
    duplicatesInFile: 0,
    duplicatesInRegister: 0,
    enrolments: 0,
    ignored: [],
    placements,
  };
  const firstRowOf = new Map<string, number>();
  const total = parts.reduce((sum, p) => sum + Math.max(0, p.sheet.rowCount - p.layout.headerRow), 0);
  let done = 0;
  let batch: Pending[] = [];

  const settle = () => {
    settleBatch(sqlite, kind, env, batch, parts[0]?.mapping ?? {});
    for (const p of batch) {
      const o = p.outcome;
      v.totalRows += 1;
      if (o.duplicate?.of === 'file') v.duplicatesInFile += 1;
      if (o.duplicate?.of === 'register') v.duplicatesInRegister += 1;
      if (o.errors.length > 0) v.errorRows += 1;
      else {
        v.validRows += 1;
        if ((p.record as { enrolment?: unknown } | null)?.enrolment) v.enrolments += 1;
        const part = parts[o.part];
        if (onValid && part) onValid({ part, row: o.row, record: p.record });
      }
      if (o.errors.length > 0 || o.warnings.length > 0) v.outcomes.push(o);
    }
    batch = [];
  };

  for (const [partIndex, part] of parts.entries()) {
    const { sheet, layout, mapping } = part;
    const mapped = Object.values(mapping).filter((i): i is number => i !== null);
    for (let i = layout.headerRow; i < sheet.rowCount; i++) {
      done += 1;
      if (done % PROGRESS_EVERY === 0) {
        settle();
        yield { type: 'progress', phase: 'validate', done, total };
      }
      const cells = sheet.row(i);
      if (cells.every((c) => isBlank(c))) continue;
      const row = i + 1;
      if (isFooter(cells, mapped)) {
        v.ignored.push({ part: partIndex, row });
        continue;
      }
      // A row with only a 序号 (templates come pre-numbered) is an empty row.
      if (mapped.every((c) => isBlank(cells[c] ?? null))) continue;
      const r = new RowReader(cells, mapping, labelOf);
      const read = reader.read(r, env);
      const pending: Pending = {
        outcome: { part: partIndex, row, errors: r.errors, warnings: r.warnings },
        record: read.record,
        keys: read.keys,
      };
      for (const key of read.keys) {
        const id = `${key.type}\u0000${key.value}`;
        const first = firstRowOf.get(id);
        if (first === undefined) firstRowOf.set(id, partIndex * ROW_BITS + row);
        else if (!pending.outcome.duplicate) {
          const firstPart = Math.floor(first / ROW_BITS);
          const firstRow = first % ROW_BITS;
          const firstSheet = parts[firstPart]?.sheet.name ?? '';
          if (firstPart === partIndex)
            r.fail(key.field, 'import.duplicate.inFile', { row: firstRow, column: labelOf(key.field) });
          else
            r.fail(key.field, 'import.duplicate.inSheet', {
              sheet: firstSheet,
              row: firstRow,
              column: labelOf(key.field),
            });
          pending.outcome.duplicate = { of: 'file', row: firstRow, sheet: firstSheet };
          pending.record = null;
        }
      }
      batch.push(pending);
    }
  }
  settle();
  yield { type: 'progress', phase: 'validate', done: total, total };
  return v;
}

/**
 * Over capacity is the enrol service's warning, not a refusal: there the clerk confirms one
 * placement, here the preview lists every such row and committing is the confirmation.
 * One row at a time, in order: rows of two sheets may share a row number.
 */
function warnOverCapacity(batch: Pending[], env: ReadEnv): void {
  for (const p of batch) {
    if (p.record === null) continue;
    const [o] = overCapacity([{ row: p.outcome.row, record: p.record as PersonRecord }], env);
    if (o)
      p.outcome.warnings.push({
        field: 'careInstitution',
        code: 'import.overCapacity',
        params: { used: o.used, capacity: o.capacity },
      });
  }
}

/** What each register checks across the rows of a batch once they are read (null: nothing). */
export const BATCH_CHECKS: Record<SheetKind, ((batch: Pending[], env: ReadEnv) => void) | null> = {
  persons: warnOverCapacity,
  institutions: null,
  staff: null,
};

/** The message of a row whose key a registered record already holds, by the key's type. */
export const REGISTER_DUPLICATE: Record<SheetKind, (keyType: string) => MessageCode> = {
  persons: () => 'import.duplicate.person',
  institutions: (keyType) =>
    keyType === 'creditCode' ? 'import.duplicate.institution' : 'import.duplicate.institutionName',
  staff: () => 'import.duplicate.staff',
};

/**
 * The end of a batch, in row order: duplicates of registered records, then placements against
 * capacity (the places taken by earlier rows, of earlier batches too, count), then each row's
 * messages sorted left to right.
 */
function settleBatch(
  sqlite: Database.Database,
  kind: SheetKind,
  env: ReadEnv,
  batch: Pending[],
  mapping: Mapping,
): void {
  markRegisterDuplicates(sqlite, kind, batch);
  BATCH_CHECKS[kind]?.(batch, env);
  // Messages read left to right, as the clerk goes along the row.
  const at = (i: Issue) => mapping[i.field] ?? Number.MAX_SAFE_INTEGER;
  for (const { outcome: o } of batch) {
    o.errors.sort((x, y) => at(x) - at(y));
    o.warnings.sort((x, y) => at(x) - at(y));
  }
}

function markRegisterDuplicates(sqlite: Database.Database, kind: SheetKind, batch: Pending[]): void {
  const byType = new Map<string, Set<string>>();
  for (const p of batch) {
    for (const k of p.keys) {
      let set = byType.get(k.type);
      if (!set) byType.set(k.type, (set = new Set()));
      set.add(k.value);
    }
  }
  const holders = new Map(
    [...byType].map(([type, values]) => [type, registerHolders(sqlite, kind, type, [...values])]),
  );
  for (const p of batch) {
    const outcome = p.outcome;
    if (outcome.duplicate) continue;
    for (const key of p.keys) {
      const holder = holders.get(key.type)?.get(key.value);
      if (!holder) continue;
      const code = REGISTER_DUPLICATE[kind](key.type);
      if (!outcome.errors.some((e) => e.field === key.field))
        outcome.errors.push({ field: key.field, code, params: { name: holder.name } });
      outcome.duplicate = { of: 'register', id: holder.id, name: holder.name };
      p.record = null;
      break;
    }
  }
}

/** The preview's pass: the same rows, pausing between batches so other requests are answered. */
export async function* validateSheets(
  ctx: ServiceContext,
  kind: SheetKind,
  parts: readonly SheetPart[],
  placements: PlacementChoice | undefined,
): AsyncGenerator<ImportProgress, Validation> {
  const pass = checkRows(ctx, kind, parts, placements);
  for (;;) {
    const step = pass.next();
    if (step.done) return step.value;
    yield step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
