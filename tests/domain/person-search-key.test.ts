import { describe, expect, it } from 'vitest';
import { classifySearch, prefixUpperBound } from '#domain/person/search-key';
import { makeCert, makeResidentId } from '../fixtures/synthetic';

describe('classifySearch', () => {
  it('reads Chinese text as (part of) a name, whatever its length', () => {
    expect(classifySearch('王芳')).toEqual({ kind: 'name', value: '王芳' });
    expect(classifySearch('张三丰')).toEqual({ kind: 'name', value: '张三丰' });
    expect(classifySearch('三丰')).toEqual({ kind: 'name', value: '三丰' });
  });

  it('drops spaces a clerk typed inside or around a name', () => {
    expect(classifySearch(' 张 三丰 ')).toEqual({ kind: 'name', value: '张三丰' });
    expect(classifySearch('王\u3000芳')).toEqual({ kind: 'name', value: '王芳' });
  });

  it('returns nothing for an empty or blank box', () => {
    expect(classifySearch('')).toBeNull();
    expect(classifySearch('   \u3000')).toBeNull();
  });

  it('treats three or more digits as an ID fragment for the trigram index', () => {
    expect(classifySearch('123')).toEqual({ kind: 'idFragment', value: '123' });
    expect(classifySearch('800512')).toEqual({ kind: 'idFragment', value: '800512' });
    const id = makeResidentId({ birth: '1980-05-12', seq: 7 });
    expect(classifySearch(id)).toEqual({ kind: 'idFragment', value: id });
  });

  it('treats one or two digits as the start of an ID (too short for trigrams)', () => {
    expect(classifySearch('4')).toEqual({ kind: 'idPrefix', value: '4' });
    expect(classifySearch('44')).toEqual({ kind: 'idPrefix', value: '44' });
  });

  it('upper-cases a trailing x so the last four characters of an ID match', () => {
    expect(classifySearch('002x')).toEqual({ kind: 'idFragment', value: '002X' });
  });

  it('reads 19 characters or more as a certificate number, with or without a re-issue suffix', () => {
    const id = makeResidentId({ birth: '1975-03-04', seq: 3 });
    expect(classifySearch(`${id}5`)).toEqual({ kind: 'certNumber', value: `${id}5` });
    expect(classifySearch(makeCert(id, 5, 2))).toEqual({ kind: 'certNumber', value: `${id}52` });
    expect(classifySearch(`${id}52b`)).toEqual({ kind: 'certNumber', value: `${id}52B` });
  });

  it('reads Latin letters as pinyin, lower-cased', () => {
    expect(classifySearch('ZSF')).toEqual({ kind: 'pinyin', value: 'zsf' });
    expect(classifySearch('ZhangSan')).toEqual({ kind: 'pinyin', value: 'zhangsan' });
    expect(classifySearch('x')).toEqual({ kind: 'pinyin', value: 'x' });
  });

  it('reads full-width digits and letters from a Chinese IME like half-width ones', () => {
    expect(classifySearch('８００５１２')).toEqual({ kind: 'idFragment', value: '800512' });
    expect(classifySearch('４４')).toEqual({ kind: 'idPrefix', value: '44' });
    expect(classifySearch('００２ｘ')).toEqual({ kind: 'idFragment', value: '002X' });
    expect(classifySearch('ｚｓｆ')).toEqual({ kind: 'pinyin', value: 'zsf' });
  });

  it('keeps a mix of Chinese and other characters as a name', () => {
    expect(classifySearch('张3')).toEqual({ kind: 'name', value: '张3' });
  });
});

/** How SQLite compares TEXT with the default BINARY collation: UTF-8 bytes, i.e. code points. */
const sqliteCompare = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const inRange = (s: string, prefix: string) => {
  const upper = prefixUpperBound(prefix);
  return sqliteCompare(s, prefix) >= 0 && (upper === null || sqliteCompare(s, upper) < 0);
};

describe('prefixUpperBound', () => {
  it('bumps the last character', () => {
    expect(prefixUpperBound('zs')).toBe('zt');
    expect(prefixUpperBound('44030')).toBe('44031');
    // 芳 is U+82B3, 芴 U+82B4.
    expect(prefixUpperBound('王芳')).toBe('王芴');
  });

  it('gives a range holding exactly the strings that start with the prefix (Latin, digits, CJK)', () => {
    const words = [
      '',
      'z',
      'zs',
      'zsf',
      'zsg',
      'zt',
      'zr',
      'zhangsan',
      'zhangsanfeng',
      'zhangsao',
      'zhangs',
      '44',
      '440307',
      '4403079',
      '44031',
      '4402',
      '45',
      '王',
      '王芳',
      '王芳芳',
      '王芴',
      '王芳\u{10FFFF}',
      '王芳𠀀',
      '玉',
      '汪',
      '张三丰',
      '张三',
      '张',
      '张三丰丰',
      '张四',
      '𠀀',
      '𠀀𠀁',
      '𠀁',
      '\uFFFF',
      '\uE000',
      '王芳\u{10FFFF}\u{10FFFF}',
      '王芳\u{10FFFF}a',
      '\u{10FFFF}',
      '\u{10FFFF}王',
      '\uD7FF',
      '\uD7FF王',
      '\uE000王',
    ];
    const prefixes = [
      'z',
      'zs',
      'zhangsan',
      '4403',
      '440307',
      '王',
      '王芳',
      '张三',
      '𠀀',
      '芳',
      '王芳\u{10FFFF}',
      '\u{10FFFF}',
      '\uD7FF',
    ];
    for (const prefix of prefixes) {
      for (const w of words) {
        expect(inRange(w, prefix), `"${w}" against prefix "${prefix}"`).toBe(w.startsWith(prefix));
      }
    }
  });

  it('bumps a character outside the Basic Multilingual Plane as one code point, not a surrogate', () => {
    const upper = prefixUpperBound('张𠀀');
    expect(Array.from(upper ?? '')).toEqual(['张', '𠀁']);
    expect(inRange('张𠀀𠀀', '张𠀀')).toBe(true);
    expect(inRange('张\uFFFF', '张𠀀')).toBe(false);
  });

  it('leaves everything in range for an empty prefix', () => {
    for (const w of ['a', '王芳', '440307', '𠀀']) expect(inRange(w, '')).toBe(true);
  });
});
