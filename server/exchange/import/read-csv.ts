import Papa from 'papaparse';
import { MAX_BOOK_CELL_BYTES, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, tooManyColumns, tooManyRows } from './limits';
import type { RawSheet } from './raw-book';
import { CellBudget, StoredSheet } from './row-store';

/**
 * Text of a CSV as Excel and WPS save it in China: UTF-8 with or without a BOM, “Unicode text”
 * (UTF-16 with a BOM), or the ANSI code page, which is GBK (read as its superset GB18030).
 * UTF-8 is tried strictly first: GBK bytes are almost never valid UTF-8, the reverse is common.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const SEPARATORS = [0x2c, 0x09, 0x3b, 0x7c];
const QUOTE = 0x22;

/**
 * The most cells a line could split into, whichever separator is detected: separators outside
 * quotes, counted per line in one pass over the text. Papa builds a whole row before handing it
 * over, so a line of millions of commas has to be caught before Papa sees it.
 */
function widestLine(text: string): number {
  const counts = [0, 0, 0, 0];
  let widest = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 0x0a || c === 0x0d) counts.fill(0);
    else {
      const k = SEPARATORS.indexOf(c);
      if (k !== -1 && (counts[k] = (counts[k] ?? 0) + 1) > widest) widest = counts[k] ?? 0;
    }
  }
  return widest + 1;
}

/**
 * A CSV (or tab-separated “Unicode text”) as one sheet of text cells; the separator is detected.
 * Rows go into the compact store one by one as they are parsed; past Excel's row limit (the same
 * as for a workbook) the file is refused there and then.
 */
export function readCsv(bytes: Uint8Array, name: string, budget = new CellBudget(MAX_BOOK_CELL_BYTES)): RawSheet {
  const text = decodeText(bytes);
  if (widestLine(text) > MAX_SHEET_COLUMNS) throw tooManyColumns(name);
  const sheet = new StoredSheet(name, budget);
  // Blank lines are held back until a line with data follows: the newline that ends the file
  // (Papa reads it as one more, empty, record) and blank lines at the end are not rows.
  let blanks = 0;
  const stop: { refused: Error | null } = { refused: null };
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimitersToGuess: [',', '\t', ';', '|'],
    step: (result, parser) => {
      const cells = result.data.map((cell) => (cell === '' ? null : cell));
      if (cells.every((c) => c === null)) {
        blanks += 1;
        return;
      }
      try {
        if (sheet.rowCount + blanks + 1 > MAX_SHEET_ROWS) throw tooManyRows(name);
        for (; blanks > 0; blanks--) sheet.push([]);
        sheet.push(cells);
      } catch (error) {
        stop.refused = error as Error;
        parser.abort();
      }
    },
  });
  if (stop.refused) throw stop.refused;
  return sheet.finish();
}
