import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { SHEET_COLUMNS, SHEET_NAMES, type SheetKind } from '../columns';
import { ABOUT_SHEET, type AboutInfo, PIPL_NOTICE, writeAboutSheet } from './about-sheet';
import type { Cell, RowSource } from './cells';
import { columnDefs, FROZEN_HEADER, STYLE } from './sheet-style';

export interface RegisterSheet {
  kind: SheetKind;
  rows: RowSource;
}

export interface SheetCount {
  kind: SheetKind;
  rows: number;
}

/** Rows between two looks at the file: small enough to keep memory flat, big enough to cost nothing. */
const ROWS_PER_BREATH = 500;
/** Bytes the zip may hold for the current sheet before the writer waits for it to catch up. */
const MAX_BUFFERED = 1024 * 1024;

/**
 * exceljs's streaming writer has no back-pressure of its own: row.commit() appends XML to a
 * buffer that the zip compresses on the thread pool, so a writer that never waits ends up
 * holding the whole sheet. Every few hundred rows this waits until the zip has taken what it was
 * given, which keeps memory flat for a register of any size and lets compression run alongside.
 */
class Pacer {
  private failure: Error | null = null;

  fail(error: Error): void {
    this.failure ??= error;
  }

  check(): void {
    if (this.failure) throw this.failure;
  }

  async breathe(sheet: ExcelJS.Worksheet): Promise<void> {
    this.check();
    const pipe = zipInput(sheet);
    while (pipe && buffered(pipe) > MAX_BUFFERED) {
      await drainOrTimeout(pipe, 20);
      this.check();
    }
  }
}

type Pipe = NodeJS.EventEmitter & { writableLength?: number; _writableState?: { length: number } };

/**
 * The stream the zip reads the sheet from: exceljs 4.4 pipes the sheet's buffer into a
 * readable-stream PassThrough (whose Writable predates `writableLength`). Were a later exceljs
 * to change that, pacing would silently stop and memory grow with the register again:
 * tests/server/export-workbook.test.ts checks the stream is still where this looks.
 */
export function zipInput(sheet: ExcelJS.Worksheet): Pipe | undefined {
  return (sheet as unknown as { stream?: { pipes?: Pipe[] } }).stream?.pipes?.[0];
}

const buffered = (pipe: Pipe): number => pipe.writableLength ?? pipe._writableState?.length ?? 0;

/** The next 'drain', or `ms` if none comes (an error elsewhere); the listener never outlives the wait. */
const drainOrTimeout = (pipe: Pipe, ms: number) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      pipe.off('drain', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    pipe.once('drain', done);
  });

async function writeRegisterSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  source: RegisterSheet,
  pacer: Pacer,
  onBreath: (rows: number) => void,
): Promise<number> {
  const columns = SHEET_COLUMNS[source.kind];
  const sheet = workbook.addWorksheet(SHEET_NAMES[source.kind], { views: FROZEN_HEADER });
  sheet.columns = columnDefs(columns);
  const header = sheet.addRow(columns.map((c) => c.header));
  header.eachCell((cell, col) => (cell.style = columns[col - 1]?.text ? STYLE.headerText : STYLE.header));
  header.height = 30;
  header.commit();

  const styles = columns.map((c) => (c.text ? STYLE.text : STYLE.plain));
  const keys = columns.map((c) => c.key);
  // Empty cells are left out altogether (undefined, not null): nothing to write, and the column's
  // own format still makes whatever a clerk types there later text.
  const values: (Cell | undefined)[] = new Array<Cell | undefined>(keys.length);
  const setStyle = (cell: ExcelJS.Cell, col: number) => (cell.style = styles[col - 1] ?? STYLE.plain);
  let rows = 0;
  for (const record of source.rows) {
    for (let i = 0; i < keys.length; i++) {
      const value = record[keys[i] as string];
      // A key the row source does not fill is a programming error, not an empty cell.
      if (value === undefined) throw new Error(`${source.kind} row has no value for column ${keys[i]}`);
      values[i] = value === null || value === '' ? undefined : value;
    }
    const row = sheet.addRow(values);
    row.eachCell(setStyle);
    row.commit();
    rows += 1;
    if (rows % ROWS_PER_BREATH === 0) {
      await pacer.breathe(sheet);
      onBreath(rows);
    }
  }
  sheet.commit();
  await pacer.breathe(sheet);
  onBreath(rows);
  return rows;
}

/**
 * Writes the submission workbook to `file`: one sheet per register in the order given, each
 * with the Chinese headers of columns.ts, then the 说明 sheet with the counts actually written.
 * Sheets are written and committed one after another (the zip takes entries in order, so a
 * second open sheet would be buffered whole). Resolves once the file is closed.
 */
export async function writeSubmissionWorkbook(
  file: string,
  sheets: readonly RegisterSheet[],
  about: AboutInfo,
  /** Rows written so far over all sheets, told every few hundred rows (the progress bar). */
  onProgress: (written: number) => void = () => {},
): Promise<SheetCount[]> {
  const out = fs.createWriteStream(file);
  const pacer = new Pacer();
  out.on('error', (e) => pacer.fail(e));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  // Without a listener an archiver error would bring the whole server down.
  (workbook as unknown as { zip: NodeJS.EventEmitter }).zip.on('error', (e: Error) => pacer.fail(e));
  workbook.creator = about.actor;
  workbook.lastModifiedBy = about.actor;
  workbook.title = '阳光家园托养服务数据';
  workbook.company = about.office;
  workbook.description = PIPL_NOTICE;
  // Never rejects: errors reach the pacer, and 'close' follows an error as well as a finish.
  const closed = new Promise<void>((resolve) => out.once('close', () => resolve()));
  try {
    const counts: SheetCount[] = [];
    let before = 0;
    for (const s of sheets) {
      const rows = await writeRegisterSheet(workbook, s, pacer, (n) => onProgress(before + n));
      counts.push({ kind: s.kind, rows });
      before += rows;
    }
    writeAboutSheet(workbook, about, counts);
    await Promise.race([workbook.commit(), closed.then(() => pacer.check())]);
    pacer.check();
    await closed;
    return counts;
  } catch (error) {
    out.destroy();
    await closed;
    throw error;
  }
}

export { ABOUT_SHEET };
