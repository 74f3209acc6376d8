import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, parseCreditCode } from '#domain/identity/credit-code';
import { makeCreditCode } from '../fixtures/synthetic';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('creditCodeCheckChar', () => {
  it('gives 3 for the well-known example 91350100M000100Y43', () => {
    // By hand, value × weight (M = 21, Y = 30 in the 31-character alphabet):
    // 9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + 21·20 + 0·29 + 0·25 + 0·13
    // + 1·8 + 0·24 + 0·10 + 30·30 + 4·28 = 1640; 1640 mod 31 = 28; 31 − 28 = 3 → '3'.
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('maps 31 to 0 when the sum is a multiple of 31', () => {
    // 9·1 + 1·3 + 4·9 + 4·27 + 0·19 + 3·26 + 0·16 + 7·17 + M21·20 + A10·29 + 5·25 + F15·13
    // + 0 + 0 + 0 + 0 + U27·28 = 2139 = 31 · 69 → 31 − 0 = 31 → '0'.
    expect(creditCodeCheckChar('91440307MA5F0000U')).toBe('0');
  });

  it('can yield a letter as check character', () => {
    expect(creditCodeCheckChar('91440307MA5F00001')).toBe('F');
    expect(creditCodeCheckChar('12440307000000000')).toBe('Q');
  });

  it('refuses input that is not 17 valid characters', () => {
    expect(() => creditCodeCheckChar('91350100M000100Y')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100I000100Y4')).toThrow(RangeError);
  });
});

describe('parseCreditCode', () => {
  it('accepts valid codes, including ones ending in a letter or 0', () => {
    for (const code of ['91350100M000100Y43', '91440307MA5F0000U0', '91440307MA5F00001F', '12440307000000000Q']) {
      expect(parseCreditCode(code)).toEqual({ ok: true, value: code, warnings: [] });
    }
  });

  it('trims, upper-cases and converts full-width characters', () => {
    expect(parseCreditCode(' 91350100m000100y43 ')).toMatchObject({ ok: true, value: '91350100M000100Y43' });
    expect(parseCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toMatchObject({
      ok: true,
      value: '91350100M000100Y43',
    });
  });

  it('accepts synthetic codes made by the fixture helper', () => {
    expect(parseCreditCode(makeCreditCode()).ok).toBe(true);
    expect(makeCreditCode()).toBe('52440307MJL0000017');
  });

  it('creditCode.empty', () => {
    expect(parseCreditCode('')).toEqual({ ok: false, error: 'creditCode.empty' });
    expect(parseCreditCode('   ')).toEqual({ ok: false, error: 'creditCode.empty' });
  });

  it('creditCode.length', () => {
    expect(parseCreditCode('91350100M000100Y4')).toEqual({ ok: false, error: 'creditCode.length' });
    expect(parseCreditCode('91350100M000100Y433')).toEqual({ ok: false, error: 'creditCode.length' });
  });

  it('creditCode.characters for I, O, Z, S, V and punctuation', () => {
    for (const bad of ['I', 'O', 'Z', 'S', 'V', '-', ' ']) {
      const code = `91350100${bad}000100Y43`;
      expect(parseCreditCode(code), code).toEqual({ ok: false, error: 'creditCode.characters' });
    }
  });

  it('creditCode.checkChar for a wrong last character', () => {
    expect(parseCreditCode('91350100M000100Y44')).toEqual({ ok: false, error: 'creditCode.checkChar' });
  });

  it('rejects every single-character substitution of a valid code', () => {
    // 31 is prime and every weight is non-zero mod 31, so any one changed character
    // changes the sum mod 31 and the check no longer fits.
    const valid = '91350100M000100Y43';
    let tried = 0;
    for (let i = 0; i < 18; i++) {
      for (const ch of ALPHABET) {
        if (ch === valid[i]) continue;
        const typo = valid.slice(0, i) + ch + valid.slice(i + 1);
        expect(parseCreditCode(typo).ok, typo).toBe(false);
        tried++;
      }
    }
    expect(tried).toBe(18 * 30);
  });
});
