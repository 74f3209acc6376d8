import Papa from 'papaparse';
import type { RawSheet } from './raw-book';

/**
 * Text of a CSV as Excel and WPS save it in China: UTF-8 with or without a BOM, “Unicode text”
 * (UTF-16 with a BOM), or the ANSI code page, which is GBK (read as its superset GB18030).
 * UTF-8 is tried strictly first: GBK bytes are almost never valid UTF-8, the reverse is common.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** A CSV (or tab-separated “Unicode text”) as one sheet of text cells; the separator is detected. */
export function readCsv(bytes: Uint8Array, name: string): RawSheet {
  const text = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] });
  const rows = parsed.data.map((r) => r.map((cell) => (cell === '' ? null : cell)));
  // Papa reads the newline that ends the file as one more, empty, record.
  while (rows.length > 0 && rows[rows.length - 1]?.every((c) => c === null)) rows.pop();
  return { name, rows, hidden: false };
}
