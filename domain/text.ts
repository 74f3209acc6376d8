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
