import type { Rule } from '../result';
import { fail, ok } from '../result';
import { normalizeIdentifier } from '../text';

// GB 32100-2015 leaves out I, O, Z, S, V: they read too much like 1, 0, 2, 5, U.
// A character's value is its position in this string.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// 3^i mod 31, as printed in the standard.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const VALID_CHARS = /^[0-9A-HJ-NP-RTUW-Y]+$/;

export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17 || !VALID_CHARS.test(first17)) {
    throw new RangeError(`Expected 17 credit-code characters, got "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

// Only the check character is verified. The embedded area code and organisation code
// are not checked against lists: codes outlive district mergers and list updates.
export function parseCreditCode(input: string): Rule<string> {
  const code = normalizeIdentifier(input);
  if (code === '') return fail('creditCode.empty');
  if (!VALID_CHARS.test(code)) return fail('creditCode.characters');
  if (code.length !== 18) return fail('creditCode.length');
  if (code.charAt(17) !== creditCodeCheckChar(code.slice(0, 17))) return fail('creditCode.checkChar');
  return ok(code);
}
