import { describe, expect, it } from 'vitest';
import { cellText, cleanName, cleanText, columnLetter, isBlank, normaliseHeader } from '#domain/exchange/cells';

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
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('cell text as Excel stores it', () => {
  it('decodes _xHHHH_ escapes, drops a leading apostrophe and reads every blank as a blank', async () => {
    const { readIdentifier } = await import('#domain/exchange/identifier-cell');
    const { readDate } = await import('#domain/exchange/date-cell');
    expect(cellText('第一行_x000D_\n第二行')).toBe('第一行\r\n第二行');
    expect(cellText('a_x005F_x000D_b')).toBe('a_x000D_b');
    expect(cleanText('幸福路_x000D_\n1号')).toBe('幸福路 1号');
    expect(cleanText("'龙城街道")).toBe('龙城街道');
    expect(cleanText('\u00a0龙城\u3000街道\u00a0')).toBe('龙城 街道');
    expect(readIdentifier("'440307198506150225")).toMatchObject({ ok: true, value: '440307198506150225' });
    expect(readIdentifier('４４０３０７\u00a0１９８５０６１５０２２５\u3000')).toMatchObject({
      ok: true,
      value: '440307198506150225',
    });
    expect(readDate("'2020-01-02")).toMatchObject({ ok: true, value: '2020-01-02' });
    expect(isBlank('\u00a0\u3000\u200b')).toBe(true);
  });

  it('writes every middle-dot form in a name as · and says when blanks were taken out', async () => {
    const { readName } = await import('#domain/exchange/cells');
    for (const dot of ['·', '•', '．', '・', '‧', '∙', '⋅', '･', '.']) {
      expect(readName(`阿依古丽${dot}买买提`), dot).toEqual({ name: '阿依古丽·买买提', spaceRemoved: false });
    }
    expect(readName('王  芳')).toEqual({ name: '王芳', spaceRemoved: true });
    expect(readName('王\u3000芳')).toEqual({ name: '王芳', spaceRemoved: true });
    expect(readName(' 王芳 ')).toEqual({ name: '王芳', spaceRemoved: false });
    expect(readName('John Smith')).toEqual({ name: 'John Smith', spaceRemoved: false });
    expect(readName(null)).toEqual({ name: null, spaceRemoved: false });
  });
});
