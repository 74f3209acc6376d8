import type { SheetKind } from '#domain/registers';

/** A register field the sheet's columns can be mapped to (from server/exchange/columns.ts). */
export interface ImportField {
  key: string;
  /** The Chinese header the export writes for it. */
  header: string;
  required: boolean;
  date: boolean;
  text: boolean;
}

/** A column of the chosen sheet, with a few values from its first data rows. */
export interface ImportColumn {
  /** 0-based column index, what the mapping refers to. */
  index: number;
  /** A, B, … AA as Excel labels it. */
  letter: string;
  header: string;
  samples: string[];
  /** The column is not used by the suggested mapping: it would not be imported. */
  unmatched: boolean;
}

export interface ImportSheetInfo {
  name: string;
  hidden: boolean;
  /** The detected (last) header row, 1-based; null when none was found. */
  headerRow: number | null;
  /** Register fields its header names. */
  matched: number;
}

/** A message about the file as a whole (no header found, empty sheet), in codes like field errors. */
export interface ImportNotice {
  code: string;
  params?: Record<string, string | number>;
  message: string;
}

/**
 * Something about the columns as a whole, said once at the mapping step instead of on every
 * row: columns that match no field, or a field whose companion column is missing.
 */
export interface ImportMappingNotice extends ImportNotice {
  /** The missing companion field (guardianRelation, careStart); the notice no longer applies once it is mapped. Null for the unmatched-columns list. */
  missing: string | null;
  /** The field whose column needs the companion (guardianName, careMode); the notice applies only while it is mapped. */
  needs: string | null;
  /** careStart: the clerk must answer (a start date, or skip placements) before checking. */
  question: boolean;
}

/** An uploaded file ready to be mapped: its sheets, the chosen sheet's header and the suggested mapping. */
export interface ImportSession {
  importId: string;
  kind: SheetKind;
  fileName: string;
  format: 'xlsx' | 'csv';
  sheets: ImportSheetInfo[];
  sheet: string;
  headerRow: number | null;
  /** The header spans two rows (a merged group row above the sub-headers). */
  twoRowHeader: boolean;
  /** The first rows of the sheet, for choosing the header row by hand. */
  headerChoices: { row: number; text: string }[];
  columns: ImportColumn[];
  fields: ImportField[];
  /** Field key → column index, or null for “not in this sheet”. */
  mapping: Record<string, number | null>;
  /** The mapping is one a clerk saved before for a sheet with exactly these headers. */
  templateUsed: boolean;
  /** Non-empty rows below the header. */
  dataRows: number;
  notice: ImportNotice | null;
  /** Said once for the sheet's columns (see ImportMappingNotice), for the suggested mapping. */
  mappingNotices: ImportMappingNotice[];
}

/** One problem with one cell (or row) of the sheet. */
export interface ImportIssue {
  /** The sheet the row is on (several sheets can be checked together). */
  sheet: string;
  /** The spreadsheet's own row number, as Excel shows it. */
  row: number;
  /** The column's header text, or the register field's header when the sheet has no such column. */
  column: string;
  /** A, B, …; null when the sheet has no such column. */
  letter: string | null;
  field: string;
  /** The cell as the sheet shows it. */
  value: string;
  code: string;
  params?: Record<string, string | number>;
  /** The message in Chinese; the renderer re-formats `code` for English. */
  message: string;
  /** Set on duplicates: of an earlier row of the file (on this sheet or another), or of a record already registered. */
  duplicate?: { of: 'file'; row: number; sheet: string } | { of: 'register'; id: number; name: string };
}

/** Validate-only result: nothing has been written. */
export interface ImportPreview {
  /** The sheets checked together, the mapped one first. */
  sheets: string[];
  /** Data rows read (blank rows and total/signature rows not counted). */
  totalRows: number;
  validRows: number;
  errorRows: number;
  duplicatesInFile: number;
  duplicatesInRegister: number;
  /** Valid rows that will also be placed in care (persons with 托养方式). */
  enrolments: number;
  /** Up to ISSUE_LIMIT issues, in row order; errorCount says how many there are in all. */
  errors: ImportIssue[];
  errorCount: number;
  warnings: ImportIssue[];
  warningCount: number;
  /** Ignored rows of the first sheet. */
  ignoredRows: number[];
  /** Ignored rows of every sheet checked. */
  ignored: { sheet: string; row: number }[];
}

export interface ImportCommitResult {
  created: number;
  /** Rows with errors, left out. */
  skipped: number;
  enrolled: number;
}

export interface ImportProgress {
  type: 'progress';
  /** validate: reading and checking rows; write: the single transaction (no steps inside). */
  phase: 'validate' | 'write';
  done: number;
  total: number;
}

export type ImportPreviewEvent = ImportProgress | { type: 'preview'; preview: ImportPreview };
export type ImportCommitEvent =
  ImportProgress | { type: 'committed'; result: ImportCommitResult; preview: ImportPreview };

export interface ImportReportFile {
  fileName: string;
  dataBase64: string;
}
