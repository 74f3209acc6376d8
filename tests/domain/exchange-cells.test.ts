import { describe, expect, it } from 'vitest';
import { cellText, cleanName, cleanText, columnLetter, isBlank, normaliseHeader } from '../../domain/exchange/cells';

describe('cellText', () => {
  it('shows integers in full, so lost digits show as zeros rather than an exponent', () => {
    expect(cellText(4.40307199001011e17)).toBe('440307199001011000');
    expect(cellText(13800001111)).toBe('13800001111');
    expect(cellText(12.5)).toBe('12.5');
  });

  it('shows a date cell as the calendar day Excel showed', () => {
    expect(cellText(new Date(Date.UTC(2020, 0, 2)))).toBe('2020-01-02');
  });

  it('shows nothing for an empty cell and TRUE/FALSE for booleans', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('TRUE');
  });
});

describe('cleanText and cleanName', () => {
  it('turns full-width text half-width and collapses every kind of blank', () => {
    expect(cleanText('  龙城街道\u3000龙西社区\n１号  ')).toBe('龙城街道 龙西社区 1号');
    expect(cleanText(' \u00a0\u3000 ')).toBeNull();
    expect(cleanText(null)).toBeNull();
  });

  it('joins a padded Chinese name and keeps a Latin one readable', () => {
    expect(cleanName('王  芳')).toBe('王芳');
    expect(cleanName('王\u3000芳')).toBe('王芳');
    expect(cleanName('阿依古丽.买买提')).toBe('阿依古丽·买买提');
    expect(cleanName(' Anna  Lee ')).toBe('Anna Lee');
  });

  it('knows a blank cell', () => {
    expect(isBlank('\u3000 \n')).toBe(true);
    expect(isBlank(0)).toBe(false);
  });
});

describe('normaliseHeader', () => {
  it('ignores spaces, line breaks, full-width forms, required marks and trailing colons', () => {
    expect(normaliseHeader('身份证\n号码')).toBe('身份证号码');
    expect(normaliseHeader('＊姓 名：')).toBe('姓名');
    expect(normaliseHeader('姓名*')).toBe('姓名');
    expect(normaliseHeader('联系电话（必填）')).toBe('联系电话');
    expect(normaliseHeader('建筑面积（平方米）')).toBe(normaliseHeader('建筑面积(平方米)'));
  });
});

describe('columnLetter', () => {
  it('labels columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
