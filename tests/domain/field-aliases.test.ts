import { describe, expect, it } from 'vitest';
import { aliasIndex, FIELD_ALIASES, headerKey, SHEET_KINDS } from '../../domain/exchange/field-aliases';

const fieldOf = (kind: (typeof SHEET_KINDS)[number], header: string) => aliasIndex(kind).get(headerKey(header)) ?? null;

describe('the field alias table', () => {
  it('names every field once: no header or alias of one field reads as another field of the same register', () => {
    for (const kind of SHEET_KINDS) {
      const owner = new Map<string, string>();
      for (const [field, names] of Object.entries(FIELD_ALIASES[kind])) {
        for (const name of [names.header, ...names.aliases]) {
          const key = headerKey(name);
          const other = owner.get(key);
          expect(other === undefined || other === field, `${kind}: “${name}” is both ${other} and ${field}`).toBe(true);
          owner.set(key, field);
        }
      }
    }
  });

  it('reads the export’s own header back as its field', () => {
    for (const kind of SHEET_KINDS) {
      for (const [field, names] of Object.entries(FIELD_ALIASES[kind])) expect(fieldOf(kind, names.header), `${kind} ${names.header}`).toBe(field);
    }
  });

  it('reads the paired names of a level in either order, with half- or full-width brackets', () => {
    for (const h of ['街道', '街道（乡镇）', '街道(乡镇)', '乡镇（街道）', '乡镇街道', '街道乡镇', '镇（街道）', '镇街', '街道/乡镇', '所属街道（乡镇）', '街道办事处', '乡镇/街道']) {
      expect(fieldOf('persons', h), h).toBe('residenceStreet');
    }
    for (const h of ['社区', '社区(村)', '社区（村）', '村（社区）', '村(社区)', '村居', '村/社区', '社区/村', '居委会', '社区居委会', '所属社区（村）']) {
      expect(fieldOf('persons', h), h).toBe('residenceCommunity');
    }
    expect(fieldOf('persons', '户籍所在乡镇（街道）')).toBe('hukouStreet');
    expect(fieldOf('persons', '户籍村（社区）')).toBe('hukouCommunity');
    expect(fieldOf('institutions', '所属乡镇街道')).toBe('street');
    expect(fieldOf('institutions', '村(社区)')).toBe('community');
    // 居住 starts with 居, which is not read as a community word.
    expect(fieldOf('persons', '居住地址')).toBe('address');
    expect(fieldOf('persons', '居住街道')).toBe('residenceStreet');
  });

  it('knows the synonyms offices write for the same field', () => {
    const cases: [string, string][] = [
      ['身份证号码', 'residentId'],
      ['公民身份号码', 'residentId'],
      ['残疾证编号', 'certNumber'],
      ['手机号', 'phone'],
      ['联系方式', 'phone'],
      ['监护人', 'guardianName'],
      ['与本人关系', 'guardianRelation'],
      ['托养形式', 'careMode'],
      ['入托时间', 'careStart'],
      ['出生年月', 'birthDate'],
      ['性  别', 'sex'],
      ['＊姓　名：', 'name'],
      ['联系电话（必填）', 'phone'],
      ['现居住地址', 'address'],
    ];
    for (const [h, field] of cases) expect(fieldOf('persons', h), h).toBe(field);
    expect(fieldOf('persons', '序号')).toBeNull();
    expect(fieldOf('persons', '兴趣爱好')).toBeNull();
    expect(fieldOf('staff', '上岗证编号')).toBe('permitNumber');
    expect(fieldOf('institutions', '建筑面积(平方米)')).toBe('floorArea');
  });
});
