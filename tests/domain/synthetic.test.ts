import { describe, expect, it } from 'vitest';
import { parseCreditCode } from '#domain/identity/credit-code';
import { parseDisabilityCert } from '#domain/identity/disability-cert';
import { parseResidentId } from '#domain/identity/resident-id';
import { makeCert, makeCreditCode, makeResidentId } from '../fixtures/synthetic';

describe('synthetic fixtures', () => {
  it('makes a default ID in 龙岗区 born 1980-01-01', () => {
    expect(makeResidentId()).toBe('440307198001010016');
  });

  it('uses seq as the order code when no sex is given', () => {
    expect(makeResidentId({ seq: 2 }).slice(14, 17)).toBe('002');
    expect(makeResidentId({ seq: 999 }).slice(14, 17)).toBe('999');
  });

  it('gives distinct IDs of the requested sex for each seq', () => {
    const women = Array.from({ length: 500 }, (_, seq) => makeResidentId({ seq, sex: 'female' }));
    const men = Array.from({ length: 500 }, (_, seq) => makeResidentId({ seq, sex: 'male' }));
    expect(new Set([...women, ...men]).size).toBe(1000);
    for (const id of women)
      expect(parseResidentId(id, '2026-11-23')).toMatchObject({ ok: true, value: { sex: 'female' } });
    for (const id of men) expect(parseResidentId(id, '2026-11-23')).toMatchObject({ ok: true, value: { sex: 'male' } });
  });

  it('refuses parts that cannot make an ID', () => {
    expect(() => makeResidentId({ area: '4403' })).toThrow(RangeError);
    expect(() => makeResidentId({ birth: '1980-02-30' })).toThrow(RangeError);
    expect(() => makeResidentId({ seq: 500, sex: 'male' })).toThrow(RangeError);
    expect(() => makeResidentId({ seq: 1000 })).toThrow(RangeError);
  });

  it('makes certificates and credit codes that parse', () => {
    const id = makeResidentId({ seq: 3, sex: 'female' });
    expect(makeCert(id, 5, 2)).toBe(`${id}52`);
    expect(parseDisabilityCert(makeCert(id, '5', '2'), id)).toMatchObject({
      ok: true,
      value: { category: 'intellectual', level: 2 },
    });
    expect(parseCreditCode(makeCreditCode('12440307000000000'))).toEqual({
      ok: true,
      value: '12440307000000000Q',
      warnings: [],
    });
  });
});
