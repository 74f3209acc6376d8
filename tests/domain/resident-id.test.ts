import { describe, expect, it } from 'vitest';
import { MIN_BIRTH_YEAR, parseResidentId, residentIdCheckChar, sexFromResidentId } from '#domain/identity/resident-id';
import { makeResidentId } from '../fixtures/synthetic';

// A fixed "today" keeps the future-date checks independent of when the suite runs.
const TODAY = '2026-11-23';

function expectError(input: string, code: string, today = TODAY) {
  const r = parseResidentId(input, today);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toBe(code);
  return r;
}

describe('residentIdCheckChar', () => {
  it('computes X for the GB 11643 example 11010519491231002X', () => {
    // By hand: digits 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 × weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
    // = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → '10X98765432'[2] = X.
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  it('computes 4 for the 1880 example 440524188001010014', () => {
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
  });

  it('refuses anything but 17 digits', () => {
    expect(() => residentIdCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => residentIdCheckChar('1101051949123100X')).toThrow(RangeError);
  });
});

describe('parseResidentId: valid numbers', () => {
  it('reads the female example 11010519491231002X', () => {
    expect(parseResidentId('11010519491231002X', TODAY)).toEqual({
      ok: true,
      value: {
        id: '11010519491231002X',
        birthDate: '1949-12-31',
        sex: 'female',
        areaCode: '110105',
        convertedFrom15: false,
      },
      warnings: [],
    });
  });

  it('accepts a birth year in the 1880s (440524188001010014)', () => {
    const r = parseResidentId('440524188001010014', TODAY);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.birthDate).toBe('1880-01-01');
      expect(r.value.sex).toBe('male');
      expect(r.value.areaCode).toBe('440524');
    }
  });

  it('accepts lower-case x and stores it upper-case', () => {
    const r = parseResidentId('11010519491231002x', TODAY);
    expect(r.ok && r.value.id).toBe('11010519491231002X');
  });

  it('trims spaces and reads full-width digits and Ｘ/ｘ', () => {
    const r1 = parseResidentId('  １１０１０５１９４９１２３１００２ｘ\u3000', TODAY);
    expect(r1.ok && r1.value.id).toBe('11010519491231002X');
    const r2 = parseResidentId('１１０１０５１９４９１２３１００２Ｘ', TODAY);
    expect(r2.ok && r2.value.id).toBe('11010519491231002X');
  });

  it('does not check the area code against any list', () => {
    // 999999 is no real county; districts merge and old numbers stay valid.
    const id = makeResidentId({ area: '999999' });
    const r = parseResidentId(id, TODAY);
    expect(r).toMatchObject({ ok: true, warnings: [] });
  });

  it('accepts someone born today, and on 29 February of a leap year', () => {
    expect(parseResidentId(makeResidentId({ birth: TODAY }), TODAY).ok).toBe(true);
    expect(parseResidentId(makeResidentId({ birth: '2000-02-29' }), TODAY).ok).toBe(true);
  });

  it(`accepts the floor year ${MIN_BIRTH_YEAR}`, () => {
    expect(parseResidentId(makeResidentId({ birth: `${MIN_BIRTH_YEAR}-01-01` }), TODAY).ok).toBe(true);
  });

  it('defaults "today" to the real current date', () => {
    expect(parseResidentId('11010519491231002X').ok).toBe(true);
    expect(parseResidentId(makeResidentId({ birth: '2999-01-01' })).ok).toBe(false);
  });
});

describe('parseResidentId: 15-digit legacy numbers', () => {
  it('inserts 19 after the area code and appends the computed check character', () => {
    // Synthetic 15-digit number: area 440307, born 800101, order 001 (odd: male).
    // 17 digits become 44030719800101001; by hand:
    // 4·7+4·9+0·10+3·5+0·8+7·4+1·2+9·1+8·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+1·2 = 182; 182 mod 11 = 6 → '6'.
    expect(residentIdCheckChar('44030719800101001')).toBe('6');
    expect(parseResidentId('440307800101001', TODAY)).toEqual({
      ok: true,
      value: {
        id: '440307198001010016',
        birthDate: '1980-01-01',
        sex: 'male',
        areaCode: '440307',
        convertedFrom15: true,
      },
      warnings: [],
    });
  });

  it('reads sex from the last digit of a 15-digit number', () => {
    const r = parseResidentId('440307600229002', TODAY);
    expect(r.ok && r.value.sex).toBe('female');
    expect(r.ok && r.value.birthDate).toBe('1960-02-29');
    expect(r.ok && r.value.id).toBe(`44030719600229002${residentIdCheckChar('44030719600229002')}`);
  });

  it('checks the converted birth date', () => {
    // 1900 was not a leap year, so 000229 is no date.
    expect(expectError('440307000229001', 'residentId.birthDate')).toMatchObject({
      params: { digits: '000229' },
    });
  });

  it('refuses an X in a 15-digit number', () => {
    expectError('44030780010100X', 'residentId.characters');
  });
});

describe('parseResidentId: errors', () => {
  it('residentId.empty for blank input', () => {
    expectError('', 'residentId.empty');
    expectError('   ', 'residentId.empty');
  });

  it('residentId.length for other lengths', () => {
    expectError('11010519491231002', 'residentId.length'); // 17
    expectError('11010519491231002X1', 'residentId.length'); // 19, even with an X inside
    expectError('1101051949123100211', 'residentId.length'); // 19
    expectError('1234567890123456', 'residentId.length'); // 16
    expectError('1', 'residentId.length');
  });

  it('residentId.characters for letters, punctuation, inner spaces or a misplaced X', () => {
    expectError('11010519491231002Y', 'residentId.characters');
    expectError('110105-19491231-002X', 'residentId.characters');
    expectError('110105 19491231 002X', 'residentId.characters');
    expectError('1101051949123100X2', 'residentId.characters');
    expectError('abc', 'residentId.characters');
  });

  it('residentId.birthDate for dates that do not exist', () => {
    const bad = ['19490230', '19491301', '19490000', '19490100', '20230229', '19000229'];
    for (const digits of bad) {
      const first17 = `110105${digits}002`;
      const r = expectError(first17 + residentIdCheckChar(first17), 'residentId.birthDate');
      expect(r).toMatchObject({ params: { digits } });
    }
  });

  it('residentId.birthDateTooEarly before the floor year', () => {
    const first17 = `110105${MIN_BIRTH_YEAR - 1}1231002`;
    const r = expectError(first17 + residentIdCheckChar(first17), 'residentId.birthDateTooEarly');
    expect(r).toMatchObject({ params: { date: `${MIN_BIRTH_YEAR - 1}-12-31`, minYear: MIN_BIRTH_YEAR } });
  });

  it('residentId.birthDateFuture for a birth date after today', () => {
    const r = expectError(makeResidentId({ birth: '2026-11-24' }), 'residentId.birthDateFuture');
    expect(r).toMatchObject({ params: { date: '2026-11-24' } });
  });

  it('residentId.checkChar when the last character is wrong', () => {
    expectError('110105194912310021', 'residentId.checkChar');
    expectError('440524188001010015', 'residentId.checkChar');
  });

  it('residentId.checkChar when any one digit is mistyped', () => {
    // The check catches every single-digit substitution; the date check may fire first.
    const id = '11010519491231002X';
    for (let i = 0; i < 17; i++) {
      const d = Number(id[i]);
      const typo = id.slice(0, i) + String((d + 1) % 10) + id.slice(i + 1);
      const r = parseResidentId(typo, TODAY);
      expect(r.ok, typo).toBe(false);
    }
  });

  it('throws for an invalid reference date (a programming error, not user input)', () => {
    expect(() => parseResidentId('11010519491231002X', '2026-13-01')).toThrow(RangeError);
  });
});

describe('sexFromResidentId', () => {
  it('reads the 17th character of 18-digit and the 15th of 15-digit numbers', () => {
    expect(sexFromResidentId('11010519491231002X')).toBe('female');
    expect(sexFromResidentId('440524188001010014')).toBe('male');
    expect(sexFromResidentId('440307800101001')).toBe('male');
    expect(sexFromResidentId('440307800101002')).toBe('female');
  });

  it('returns null when there is nothing to read', () => {
    expect(sexFromResidentId('')).toBeNull();
    expect(sexFromResidentId('12345')).toBeNull();
    expect(sexFromResidentId('1101051949123100XX')).toBeNull();
  });
});

describe('synthetic IDs round-trip (property style)', () => {
  // Deterministic pseudo-random generator so a failure is reproducible.
  function lcg(seed: number) {
    let state = seed >>> 0;
    return (n: number) => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state % n;
    };
  }

  it('parses 500 generated IDs and returns their birth date and sex', () => {
    const rand = lcg(20261123);
    for (let i = 0; i < 500; i++) {
      const year = 1850 + rand(2026 - 1850);
      const month = 1 + rand(12);
      const day = 1 + rand(28);
      const birth = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const sex = rand(2) === 0 ? 'male' : 'female';
      const area = String(110000 + rand(800000));
      const seq = rand(500);
      const id = makeResidentId({ area, birth, seq, sex });

      const r = parseResidentId(id, TODAY);
      expect(r.ok, id).toBe(true);
      if (!r.ok) continue;
      expect(r.value).toEqual({ id, birthDate: birth, sex, areaCode: area, convertedFrom15: false });
      expect(sexFromResidentId(id)).toBe(sex);
      // Lower-case x and full-width input normalise to the same number.
      expect(parseResidentId(id.toLowerCase(), TODAY)).toEqual(r);

      // Legacy form of the same person (1900s births only) converts back to the same ID.
      if (year >= 1900 && year <= 1999) {
        const legacy = id.slice(0, 6) + id.slice(8, 17);
        const converted = parseResidentId(legacy, TODAY);
        expect(converted.ok && converted.value.id, legacy).toBe(id);
      }
    }
  });
});
