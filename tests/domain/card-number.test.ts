import { describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '#domain/identity/resident-id';
import {
  cardCheckChar,
  cardQrPayload,
  isValidCardNumber,
  makeCardNumber,
  mod112CheckChar,
  parseCardQr,
} from '#domain/printing/card-number';

describe('ISO 7064 MOD 11-2', () => {
  it('is the resident ID check for 17 digits (the standard’s own examples)', () => {
    expect(mod112CheckChar('11010519491231002')).toBe('X');
    expect(mod112CheckChar('44052418800101001')).toBe('4');
    for (const body of ['44030719800101001', '11010520000229123', '65010119991231999'])
      expect(mod112CheckChar(body)).toBe(residentIdCheckChar(body));
  });

  it('refuses anything but digits', () => {
    expect(() => mod112CheckChar('12a')).toThrow(RangeError);
    expect(() => cardCheckChar('123')).toThrow(RangeError);
  });
});

describe('card numbers', () => {
  it('are district + 2-digit year + 5-digit sequence + check, 14 characters', () => {
    // Worked by hand: weights 2^13…2^1 mod 11 = 8 4 2 1 6 3 7 9 10 5 8 4 2;
    // 4·8+4·4+0·2+3·1+0·6+7·3+2·7+6·9+0·10+0·5+0·8+0·4+1·2 = 142; 142 mod 11 = 10; (12 − 10) mod 11 = 2.
    expect(makeCardNumber({ district: '440307', year: 2026, seq: 1 })).toBe('44030726000012');
    expect(makeCardNumber({ district: '440307', year: 2026, seq: 99999 })).toMatch(/^4403072699999[\dX]$/);
    expect(makeCardNumber({ district: '110105', year: 2030, seq: 123 }).slice(0, 13)).toBe('1101053000123');
  });

  it('use X for a check value of 10', () => {
    const seq = Array.from({ length: 200 }, (_, i) => i + 1).find((s) =>
      makeCardNumber({ district: '440307', year: 2026, seq: s }).endsWith('X'),
    );
    expect(seq).toBeDefined();
    const n = makeCardNumber({ district: '440307', year: 2026, seq: seq! });
    expect(isValidCardNumber(n)).toBe(true);
    expect(isValidCardNumber(n.toLowerCase())).toBe(true);
  });

  it('refuse values out of range', () => {
    expect(() => makeCardNumber({ district: '4403', year: 2026, seq: 1 })).toThrow(RangeError);
    expect(() => makeCardNumber({ district: '440307', year: 2026, seq: 0 })).toThrow(RangeError);
    expect(() => makeCardNumber({ district: '440307', year: 2026, seq: 100_000 })).toThrow(RangeError);
    expect(() => makeCardNumber({ district: '440307', year: 1999, seq: 1 })).toThrow(RangeError);
  });

  it('catch every single wrong digit and every swap of neighbouring digits', () => {
    const good = makeCardNumber({ district: '440307', year: 2026, seq: 4711 });
    expect(isValidCardNumber(good)).toBe(true);
    for (let i = 0; i < 14; i++) {
      for (const d of '0123456789X') {
        if (d === good[i] || (d === 'X' && i < 13)) continue;
        expect(isValidCardNumber(good.slice(0, i) + d + good.slice(i + 1)), `position ${i} → ${d}`).toBe(false);
      }
    }
    for (let i = 0; i < 13; i++) {
      if (good[i] === good[i + 1]) continue;
      const swapped = good.slice(0, i) + good[i + 1] + good[i] + good.slice(i + 2);
      expect(isValidCardNumber(swapped), `swap ${i}`).toBe(false);
    }
  });

  it('reject wrong lengths and characters', () => {
    for (const bad of ['', '4403072600001', '440307260000122', '4403072600001A', '44030726 00001 2'])
      expect(isValidCardNumber(bad)).toBe(false);
  });
});

describe('the QR payload', () => {
  it('carries only the prefix and the card number', () => {
    expect(cardQrPayload('44030726000012')).toBe('SHR:44030726000012');
    expect(() => cardQrPayload('44030726000013')).toThrow(RangeError);
  });

  it('reads back to the card number, refusing foreign codes and bad check characters', () => {
    expect(parseCardQr('SHR:44030726000012')).toEqual({ ok: true, value: '44030726000012', warnings: [] });
    expect(parseCardQr('https://example.com/44030726000012')).toEqual({ ok: false, error: 'card.qr.foreign' });
    expect(parseCardQr('SHR:44030726000013')).toEqual({ ok: false, error: 'card.qr.checkChar' });
  });
});
