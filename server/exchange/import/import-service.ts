import dayjs from 'dayjs';
import { cellText, isBlank } from '#domain/exchange/cells';
import { formatMessage, type MessageCode } from '#domain/messages';
import type { z } from 'zod';
import {
  IMPORT_MAX_BYTES,
  type importConfigureInput,
  type importOpenInput,
  type importRunInput,
} from '#server/contract/imports';
import type {
  ImportCommitEvent,
  ImportIssue,
  ImportMappingNotice,
  ImportNotice,
  ImportPreview,
  ImportPreviewEvent,
  ImportProgress,
  ImportReportFile,
  ImportSession,
} from '#server/contract/imports-types';
import { SHEET_COLUMNS, SHEET_NAMES, type SheetKind } from '../columns';
import { writeValidRows, StaleValidation } from './commit';
import { buildErrorReport } from './error-report';
import { detectHeader, HEADER_SCAN_ROWS, headerAt, tidy, type HeaderLayout } from './header';
import { headerRows, headRows, type RawBook, type RawSheet } from './raw-book';
import { readBook } from './read-file';
import { auditMark } from './register-keys';
import type { PlacementChoice } from './kinds';
import type { Mapping } from './row-reader';
import { UNKNOWN_RELATION } from '#domain/person/schema';
import { dropSession, getSession, makeRoom, openSession, type ImportState } from './sessions';
import { loadTemplate } from './templates';
import { matchColumns } from './sheet-parts';
import {
  fieldHeader,
  validateSheets,
  validationKey,
  type RowOutcome,
  type SheetPart,
  type Validation,
} from './validate';
import { invalid, RuleError, type RuleIssue, type ServiceContext, sqliteOf } from '#server/kernel';

/** Issues sent to the screen at most; the error report has every one. */
const ISSUE_LIMIT = 5000;
const SAMPLES = 3;

/** The fields a sheet can fill: everything in columns.ts except what the export writes only for the reader. */
const importFields = (kind: SheetKind) => SHEET_COLUMNS[kind].filter((c) => !c.exportOnly);

function findSheet(state: ImportState, name: string): RawSheet {
  const sheet = state.book.sheets.find((s) => s.name === name);
  if (!sheet) throw invalid('sheet', 'import.sheet.notFound', { sheet: name });
  return sheet;
}

function suggestedMapping(kind: SheetKind, layout: HeaderLayout | null): Mapping {
  const mapping: Mapping = {};
  for (const f of importFields(kind)) mapping[f.key] = layout?.columns.find((c) => c.field === f.key)?.index ?? null;
  return mapping;
}

/**
 * The first few values of each column below the header, for the mapping table: one pass down
 * the sheet that stops as soon as every column has them.
 */
function samplesBelow(sheet: RawSheet, from: number, columns: readonly number[]): Map<number, string[]> {
  const out = new Map(columns.map((c) => [c, [] as string[]]));
  let wanting = columns.length;
  for (let i = from; i < sheet.rowCount && wanting > 0; i++) {
    const cells = sheet.row(i);
    for (const [c, list] of out) {
      if (list.length === SAMPLES) continue;
      const v = cells[c] ?? null;
      if (isBlank(v)) continue;
      list.push(cellText(v).slice(0, 40));
      if (list.length === SAMPLES) wanting -= 1;
    }
  }
  return out;
}

/** Non-empty rows from 0-based `from` on; remembered per sheet, as the clerk may switch back and forth. */
const dataRowCounts = new WeakMap<RawSheet, Map<number, number>>();
function dataRowsBelow(sheet: RawSheet, from: number): number {
  let known = dataRowCounts.get(sheet);
  if (!known) dataRowCounts.set(sheet, (known = new Map()));
  const cached = known.get(from);
  if (cached !== undefined) return cached;
  let n = 0;
  for (let i = from; i < sheet.rowCount; i++) if (sheet.row(i).some((c) => !isBlank(c))) n += 1;
  known.set(from, n);
  return n;
}

function hasData(sheet: RawSheet): boolean {
  for (let i = 0; i < sheet.rowCount; i++) if (sheet.row(i).some((c) => !isBlank(c))) return true;
  return false;
}

const detect = (kind: SheetKind, sheet: RawSheet) => detectHeader(kind, headRows(sheet, HEADER_SCAN_ROWS));

const notice = (code: MessageCode, params?: Record<string, string | number>): ImportNotice => ({
  code,
  ...(params ? { params } : {}),
  message: formatMessage(code, params),
});

/** Fields that need a companion column, and what happens without it. */
const COMPANIONS: {
  kind: SheetKind;
  needs: string;
  missing: string;
  code: MessageCode;
  params?: Record<string, string>;
  question: boolean;
}[] = [
  {
    kind: 'persons',
    needs: 'guardianName',
    missing: 'guardianRelation',
    code: 'import.mapping.relationMissing',
    params: { relation: UNKNOWN_RELATION },
    question: false,
  },
  { kind: 'persons', needs: 'careMode', missing: 'careStart', code: 'import.mapping.careStartMissing', question: true },
];

/**
 * What the mapping step says once about the columns: every column with a header that the
 * mapping leaves out (it will not be imported, so it is never dropped without a word), and
 * every companion column the sheet lacks.
 */
function mappingNotices(kind: SheetKind, layout: HeaderLayout | null, mapping: Mapping): ImportMappingNotice[] {
  if (!layout) return [];
  const used = new Set(Object.values(mapping).filter((i): i is number => i !== null));
  const unmatched = layout.columns.filter((c) => c.header !== '' && !used.has(c.index));
  const out: ImportMappingNotice[] = [];
  if (unmatched.length > 0) {
    const columns = unmatched.map((c) => `${c.letter}“${c.header}”`).join('、');
    out.push({ ...notice('import.mapping.unmatched', { columns }), missing: null, needs: null, question: false });
  }
  for (const c of COMPANIONS) {
    if (c.kind !== kind || mapping[c.needs] == null || mapping[c.missing] != null) continue;
    out.push({ ...notice(c.code, c.params), missing: c.missing, needs: c.needs, question: c.question });
  }
  return out;
}

function describe(ctx: ServiceContext, state: ImportState, sheetName: string, headerRow?: number): ImportSession {
  const sheet = findSheet(state, sheetName);
  const maxHeaderRow = Math.max(1, Math.min(sheet.rowCount, HEADER_SCAN_ROWS * 2));
  if (headerRow !== undefined && headerRow > maxHeaderRow)
    throw invalid('headerRow', 'import.header.row', { max: maxHeaderRow });
  const layout =
    headerRow !== undefined ? headerAt(state.kind, headerRows(sheet, headerRow), headerRow) : detect(state.kind, sheet);
  const headers = layout?.columns.map((c) => c.header) ?? [];
  const template = layout ? loadTemplate(ctx.db, state.kind, headers) : null;
  const samples = layout
    ? samplesBelow(
        sheet,
        layout.headerRow,
        layout.columns.map((c) => c.index),
      )
    : new Map<number, string[]>();
  const dataRows = layout ? dataRowsBelow(sheet, layout.headerRow) : 0;
  const emptySheet = !hasData(sheet);
  const mapping = { ...suggestedMapping(state.kind, layout), ...(template ?? {}) };
  const used = new Set(Object.values(mapping));
  return {
    importId: state.id,
    kind: state.kind,
    fileName: state.fileName,
    format: state.book.format,
    sheets: state.book.sheets.map((s) => {
      const found = detect(state.kind, s);
      return { name: s.name, hidden: s.hidden, headerRow: found?.headerRow ?? null, matched: found?.matched ?? 0 };
    }),
    sheet: sheet.name,
    headerRow: layout?.headerRow ?? null,
    twoRowHeader: layout?.twoRows ?? false,
    headerChoices: headRows(sheet, HEADER_SCAN_ROWS * 2).map((r, i) => ({
      row: i + 1,
      text: r
        .filter((c) => !isBlank(c))
        .slice(0, 6)
        .map((c) => tidy(cellText(c)).slice(0, 20))
        .join(' | '),
    })),
    columns: (layout?.columns ?? []).map((c) => ({
      index: c.index,
      letter: c.letter,
      header: c.header,
      samples: samples.get(c.index) ?? [],
      unmatched: !used.has(c.index),
    })),
    fields: importFields(state.kind).map((c) => ({
      key: c.key,
      header: c.header,
      required: Boolean(c.required),
      date: Boolean(c.date),
      text: Boolean(c.text),
    })),
    mapping,
    templateUsed: template !== null,
    dataRows,
    notice: emptySheet
      ? notice('import.sheet.empty', { sheet: sheet.name })
      : layout
        ? null
        : notice('import.header.notFound', { sheet: sheet.name, rows: HEADER_SCAN_ROWS }),
    mappingNotices: mappingNotices(state.kind, layout, mapping),
  };
}

/** The register's own sheet name first (an exported workbook), then the first sheet whose header is found. */
function defaultSheet(state: ImportState): string {
  const visible = state.book.sheets.filter((s) => !s.hidden);
  const named = visible.find((s) => s.name === SHEET_NAMES[state.kind] && detect(state.kind, s));
  const mapped = visible.find((s) => detect(state.kind, s));
  return (named ?? mapped ?? visible[0] ?? state.book.sheets[0])?.name ?? '';
}

/**
 * The upload, read: its base64 text is let go before parsing starts, and its bytes once the
 * book is read (they are this function's alone), so neither is held while the session lives.
 */
async function readUpload(input: z.output<typeof importOpenInput>): Promise<RawBook> {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  (input as { dataBase64: string }).dataBase64 = '';
  if (bytes.length > IMPORT_MAX_BYTES)
    throw invalid('file', 'import.file.tooLarge', { limit: IMPORT_MAX_BYTES / 1024 / 1024 });
  // Room for the file in the sessions' memory before it is read (older sessions may go).
  makeRoom();
  return readBook(bytes, input.fileName);
}

export async function openImport(ctx: ServiceContext, input: z.output<typeof importOpenInput>): Promise<ImportSession> {
  const book = await readUpload(input);
  const state = openSession(ctx.dataFile, input.kind, input.fileName, book);
  return describe(ctx, state, defaultSheet(state));
}

export function configureImport(ctx: ServiceContext, input: z.output<typeof importConfigureInput>): ImportSession {
  const state = getSession(ctx.dataFile, input.importId);
  return describe(ctx, state, input.sheet, input.headerRow);
}

export function discardImport(ctx: ServiceContext, importId: string): { ok: true } {
  dropSession(importId);
  return { ok: true };
}

interface Run {
  state: ImportState;
  parts: SheetPart[];
  placements: PlacementChoice | undefined;
}

/**
 * The clerk's answer to the one question of a sheet with 托养方式 but no 托养开始日期 column;
 * without an answer nothing is checked (rather than every row refused for the same reason).
 */
function placementChoice(
  kind: SheetKind,
  mapping: Mapping,
  input: z.output<typeof importRunInput>,
): PlacementChoice | undefined {
  if (input.skipPlacements) return { skip: true, startDate: null };
  if (kind !== 'persons' || mapping.careMode == null || mapping.careStart != null) return undefined;
  if (!input.careStartDate) throw invalid('careStartDate', 'import.careStart.choose');
  return { skip: false, startDate: input.careStartDate };
}

/** The header ending at `headerRow` of a sheet, checked against the sheet's length. */
function layoutOf(state: ImportState, sheet: RawSheet, headerRow: number): HeaderLayout {
  if (headerRow > sheet.rowCount) throw invalid('headerRow', 'import.header.row', { max: Math.max(1, sheet.rowCount) });
  return headerAt(state.kind, headerRows(sheet, headerRow), headerRow);
}

/**
 * The clerk's sheet, header row and mapping, checked: every required field mapped, no column
 * used twice. Further sheets chosen to go with it each have their own header row; the mapping
 * is carried over to them by header text, and a sheet missing a mapped column is refused.
 */
function prepareRun(ctx: ServiceContext, input: z.output<typeof importRunInput>): Run {
  const state = getSession(ctx.dataFile, input.importId);
  const sheet = findSheet(state, input.sheet);
  const layout = layoutOf(state, sheet, input.headerRow);
  const issues: RuleIssue[] = [];
  const mapping: Mapping = {};
  const usedBy = new Map<number, string>();
  for (const f of importFields(state.kind)) {
    const index = input.mapping[f.key] ?? null;
    mapping[f.key] = index;
    if (index === null) {
      if (f.required)
        issues.push({ field: `mapping.${f.key}`, code: 'import.mapping.required', params: { field: f.header } });
      continue;
    }
    const column = layout.columns[index];
    if (!column) {
      issues.push({ field: `mapping.${f.key}`, code: 'import.mapping.column', params: { field: f.header } });
      continue;
    }
    const other = usedBy.get(index);
    if (other)
      issues.push({
        field: `mapping.${f.key}`,
        code: 'import.mapping.shared',
        params: { first: fieldHeader(state.kind, other), second: f.header, column: column.header || column.letter },
      });
    else usedBy.set(index, f.key);
  }
  if (issues.length > 0) throw new RuleError('INVALID_INPUT', issues);
  const parts: SheetPart[] = [{ sheet, layout, mapping }];
  for (const more of input.moreSheets ?? []) {
    if (parts.some((p) => p.sheet.name === more.sheet)) continue;
    const other = findSheet(state, more.sheet);
    const otherLayout = layoutOf(state, other, more.headerRow);
    const columns = matchColumns(layout, otherLayout);
    const translated: Mapping = {};
    for (const [field, index] of Object.entries(mapping)) {
      const at = index === null ? null : (columns[index] ?? null);
      translated[field] = at;
      const column = index === null ? undefined : layout.columns[index];
      if (index !== null && at === null && column) {
        issues.push({
          field: `sheets.${other.name}`,
          code: 'import.mapping.sheetColumn',
          params: { sheet: other.name, column: column.header || column.letter, field: fieldHeader(state.kind, field) },
        });
      }
    }
    parts.push({ sheet: other, layout: otherLayout, mapping: translated });
  }
  if (issues.length > 0) throw new RuleError('INVALID_INPUT', issues);
  return { state, parts, placements: placementChoice(state.kind, mapping, input) };
}

/** The last check of this run while the register is unchanged (or the one committed), else a new one. */
async function* validated(ctx: ServiceContext, run: Run): AsyncGenerator<ImportProgress, Validation> {
  const key = validationKey(run.parts, run.placements);
  const cached = run.state.validation;
  if (cached && cached.key === key && (run.state.committed || cached.mark === auditMark(sqliteOf(ctx)))) return cached;
  // The previous check is let go first: only one is held per session.
  run.state.validation = null;
  const v = yield* validateSheets(ctx, run.state.kind, run.parts, run.placements);
  run.state.validation = v;
  return v;
}

function issueOf(
  v: Validation,
  o: RowOutcome,
  e: { field: string; code: MessageCode; params?: Record<string, string | number> },
  duplicate?: ImportIssue['duplicate'],
): ImportIssue {
  const part = v.parts[o.part];
  const index = part?.mapping[e.field];
  const column = index === null || index === undefined ? undefined : part?.layout.columns[index];
  const cell = column && part ? (part.sheet.row(o.row - 1)[column.index] ?? null) : null;
  return {
    sheet: part?.sheet.name ?? '',
    row: o.row,
    column: column ? column.header || column.letter : fieldHeader(v.kind, e.field),
    letter: column?.letter ?? null,
    field: e.field,
    value: cellText(cell),
    code: e.code,
    ...(e.params ? { params: e.params } : {}),
    message: formatMessage(e.code, e.params),
    ...(duplicate ? { duplicate } : {}),
  };
}

export function summarise(v: Validation): ImportPreview {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  let errorCount = 0;
  let warningCount = 0;
  for (const o of v.outcomes) {
    for (const e of o.errors) {
      errorCount += 1;
      // The duplicate's own message carries the link to the earlier row or the registered record.
      const duplicate = e.code.startsWith('import.duplicate.') ? o.duplicate : undefined;
      if (errors.length < ISSUE_LIMIT) errors.push(issueOf(v, o, e, duplicate));
    }
    for (const w of o.warnings) {
      warningCount += 1;
      if (warnings.length < ISSUE_LIMIT) warnings.push(issueOf(v, o, w));
    }
  }
  return {
    sheets: v.parts.map((p) => p.sheet.name),
    totalRows: v.totalRows,
    validRows: v.validRows,
    errorRows: v.errorRows,
    duplicatesInFile: v.duplicatesInFile,
    duplicatesInRegister: v.duplicatesInRegister,
    enrolments: v.enrolments,
    errors,
    errorCount,
    warnings,
    warningCount,
    ignoredRows: v.ignored.filter((x) => x.part === 0).map((x) => x.row),
    ignored: v.ignored.map((x) => ({ sheet: v.parts[x.part]?.sheet.name ?? '', row: x.row })),
  };
}

/** Validate only: every row is checked, nothing is written. */
export async function* previewImport(
  ctx: ServiceContext,
  input: z.output<typeof importRunInput>,
): AsyncGenerator<ImportPreviewEvent> {
  const run = prepareRun(ctx, input);
  const v = yield* validated(ctx, run);
  yield { type: 'preview', preview: summarise(v) };
}

/**
 * All valid rows in one transaction, or none. The check is repeated if the register changed
 * since the preview; if it changes again while checking, the clerk is asked to check again.
 */
export async function* commitImport(
  ctx: ServiceContext,
  input: z.output<typeof importRunInput>,
): AsyncGenerator<ImportCommitEvent> {
  const run = prepareRun(ctx, input);
  if (run.state.committed) throw invalid('importId', 'import.session.committed');
  for (let attempt = 0; ; attempt++) {
    const v = yield* validated(ctx, run);
    const preview = summarise(v);
    yield { type: 'progress', phase: 'write', done: 0, total: preview.validRows };
    // The write is one synchronous transaction: let the event above reach the clerk first.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      const result = writeValidRows(ctx, sqliteOf(ctx), v, run.state.fileName);
      run.state.committed = true;
      yield { type: 'progress', phase: 'write', done: result.created, total: result.created };
      yield { type: 'committed', result, preview };
      return;
    } catch (error) {
      if (!(error instanceof StaleValidation)) throw error;
      if (attempt >= 1) throw invalid('importId', 'import.commit.changed');
      run.state.validation = null;
    }
  }
}

async function drain<R>(gen: AsyncGenerator<unknown, R>): Promise<R> {
  for (;;) {
    const step = await gen.next();
    if (step.done) return step.value;
  }
}

/** The rows with errors as an .xlsx: the original cells plus 错误说明. */
export async function importErrorReport(
  ctx: ServiceContext,
  input: z.output<typeof importRunInput>,
): Promise<ImportReportFile> {
  const run = prepareRun(ctx, input);
  const v = await drain(validated(ctx, run));
  if (v.errorRows === 0) throw invalid('importId', 'import.report.none');
  const data = await buildErrorReport(v);
  return {
    fileName: `导入错误报告-${SHEET_NAMES[run.state.kind]}-${dayjs().format('YYYYMMDD')}.xlsx`,
    dataBase64: data.toString('base64'),
  };
}
