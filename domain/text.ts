// Clerks type with a Chinese IME, which often emits full-width digits, letters and
// punctuation (１２３，Ｘ，．); identifiers and amounts must read the same either way.
export function toHalfWidth(input: string): string {
  return input.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

// Trimmed, half-width, upper-case: the stored form of every identifier.
export function normalizeIdentifier(input: string): string {
  return toHalfWidth(input).trim().toUpperCase();
}

// Characters that show nothing yet change what is stored, searched and printed: C0 controls
// other than line feed (NUL ends strings in C code and SQLite's LIKE), DEL, C1 controls,
// zero-width spaces and joiners, direction marks and the bidi embeddings, overrides and isolates
// (a U+202E in an address prints it backwards on a roster), word joiners and the BOM.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Free text as typed, pasted or sent: line breaks kept as \n (a CR or CRLF becomes one), a tab
 * becomes a space, the invisible characters above are taken out. Every text field of every
 * register is stored this way, so two records that look the same are the same.
 */
export function cleanUserText(input: string): string {
  return input.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(INVISIBLE, '');
}
