import { describe, expect, it } from 'vitest';
import { fenToCapital, formatFen, parseYuan } from '#domain/money';

function fen(input: string, options?: { allowNegative?: boolean }): number {
  const r = parseYuan(input, options);
  if (!r.ok) throw new Error(`expected ${input} to parse, got ${r.error}`);
  return r.value;
}

function error(input: string, options?: { allowNegative?: boolean }): string {
  const r = parseYuan(input, options);
  if (r.ok) throw new Error(`expected ${input} to fail, got ${r.value}`);
  return r.error;
}

describe('parseYuan', () => {
  it('reads plain, grouped and decimal amounts into fen', () => {
    expect(fen('1500')).toBe(150000);
    expect(fen('1,500.00')).toBe(150000);
    expect(fen('1500.5')).toBe(150050);
    expect(fen('1500.05')).toBe(150005);
    expect(fen('0.01')).toBe(1);
    expect(fen('0')).toBe(0);
    expect(fen('10,010.00')).toBe(1001000);
    expect(fen('1,234,567.89')).toBe(123456789);
    expect(fen('007')).toBe(700);
  });

  it('is exact where binary floating point is not', () => {
    // In floating point 0.29 × 100 = 28.999999999999996 and 1.01 × 100 = 100.99999999999999.
    expect(fen('0.29')).toBe(29);
    expect(fen('1.01')).toBe(101);
    expect(fen('4.35')).toBe(435);
    expect(fen('1.15')).toBe(115);
    expect(fen('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('reads full-width digits, comma and point, and tolerates ¥ and 元', () => {
    expect(fen('１５００')).toBe(150000);
    expect(fen('１，５００．５０')).toBe(150050);
    expect(fen(' ￥1,500.00 ')).toBe(150000);
    expect(fen('¥ 600')).toBe(60000);
    expect(fen('600元')).toBe(60000);
    expect(fen('+600')).toBe(60000);
  });

  it('money.empty', () => {
    expect(error('')).toBe('money.empty');
    expect(error('  ')).toBe('money.empty');
  });

  it('money.format for anything that is not a plain amount', () => {
    for (const bad of [
      'abc',
      '1.2.3',
      '1,50',
      '15,00.00',
      '1,5000',
      ',100',
      '100,',
      '.5',
      '5.',
      '1e3',
      '0x10',
      '壹佰',
      '1 500',
      '--5',
      'NaN',
      'Infinity',
    ]) {
      expect(error(bad), bad).toBe('money.format');
    }
  });

  it('money.tooManyDecimals beyond fen', () => {
    expect(error('1500.001')).toBe('money.tooManyDecimals');
    expect(error('0.125')).toBe('money.tooManyDecimals');
  });

  it('money.negative unless negatives are allowed', () => {
    expect(error('-100')).toBe('money.negative');
    expect(error('−100')).toBe('money.negative'); // U+2212 minus sign
    expect(fen('-100', { allowNegative: true })).toBe(-10000);
    expect(fen('-1,500.05', { allowNegative: true })).toBe(-150005);
  });

  it('treats -0 as 0 and never returns negative zero', () => {
    expect(Object.is(fen('-0'), 0)).toBe(true);
    expect(Object.is(fen('-0.00', { allowNegative: true }), 0)).toBe(true);
  });

  it('money.tooLarge past Number.MAX_SAFE_INTEGER fen', () => {
    expect(error('90071992547409.92')).toBe('money.tooLarge');
    expect(error('99999999999999999999')).toBe('money.tooLarge');
  });
});

describe('formatFen', () => {
  it('groups thousands and always shows two decimals', () => {
    expect(formatFen(150000)).toBe('1,500.00');
    expect(formatFen(0)).toBe('0.00');
    expect(formatFen(1)).toBe('0.01');
    expect(formatFen(50)).toBe('0.50');
    expect(formatFen(99999)).toBe('999.99');
    expect(formatFen(100000)).toBe('1,000.00');
    expect(formatFen(1640902)).toBe('16,409.02');
    expect(formatFen(10000000000)).toBe('100,000,000.00');
    expect(formatFen(Number.MAX_SAFE_INTEGER)).toBe('90,071,992,547,409.91');
    expect(formatFen(-150005)).toBe('-1,500.05');
    expect(formatFen(-5)).toBe('-0.05');
  });

  it('refuses fractional or unsafe fen', () => {
    expect(() => formatFen(1.5)).toThrow(RangeError);
    expect(() => formatFen(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => formatFen(Number.NaN)).toThrow(RangeError);
  });

  it('round-trips with parseYuan', () => {
    const samples = [
      0,
      1,
      9,
      10,
      99,
      100,
      101,
      150000,
      1001000,
      1640902,
      32504,
      140950,
      123456789,
      Number.MAX_SAFE_INTEGER,
    ];
    for (const f of samples) expect(fen(formatFen(f))).toBe(f);
    // And a sweep through every fen value up to 1,000.00 plus a stride beyond.
    for (let f = 0; f <= 100000; f++) {
      if (fen(formatFen(f)) !== f) throw new Error(`round trip failed at ${f}`);
    }
    for (let f = 100000; f < 1e13; f = f * 3 + 7) expect(fen(formatFen(f))).toBe(f);
  });
});

describe('fenToCapital', () => {
  it('matches the DOMAIN.md examples', () => {
    expect(fenToCapital(150000)).toBe('壹仟伍佰元整'); // 1,500.00
    expect(fenToCapital(1000)).toBe('壹拾元整'); // 10.00
    expect(fenToCapital(1001000)).toBe('壹万零壹拾元整'); // 10,010.00
    expect(fenToCapital(1640902)).toBe('壹万陆仟肆佰零玖元零贰分'); // 16,409.02
    expect(fenToCapital(32504)).toBe('叁佰贰拾伍元零肆分'); // 325.04
    expect(fenToCapital(140950)).toBe('壹仟肆佰零玖元伍角'); // 1,409.50
  });

  it('handles zero and amounts below one yuan', () => {
    expect(fenToCapital(0)).toBe('零元整');
    expect(fenToCapital(5)).toBe('伍分'); // 0.05
    expect(fenToCapital(50)).toBe('伍角'); // 0.50
    expect(fenToCapital(55)).toBe('伍角伍分'); // 0.55
  });

  it('writes 角 and 分 after whole yuan', () => {
    expect(fenToCapital(100)).toBe('壹元整');
    expect(fenToCapital(101)).toBe('壹元零壹分');
    expect(fenToCapital(110)).toBe('壹元壹角');
    expect(fenToCapital(111)).toBe('壹元壹角壹分');
    expect(fenToCapital(60000)).toBe('陆佰元整');
  });

  it('keeps 壹拾 and uses one 零 for a run of zeros', () => {
    expect(fenToCapital(1100)).toBe('壹拾壹元整'); // 11.00
    expect(fenToCapital(100100)).toBe('壹仟零壹元整'); // 1,001.00
    expect(fenToCapital(101000)).toBe('壹仟零壹拾元整'); // 1,010.00
    expect(fenToCapital(110000)).toBe('壹仟壹佰元整'); // 1,100.00
    expect(fenToCapital(1100000)).toBe('壹万壹仟元整'); // 11,000.00
    expect(fenToCapital(11000000)).toBe('壹拾壹万元整'); // 110,000.00
    expect(fenToCapital(10010000)).toBe('壹拾万零壹佰元整'); // 100,100.00
    expect(fenToCapital(10700053)).toBe('壹拾万柒仟元伍角叁分'); // 107,000.53
    expect(fenToCapital(1010101010)).toBe('壹仟零壹拾万壹仟零壹拾元壹角'); // 10,101,010.10
  });

  it('handles the 万 and 亿 boundaries', () => {
    expect(fenToCapital(1000000)).toBe('壹万元整'); // 10,000.00
    expect(fenToCapital(100000000)).toBe('壹佰万元整'); // 1,000,000.00
    expect(fenToCapital(999999900)).toBe('玖佰玖拾玖万玖仟玖佰玖拾玖元整'); // 9,999,999.00
    expect(fenToCapital(1000000000)).toBe('壹仟万元整'); // 10,000,000.00
    expect(fenToCapital(10000000000)).toBe('壹亿元整'); // 100,000,000.00
    expect(fenToCapital(10001000000)).toBe('壹亿零壹万元整'); // 100,010,000.00
    expect(fenToCapital(10000000100)).toBe('壹亿零壹元整'); // 100,000,001.00
    expect(fenToCapital(10000100000)).toBe('壹亿零壹仟元整'); // 100,001,000.00
    expect(fenToCapital(11000000000)).toBe('壹亿壹仟万元整'); // 110,000,000.00
    expect(fenToCapital(100000000000)).toBe('壹拾亿元整'); // 1,000,000,000.00
    expect(fenToCapital(1000000000100)).toBe('壹佰亿零壹元整'); // 10,000,000,001.00
    expect(fenToCapital(1000000000001)).toBe('壹佰亿元零壹分'); // 10,000,000,000.01
    expect(fenToCapital(100000000000000)).toBe('壹万亿元整'); // 1,000,000,000,000.00
    expect(fenToCapital(1000000000000000)).toBe('壹拾万亿元整'); // 10,000,000,000,000.00
  });

  it('converts the largest safe amount', () => {
    expect(fenToCapital(Number.MAX_SAFE_INTEGER)).toBe('玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分');
  });

  it('adds 人民币 on request and reads negative amounts as 负', () => {
    expect(fenToCapital(150000, { prefix: true })).toBe('人民币壹仟伍佰元整');
    expect(fenToCapital(0, { prefix: true })).toBe('人民币零元整');
    expect(fenToCapital(-150000)).toBe('负壹仟伍佰元整');
    expect(fenToCapital(-5, { prefix: true })).toBe('人民币负伍分');
  });

  it('refuses fractional or unsafe fen', () => {
    expect(() => fenToCapital(0.5)).toThrow(RangeError);
    expect(() => fenToCapital(150000.1)).toThrow(RangeError);
    expect(() => fenToCapital(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => fenToCapital(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('agrees with parseYuan for typed amounts', () => {
    expect(fenToCapital(fen('1,500.00'))).toBe('壹仟伍佰元整');
    expect(fenToCapital(fen('16409.02'))).toBe('壹万陆仟肆佰零玖元零贰分');
  });
});
