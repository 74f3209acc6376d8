import type { CellValue } from '#domain/exchange/cells';
import { ImportLimit, megabytes } from './limits';
import type { RawSheet } from './raw-book';

/**
 * Rows of a parsed sheet, compactly: each row is one encoded string written as UTF-8 into a few
 * large buffers (outside the JS heap), with a 12-byte index entry, and decoded again when asked
 * for. As arrays of values a 1,048,576-row roster took about 2 GB of heap (an array and a string
 * object per cell); this way it is about the size of its text.
 *
 * Encoding: every cell is a separator followed by a type letter and its text (nothing for an
 * empty cell), so [] and [null] stay apart: s text, n number, t/f boolean, d date (ms since
 * 1970). A separator or escape inside text is escaped; XML cannot hold either, a CSV rarely.
 */
const SEP = '\u001f';
const ESC = '\u001b';
const FIRST_CHUNK = 64 * 1024;
const MAX_CHUNK = 8 * 1024 * 1024;

const escapeText = (s: string) =>
  s.includes(SEP) || s.includes(ESC) ? s.replaceAll(ESC, `${ESC}e`).replaceAll(SEP, `${ESC}s`) : s;
const ESCAPED = new RegExp(`${ESC}([es])`, 'g');
const unescapeText = (s: string) =>
  s.includes(ESC) ? s.replace(ESCAPED, (_, c: string) => (c === 'e' ? ESC : SEP)) : s;

function encodeCell(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return `s${escapeText(v)}`;
  if (typeof v === 'number') return `n${String(v)}`;
  if (typeof v === 'boolean') return v ? 't' : 'f';
  return `d${v.getTime()}`;
}

function decodeCell(s: string): CellValue {
  switch (s[0]) {
    case undefined:
      return null;
    case 's':
      return unescapeText(s.slice(1));
    case 'n':
      return Number(s.slice(1));
    case 't':
      return true;
    case 'f':
      return false;
    default:
      return new Date(Number(s.slice(1)));
  }
}

export const encodeRow = (cells: readonly CellValue[]) => cells.map((c) => SEP + encodeCell(c)).join('');
export const decodeRow = (s: string): CellValue[] => (s === '' ? [] : s.split(SEP).slice(1).map(decodeCell));

/** What one workbook may keep (see limits.ts); every sheet of it draws on the same budget. */
export class CellBudget {
  used = 0;
  constructor(readonly limit: number) {}

  take(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) throw new ImportLimit('import.file.tooManyCells', { limit: megabytes(this.limit) });
  }

  /** What was held only while reading (the shared strings) is given back. */
  release(bytes: number): void {
    this.used -= bytes;
  }
}

export class StoredSheet implements RawSheet {
  hidden = false;
  private chunks: Buffer[] = [];
  private chunk: Buffer | null = null;
  private used = 0;
  /** Per row: chunk number, offset in it, byte length. */
  private index = new Uint32Array(3 * 1024);
  private count = 0;
  private held = 0;

  constructor(
    readonly name: string,
    private readonly budget: CellBudget,
  ) {}

  get rowCount(): number {
    return this.count;
  }

  /** Bytes this sheet holds: its buffers and its index. */
  get bytes(): number {
    return this.held;
  }

  push(cells: readonly CellValue[]): void {
    const text = encodeRow(cells);
    const size = Buffer.byteLength(text, 'utf8');
    if (this.count * 3 + 3 > this.index.length) {
      const grown = new Uint32Array(this.index.length * 2);
      grown.set(this.index);
      this.budget.take((grown.length - this.index.length) * 4);
      this.held += (grown.length - this.index.length) * 4;
      this.index = grown;
    }
    if (size > 0 && (!this.chunk || this.chunk.length - this.used < size)) {
      const next = Math.max(size, Math.min(MAX_CHUNK, this.chunk ? this.chunk.length * 2 : FIRST_CHUNK));
      this.budget.take(next);
      this.held += next;
      this.chunk = Buffer.allocUnsafeSlow(next);
      this.chunks.push(this.chunk);
      this.used = 0;
    }
    const at = this.count * 3;
    this.index[at] = this.chunks.length - 1;
    this.index[at + 1] = this.used;
    this.index[at + 2] = size;
    if (size > 0 && this.chunk) this.used += this.chunk.write(text, this.used, 'utf8');
    this.count += 1;
  }

  /** Row i (0-based, spreadsheet row i + 1); a row past the end is empty. */
  row(i: number): CellValue[] {
    if (i < 0 || i >= this.count) return [];
    const at = i * 3;
    const size = this.index[at + 2] ?? 0;
    if (size === 0) return [];
    const chunk = this.chunks[this.index[at] ?? 0];
    const from = this.index[at + 1] ?? 0;
    return chunk ? decodeRow(chunk.toString('utf8', from, from + size)) : [];
  }

  /** Parsing is over: the unused tail of the last buffer and of the index are given back. */
  finish(): this {
    if (this.chunk && this.used < this.chunk.length) {
      const last = Buffer.allocUnsafeSlow(this.used);
      this.chunk.copy(last, 0, 0, this.used);
      this.held -= this.chunk.length - this.used;
      this.chunks[this.chunks.length - 1] = last;
      this.chunk = last;
    }
    if (this.index.length > this.count * 3) {
      this.held -= (this.index.length - this.count * 3) * 4;
      this.index = this.index.slice(0, this.count * 3);
    }
    return this;
  }
}
