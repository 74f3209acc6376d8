import { describe, expect, it } from 'vitest';
import { excelSerialToIso, parseTextDate, readDate } from '#domain/exchange/date-cell';

describe('excelSerialToIso', () => {
  it('counts from 1900 including Excel’s phantom 29 Feb 1900', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(43831)).toBe('2020-01-01');
    expect(excelSerialToIso(43833.75)).toBe('2020-01-03');
    expect(excelSerialToIso(0)).toBeNull();
  });
});

describe('parseTextDate', () => {
  it('reads the spellings clerks use', () => {
    for (const s of [
      '2020/1/2',
      '2020-1-2',
      '2020.1.2',
      '2020年1月2日',
      '2020年01月02日',
      '20200102',
      '2020-01-02',
      '2020/01/02 00:00:00',
      '２０２０年１月２日',
      ' 2020 / 1 / 2 ',
    ]) {
      expect(parseTextDate(s), s).toBe('2020-01-02');
    }
  });

  it('refuses days that do not exist and incomplete dates', () => {
    for (const s of [
      '2020/2/30',
      '2019-02-29',
      '2020年1月',
      '2020-13-01',
      '1/2/2020',
      '二〇二〇年一月二日',
      '202012',
    ]) {
      expect(parseTextDate(s), s).toBeNull();
    }
    expect(parseTextDate('2020-02-29')).toBe('2020-02-29');
  });
});

describe('readDate', () => {
  it('reads date cells, serials, 8-digit numbers and text', () => {
    expect(readDate(new Date(Date.UTC(2020, 0, 2)))).toMatchObject({ ok: true, value: '2020-01-02' });
    expect(readDate(43832)).toMatchObject({ ok: true, value: '2020-01-02' });
    expect(readDate(20200102)).toMatchObject({ ok: true, value: '2020-01-02' });
    expect(readDate('2020年1月2日')).toMatchObject({ ok: true, value: '2020-01-02' });
    expect(readDate(null)).toMatchObject({ ok: true, value: null });
    expect(readDate(' ')).toMatchObject({ ok: true, value: null });
  });

  it('refuses anything else, quoting the cell', () => {
    expect(readDate('去年三月')).toEqual({ ok: false, error: 'import.date.format', params: { value: '去年三月' } });
    expect(readDate('2020.1.2号？')).toMatchObject({ ok: false, error: 'import.date.format' });
    expect(readDate(-5)).toMatchObject({ ok: false });
  });

  it('refuses a day the calendar does not have with the message every date input gives', () => {
    for (const v of ['2023-02-30', '2023/4/31', '2023年2月29日', '20230229', 20201340, "'2023-02-30"]) {
      expect(readDate(v), String(v)).toMatchObject({ ok: false, error: 'field.date' });
    }
    expect(readDate('2024-02-29')).toMatchObject({ ok: true, value: '2024-02-29' });
    expect(readDate(-5)).toMatchObject({ ok: false });
  });
});
