import { describe, expect, it } from 'vitest';
import {
  DISABILITY_CATEGORIES,
  DISABILITY_LEVELS,
  categoryDigit,
  checkCertAgainst,
  parseDisabilityCert,
} from '#domain/identity/disability-cert';
import { makeCert, makeResidentId } from '../fixtures/synthetic';

const ID = '11010519491231002X';

function expectError(input: string, code: string, residentId?: string) {
  const r = parseDisabilityCert(input, residentId);
  expect(r.ok, input).toBe(false);
  if (!r.ok) expect(r.error).toBe(code);
  return r;
}

describe('DISABILITY_CATEGORIES and DISABILITY_LEVELS', () => {
  it('lists the seven categories with their certificate digits and labels', () => {
    expect(DISABILITY_CATEGORIES.map((c) => [c.value, c.digit, c.label])).toEqual([
      ['vision', '1', '视力残疾'],
      ['hearing', '2', '听力残疾'],
      ['speech', '3', '言语残疾'],
      ['physical', '4', '肢体残疾'],
      ['intellectual', '5', '智力残疾'],
      ['mental', '6', '精神残疾'],
      ['multiple', '7', '多重残疾'],
    ]);
  });

  it('lists levels 1 to 4, 一级 first', () => {
    expect(DISABILITY_LEVELS.map((l) => [l.value, l.digit, l.label])).toEqual([
      [1, '1', '一级'],
      [2, '2', '二级'],
      [3, '3', '三级'],
      [4, '4', '四级'],
    ]);
  });

  it('maps a category to its digit', () => {
    expect(categoryDigit('physical')).toBe('4');
    expect(categoryDigit('multiple')).toBe('7');
  });
});

describe('parseDisabilityCert: valid numbers', () => {
  it('splits a 20-character number into ID, category and level', () => {
    expect(parseDisabilityCert(`${ID}41`)).toEqual({
      ok: true,
      value: { number: `${ID}41`, residentId: ID, category: 'physical', level: 1, suffix: null },
      warnings: [],
    });
  });

  it('reads every category and level', () => {
    for (const c of DISABILITY_CATEGORIES) {
      for (const l of DISABILITY_LEVELS) {
        const r = parseDisabilityCert(makeCert(ID, c.digit, l.digit));
        expect(r.ok && [r.value.category, r.value.level]).toEqual([c.value, l.value]);
      }
    }
  });

  it('normalises lower-case x, full-width characters and spaces at the ends', () => {
    const r = parseDisabilityCert(' １１０１０５１９４９１２３１００２ｘ５２ ');
    expect(r.ok && r.value.number).toBe(`${ID}52`);
  });

  it('accepts re-issue suffixes B, B2, B13 (lower-case too) with a warning', () => {
    for (const suffix of ['B', 'B2', 'B3', 'B13']) {
      const r = parseDisabilityCert(`${ID}63${suffix}`);
      expect(r).toEqual({
        ok: true,
        value: { number: `${ID}63${suffix}`, residentId: ID, category: 'mental', level: 3, suffix },
        warnings: ['disabilityCert.reissued'],
      });
    }
    const lower = parseDisabilityCert(`${ID}63b2`);
    expect(lower.ok && lower.value.suffix).toBe('B2');
  });

  it('matches the holder ID after normalisation, including a 15-digit one on file', () => {
    expect(parseDisabilityCert(`${ID}41`, '11010519491231002x').ok).toBe(true);
    const holder = makeResidentId({ birth: '1980-01-01', seq: 1 }); // 440307198001010016
    expect(parseDisabilityCert(`${holder}21`, '440307800101001').ok).toBe(true);
  });
});

describe('parseDisabilityCert: errors', () => {
  it('disabilityCert.empty', () => {
    expectError('', 'disabilityCert.empty');
    expectError('  ', 'disabilityCert.empty');
  });

  it('disabilityCert.length for too short or too long numbers', () => {
    expectError(ID, 'disabilityCert.length'); // the bare ID, no category/level
    expectError(`${ID}4`, 'disabilityCert.length');
    expectError(`${ID}412`, 'disabilityCert.length');
  });

  it('disabilityCert.characters for letters other than X and B, or X/B in the wrong place', () => {
    expectError(`${ID}4A`, 'disabilityCert.characters');
    expectError(`${ID.slice(0, 17)}B41`, 'disabilityCert.characters');
    expectError(`X${ID.slice(1)}41`, 'disabilityCert.characters');
    expectError(`${ID}X1`, 'disabilityCert.characters');
  });

  it('disabilityCert.suffix for malformed re-issue marks', () => {
    for (const suffix of ['B1', 'B0', 'B02', 'BB', 'B2B', '1B']) {
      expect(expectError(`${ID}41${suffix}`, 'disabilityCert.suffix')).toMatchObject({ params: { suffix } });
    }
  });

  it('disabilityCert.residentIdPart when the first 18 characters are no valid ID', () => {
    expect(expectError('11010519491231002141', 'disabilityCert.residentIdPart')).toMatchObject({
      params: { reason: 'residentId.checkChar' },
    });
    const badDate = '11010519490230002';
    expectError(`${badDate}941`, 'disabilityCert.residentIdPart');
  });

  it('disabilityCert.category for digits outside 1–7', () => {
    for (const d of ['0', '8', '9']) {
      expect(expectError(`${ID}${d}1`, 'disabilityCert.category')).toMatchObject({ params: { digit: d } });
    }
  });

  it('disabilityCert.level for digits outside 1–4', () => {
    for (const d of ['0', '5', '9']) {
      expect(expectError(`${ID}4${d}`, 'disabilityCert.level')).toMatchObject({ params: { digit: d } });
    }
  });

  it('disabilityCert.residentIdMismatch when the holder ID differs', () => {
    const other = makeResidentId({ seq: 7 });
    expectError(`${ID}41`, 'disabilityCert.residentIdMismatch', other);
    expectError(`${ID}41`, 'disabilityCert.residentIdMismatch', 'not an id');
    expectError(`${ID}41`, 'disabilityCert.residentIdMismatch', '');
  });
});

describe('checkCertAgainst', () => {
  const cert = { category: 'intellectual', level: 2 } as const;

  it('passes when category and level agree', () => {
    expect(checkCertAgainst(cert, { category: 'intellectual', level: 2 })).toEqual({
      ok: true,
      value: true,
      warnings: [],
    });
  });

  it('disabilityCert.categoryMismatch with both digits', () => {
    expect(checkCertAgainst(cert, { category: 'physical', level: 2 })).toEqual({
      ok: false,
      error: 'disabilityCert.categoryMismatch',
      params: { certDigit: '5', storedDigit: '4' },
    });
  });

  it('disabilityCert.levelMismatch with both levels', () => {
    expect(checkCertAgainst(cert, { category: 'intellectual', level: 1 })).toEqual({
      ok: false,
      error: 'disabilityCert.levelMismatch',
      params: { certLevel: 2, storedLevel: 1 },
    });
  });

  it('takes a parsed certificate directly', () => {
    const parsed = parseDisabilityCert(`${ID}74`);
    if (!parsed.ok) throw new Error('fixture should parse');
    expect(checkCertAgainst(parsed.value, { category: 'multiple', level: 4 }).ok).toBe(true);
    expect(checkCertAgainst(parsed.value, { category: 'multiple', level: 3 }).ok).toBe(false);
  });
});
