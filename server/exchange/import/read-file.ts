import { basename, extname } from 'node:path';
import { invalid } from '#server/kernel';
import { PartTooLarge } from '../zip';
import { ImportLimit, megabytes } from './limits';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { RawBook } from './raw-book';

// OLE2 compound file: Excel 97-2003 .xls (and password-protected workbooks of any version).
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Some systems save an HTML table under a .xls name; Excel opens it, we cannot. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 512))
    .replace(/^\ufeff/, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('<') && /<(html|table|!doctype|\?xml)/.test(head);
}

/** Binary that is neither a workbook nor text: NUL bytes in the first kilobyte. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  // UTF-16 text has NULs too, but starts with its BOM.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  return head.includes(0);
}

/** A bound of limits.ts says which one; anything else the reader stumbled on is a damaged file. */
function refusal(error: unknown): Error {
  if (error instanceof ImportLimit) return invalid('file', error.code, error.params);
  if (error instanceof PartTooLarge)
    return invalid('file', 'import.file.partTooLarge', { part: error.part, limit: megabytes(error.limit) });
  return invalid('file', 'import.file.unreadable');
}

/**
 * Reads an upload by its content, not its name: .xlsx (a zip), CSV in any of the encodings
 * Chinese office software writes. Legacy .xls and unreadable files are refused with a message
 * that says what to do.
 */
export async function readBook(bytes: Uint8Array, fileName: string): Promise<RawBook> {
  if (bytes.length === 0) throw invalid('file', 'import.file.empty');
  if (startsWith(bytes, OLE2)) throw invalid('file', 'import.file.xls');
  if (startsWith(bytes, ZIP)) {
    try {
      return { format: 'xlsx', sheets: await readXlsx(bytes) };
    } catch (error) {
      throw refusal(error);
    }
  }
  if (looksLikeHtml(bytes))
    throw invalid('file', extname(fileName).toLowerCase() === '.xls' ? 'import.file.xls' : 'import.file.unreadable');
  if (looksBinary(bytes)) throw invalid('file', 'import.file.unreadable');
  let sheet;
  try {
    sheet = readCsv(bytes, basename(fileName, extname(fileName)) || 'CSV');
  } catch (error) {
    throw refusal(error);
  }
  if (sheet.rowCount === 0) throw invalid('file', 'import.file.empty');
  return { format: 'csv', sheets: [sheet] };
}
