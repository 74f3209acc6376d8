import { describe, expect, it } from 'vitest';
import { aliasIndex, FIELD_ALIASES, headerKey, headerKeys, SHEET_KINDS } from '#domain/exchange/field-aliases';

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
      for (const [field, names] of Object.entries(FIELD_ALIASES[kind]))
        expect(fieldOf(kind, names.header), `${kind} ${names.header}`).toBe(field);
    }
  });

  it('reads the paired names of a level in either order, with half- or full-width brackets', () => {
    for (const h of [
      '街道',
      '街道（乡镇）',
      '街道(乡镇)',
      '乡镇（街道）',
      '乡镇街道',
      '街道乡镇',
      '镇（街道）',
      '镇街',
      '街道/乡镇',
      '所属街道（乡镇）',
      '街道办事处',
      '乡镇/街道',
    ]) {
      expect(fieldOf('persons', h), h).toBe('residenceStreet');
    }
    for (const h of [
      '社区',
      '社区(村)',
      '社区（村）',
      '村（社区）',
      '村(社区)',
      '村居',
      '村/社区',
      '社区/村',
      '居委会',
      '社区居委会',
      '所属社区（村）',
    ]) {
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

  it('reads numbered headers, units and notes in brackets at the end, and the synonyms that were missing', () => {
    const lookup = (kind: (typeof SHEET_KINDS)[number], header: string) => {
      const index = aliasIndex(kind);
      for (const key of headerKeys(header)) if (index.has(key)) return index.get(key);
      return null;
    };
    const persons: [string, string][] = [
      ['1.姓名', 'name'],
      ['2、性别', 'sex'],
      ['（3）身份证号', 'residentId'],
      ['四、联系电话', 'phone'],
      ['*1.姓名', 'name'],
      ['身份证号（18位）', 'residentId'],
      ['残疾人证号（20位）', 'certNumber'],
      ['性别（男/女）', 'sex'],
      ['出生日期（年月日）', 'birthDate'],
      ['联系电话（手机）', 'phone'],
      ['监护人（姓名）', 'guardianName'],
      ['监护人（联系人）', 'guardianName'],
      ['户籍所在街道（镇）', 'hukouStreet'],
      ['监护人与本人关系', 'guardianRelation'],
      ['监护人联系方式', 'guardianPhone'],
      ['领证日期', 'certIssueDate'],
    ];
    for (const [h, field] of persons) expect(lookup('persons', h), h).toBe(field);
    const institutions: [string, string][] = [
      ['床位数（张）', 'beds'],
      ['床位（个）', 'beds'],
      ['建筑面积（㎡）', 'floorArea'],
      ['建筑面积(m²)', 'floorArea'],
      ['日间照料名额（人）', 'dayPlaces'],
      ['负责人联系电话', 'phone'],
      ['法人代表', 'personInCharge'],
      ['授牌时间', 'designationDate'],
    ];
    for (const [h, field] of institutions) expect(lookup('institutions', h), h).toBe(field);
    for (const [h, field] of [
      ['岗位类型', 'post'],
      ['所在单位', 'employer'],
      ['上岗证号码', 'permitNumber'],
      ['入职时间', 'hireDate'],
      ['离职时间', 'leaveDate'],
    ]) {
      expect(lookup('staff', h as string), h).toBe(field);
    }
    // A number that is the header itself, and a header that is only a note, are not taken apart.
    expect(lookup('persons', '序号')).toBeNull();
    expect(lookup('persons', '（备用）')).toBeNull();
    expect(lookup('persons', '民族')).toBeNull();
  });
});
