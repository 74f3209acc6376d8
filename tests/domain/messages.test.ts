import { describe, expect, it } from 'vitest';
import { parseDisabilityCert } from '#domain/identity/disability-cert';
import { parseCreditCode } from '#domain/identity/credit-code';
import { parseResidentId } from '#domain/identity/resident-id';
import { en, formatMessage, isMessageCode, zhCN } from '#domain/messages';
import type { MessageCode } from '#domain/messages';
import { checkCertAgainst } from '#domain/identity/disability-cert';
import { parseYuan } from '#domain/money';
import type { Rule } from '#domain/result';
import { fail, ok } from '#domain/result';

const codes = Object.keys(zhCN) as MessageCode[];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('message catalogues', () => {
  it('have the same codes in zh-CN and en', () => {
    expect(Object.keys(en).sort()).toEqual([...codes].sort());
  });

  it('use dot-separated codes', () => {
    for (const code of codes) expect(code, code).toMatch(/^[a-zA-Z0-9]+(\.[a-zA-Z0-9]+)+$/);
  });

  it('have the same placeholders in both languages', () => {
    for (const code of codes) expect(placeholders(en[code]), code).toEqual(placeholders(zhCN[code]));
  });

  it('have Chinese text for every zh-CN message and no empty English one', () => {
    for (const code of codes) {
      expect(zhCN[code], code).toMatch(/[\u4e00-\u9fff]/);
      expect(en[code].trim(), code).not.toBe('');
    }
  });
});

describe('formatMessage', () => {
  it('defaults to Chinese', () => {
    expect(formatMessage('residentId.checkChar')).toBe('身份证号校验位不正确，请核对最后一位');
    expect(formatMessage('residentId.length')).toBe('身份证号应为18位（旧号码15位）');
  });

  it('speaks English on request', () => {
    expect(formatMessage('money.negative', undefined, 'en')).toBe('The amount cannot be negative');
  });

  it('fills {name} placeholders from params', () => {
    expect(formatMessage('residentId.birthDateFuture', { date: '2030-01-01' })).toBe(
      '出生日期不能晚于今天（身份证号中为2030-01-01），请核对',
    );
    expect(formatMessage('disabilityCert.levelMismatch', { certLevel: 2, storedLevel: 1 }, 'en')).toContain(
      'certificate: level 2, record: level 1',
    );
  });

  it('leaves a placeholder visible when its param is missing', () => {
    expect(formatMessage('disabilityCert.category', {})).toContain('{digit}');
  });

  it('formats every failure straight from a rule result', () => {
    const r = parseResidentId('110105202612310021', '2026-11-23');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatMessage(r.error, r.params)).toBe('出生日期不能晚于今天（身份证号中为2026-12-31），请核对');
  });
});

describe('isMessageCode', () => {
  it('tells known codes from anything else', () => {
    expect(isMessageCode('money.empty')).toBe(true);
    expect(isMessageCode('money.nope')).toBe(false);
    expect(isMessageCode('toString')).toBe(false);
  });
});

describe('ok and fail', () => {
  it('build the two shapes of a rule result', () => {
    expect(ok(5)).toEqual({ ok: true, value: 5, warnings: [] });
    expect(ok('x', ['disabilityCert.reissued'])).toEqual({
      ok: true,
      value: 'x',
      warnings: ['disabilityCert.reissued'],
    });
    expect(fail('money.empty')).toEqual({ ok: false, error: 'money.empty' });
    expect('params' in fail('money.empty')).toBe(false);
    expect(fail('disabilityCert.level', { digit: '5' })).toEqual({
      ok: false,
      error: 'disabilityCert.level',
      params: { digit: '5' },
    });
  });
});

describe('every rule code in this package is reachable', () => {
  // One input per code; a code nobody can trigger is dead text, a missing one a silent rule.
  const ID = '11010519491231002X';
  const cases: Array<[MessageCode, () => Rule<unknown>]> = [
    ['residentId.empty', () => parseResidentId('', '2026-11-23')],
    ['residentId.length', () => parseResidentId('1101051949', '2026-11-23')],
    ['residentId.characters', () => parseResidentId('11010519491231002A', '2026-11-23')],
    ['residentId.birthDate', () => parseResidentId('110105194902300021', '2026-11-23')],
    ['residentId.birthDateTooEarly', () => parseResidentId('110105184912310024', '2026-11-23')],
    ['residentId.birthDateFuture', () => parseResidentId('110105202612310021', '2026-11-23')],
    ['residentId.checkChar', () => parseResidentId('110105194912310021', '2026-11-23')],
    ['disabilityCert.empty', () => parseDisabilityCert('')],
    ['disabilityCert.length', () => parseDisabilityCert(ID)],
    ['disabilityCert.characters', () => parseDisabilityCert(`${ID}4A`)],
    ['disabilityCert.residentIdPart', () => parseDisabilityCert('11010519491231002141')],
    ['disabilityCert.category', () => parseDisabilityCert(`${ID}81`)],
    ['disabilityCert.level', () => parseDisabilityCert(`${ID}45`)],
    ['disabilityCert.suffix', () => parseDisabilityCert(`${ID}41B1`)],
    ['disabilityCert.residentIdMismatch', () => parseDisabilityCert(`${ID}41`, '440524188001010014')],
    [
      'disabilityCert.categoryMismatch',
      () => checkCertAgainst({ category: 'vision', level: 1 }, { category: 'hearing', level: 1 }),
    ],
    [
      'disabilityCert.levelMismatch',
      () => checkCertAgainst({ category: 'vision', level: 1 }, { category: 'vision', level: 2 }),
    ],
    ['creditCode.empty', () => parseCreditCode('')],
    ['creditCode.length', () => parseCreditCode('9135')],
    ['creditCode.characters', () => parseCreditCode('91350100M000100Y4O')],
    ['creditCode.checkChar', () => parseCreditCode('91350100M000100Y44')],
    ['money.empty', () => parseYuan('')],
    ['money.format', () => parseYuan('1,50')],
    ['money.tooManyDecimals', () => parseYuan('1.234')],
    ['money.negative', () => parseYuan('-1')],
    ['money.tooLarge', () => parseYuan('1' + '0'.repeat(20))],
  ];

  it.each(cases)('%s', (code, run) => {
    expect(run()).toMatchObject({ ok: false, error: code });
  });

  it('the reissue warning', () => {
    expect(parseDisabilityCert(`${ID}41B`)).toMatchObject({ ok: true, warnings: ['disabilityCert.reissued'] });
  });

  it('covers every residentId, disabilityCert, creditCode and money code', () => {
    const covered = new Set<string>([...cases.map(([c]) => c), 'disabilityCert.reissued']);
    const mine = codes.filter((c) => /^(residentId|disabilityCert|creditCode|money)\./.test(c));
    expect(mine.filter((c) => !covered.has(c))).toEqual([]);
  });
});
