import { describe, expect, it } from 'vitest';
import { looksTruncated, readIdentifier } from '#domain/exchange/identifier-cell';
import { makeResidentId } from '../fixtures/synthetic';

const ID = makeResidentId({ birth: '1990-01-01', seq: 101 });

describe('readIdentifier', () => {
  it('cleans text IDs: full-width digits and letters, inner and outer spaces, lower-case x', () => {
    const fullWidth = ID.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(readIdentifier(fullWidth)).toMatchObject({ ok: true, value: ID });
    expect(readIdentifier(` ${ID.slice(0, 6)} ${ID.slice(6, 14)}\u3000${ID.slice(14)} `)).toMatchObject({
      ok: true,
      value: ID,
    });
    expect(readIdentifier('11010519491231002x')).toMatchObject({ ok: true, value: '11010519491231002X' });
    expect(readIdentifier('  ')).toMatchObject({ ok: true, value: null });
    expect(readIdentifier(null)).toMatchObject({ ok: true, value: null });
  });

  it('accepts a number that still holds every digit (a 15-digit ID, a mobile number)', () => {
    expect(readIdentifier(440524800101001)).toMatchObject({ ok: true, value: '440524800101001' });
    expect(readIdentifier(13800001111)).toMatchObject({ ok: true, value: '13800001111' });
  });

  it('refuses an 18-digit ID stored as a number, showing what is left of it', () => {
    expect(readIdentifier(4.40307199001011e17)).toEqual({
      ok: false,
      error: 'import.number.precision',
      params: { shown: '440307199001011000' },
    });
    expect(readIdentifier(Number('440307199001011234'))).toMatchObject({ ok: false, error: 'import.number.precision' });
    // 16 digits still fit a JS number but not Excel's 15 significant digits.
    expect(readIdentifier(1234567890123456)).toMatchObject({ ok: false, error: 'import.number.precision' });
    expect(readIdentifier(12.5)).toMatchObject({ ok: false, error: 'import.number.precision' });
  });

  it('refuses the scientific notation a CSV saved from such a cell contains', () => {
    expect(readIdentifier('4.40307E+17')).toEqual({
      ok: false,
      error: 'import.number.precision',
      params: { shown: '4.40307E+17' },
    });
    expect(readIdentifier('4.40307199001011e+17')).toMatchObject({ ok: false, error: 'import.number.precision' });
  });
});

describe('looksTruncated', () => {
  it('spots long all-digit numbers ending in zeros', () => {
    expect(looksTruncated('440307199001011000')).toBe(true);
    expect(looksTruncated('44030719900101100X')).toBe(false);
    expect(looksTruncated('440307900101100')).toBe(false);
  });
});
