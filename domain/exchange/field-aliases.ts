import type { SheetKind } from '../registers';
import { normaliseHeader } from './cells';

/**
 * Every register field a spreadsheet column can name: the header the export writes, and the
 * other headers street and community lists use for the same thing. This one table is what the
 * import matches headers against and what the export writes (server/exchange/columns.ts adds
 * widths and types), so an exported workbook always re-imports.
 *
 * Headers are matched by headerKey: spaces, line breaks, full-width forms, brackets and required
 * marks do not count, and the paired names of a level are one word, so 街道（乡镇）, 乡镇街道,
 * 镇（街道） and 镇街 all read as 街道, 社区(村), 村（社区）, 村居 and 居委会 as 社区. An alias needs
 * listing only once in whichever spelling.
 */
export { SHEET_KINDS, type SheetKind } from '../registers';

export interface FieldNames {
  /** What the export writes. */
  header: string;
  aliases: readonly string[];
}

type Table = Record<SheetKind, Record<string, FieldNames>>;

const f = (header: string, ...aliases: string[]): FieldNames => ({ header, aliases });

export const FIELD_ALIASES = {
  persons: {
    name: f('姓名', '残疾人姓名', '名字', '服务对象姓名', '托养对象姓名'),
    residentId: f(
      '身份证号',
      '身份证号码',
      '公民身份号码',
      '身份证',
      '证件号码',
      '身份证件号码',
      '居民身份证号码',
      '身份号码',
      '残疾人身份证号',
    ),
    sex: f('性别'),
    birthDate: f('出生日期', '出生年月日', '出生年月', '出生时间', '生日'),
    certNumber: f(
      '残疾人证号',
      '残疾证号',
      '残疾人证号码',
      '残疾证号码',
      '第二代残疾人证号',
      '残疾证编号',
      '残疾人证编号',
      '残疾证',
    ),
    category: f('残疾类别', '残疾类型', '类别', '残疾种类'),
    level: f('残疾等级', '等级', '残疾级别'),
    certIssueDate: f('发证日期', '残疾人证发证日期', '办证日期', '残疾证发证日期', '发证时间', '领证日期', '办证时间'),
    hukouStreet: f('户籍街道', '户籍所在街道', '户口所在街道'),
    hukouCommunity: f('户籍社区', '户籍所在社区', '户口所在社区'),
    residenceStreet: f('居住街道', '街道', '所属街道', '现居住街道', '所在街道'),
    residenceCommunity: f('居住社区', '社区', '所属社区', '现居住社区', '所在社区'),
    address: f('居住地址', '现住址', '家庭住址', '地址', '详细地址', '现居住地址', '家庭地址', '住址', '居住地'),
    phone: f(
      '联系电话',
      '电话',
      '手机',
      '手机号码',
      '联系方式',
      '手机号',
      '电话号码',
      '联系号码',
      '本人电话',
      '本人联系电话',
    ),
    economicStatus: f('经济状况', '家庭经济状况', '困难类型', '困难类别'),
    status: f('人员状态', '状态'),
    guardianName: f('监护人姓名', '监护人', '法定监护人', '监护人（联系人）', '联系人'),
    guardianRelation: f(
      '与监护人关系',
      '监护人关系',
      '关系',
      '与本人关系',
      '与残疾人关系',
      '监护关系',
      '与监护人的关系',
      '监护人与本人关系',
      '监护人与残疾人关系',
    ),
    guardianPhone: f(
      '监护人电话',
      '监护人联系电话',
      '监护人手机',
      '监护人手机号码',
      '联系人电话',
      '监护人联系方式',
      '监护人电话号码',
    ),
    guardianResidentId: f('监护人身份证号', '监护人身份证号码', '监护人身份证'),
    careMode: f('托养方式', '安置方式', '服务方式', '托养类型', '托养形式'),
    careInstitution: f('托养机构', '安置机构', '服务机构', '托养单位', '托养机构名称'),
    careStart: f('托养开始日期', '入托日期', '安置日期', '托养时间', '开始托养日期', '入托时间', '托养开始时间'),
    remarks: f('备注', '说明'),
  },
  institutions: {
    name: f('机构名称', '名称', '单位名称', '托养机构名称', '机构'),
    creditCode: f('统一社会信用代码', '信用代码', '社会信用代码', '组织机构代码'),
    registrationNo: f('登记证号', '登记证书号', '登记号'),
    registeringDept: f('登记管理机关', '登记机关', '登记部门'),
    ownership: f('举办性质', '性质', '机构性质', '办学性质'),
    modes: f('托养方式', '服务方式', '托养类型', '托养形式'),
    street: f('所属街道', '街道', '所在街道'),
    community: f('所属社区', '社区', '所在社区'),
    address: f('地址', '机构地址', '详细地址', '服务地址'),
    beds: f('床位数', '床位', '寄宿床位数', '核定床位'),
    dayPlaces: f('日间照料名额', '日间照料人数', '日间名额'),
    floorArea: f('建筑面积（平方米）', '建筑面积', '面积', '场地面积'),
    personInCharge: f('负责人', '法定代表人', '机构负责人', '法人代表', '负责人姓名'),
    phone: f('联系电话', '电话', '负责人电话', '联系方式', '电话号码', '负责人联系电话', '机构负责人电话', '机构电话'),
    services: f('服务内容', '服务项目'),
    designationNo: f('阳光家园编号', '授牌编号', '阳光家园授牌编号'),
    designationDate: f('授牌日期', '阳光家园授牌日期', '授牌时间'),
    status: f('运营状态', '状态'),
    remarks: f('备注', '说明'),
  },
  staff: {
    name: f('姓名', '工作人员姓名', '服务人员姓名'),
    residentId: f('身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码', '身份证件号码'),
    sex: f('性别'),
    birthDate: f('出生日期', '出生年月日', '出生年月'),
    phone: f('联系电话', '电话', '手机', '手机号码', '手机号', '联系方式', '电话号码'),
    employer: f('工作单位', '所在机构', '服务机构', '单位', '用人单位', '所在单位', '所属机构'),
    post: f('岗位', '岗位类别', '职务', '工作岗位', '岗位类型'),
    hireDate: f('入职日期', '上岗日期', '参加工作日期', '入职时间', '上岗时间'),
    leaveDate: f('离职日期', '离职时间'),
    permitNumber: f('上岗证号', '上岗证编号', '上岗证号码'),
    remarks: f('备注', '说明'),
  },
} as const satisfies Table;

// The words for one level, in every pairing offices write (乡镇街道, 街道乡镇, 镇街…): longest first,
// so 街道办事处 is one word and not 街道 + leftovers.
const STREET_WORDS = /(?:街道办事处|街道办|街道|乡镇|镇街(?!道)|镇)+/g;
// 居 on its own is left alone: 居住 (residence) starts with it.
const COMMUNITY_WORDS =
  /(?:社区居委会|社区居民委员会|村民委员会|居民委员会|社区|村居(?!委)|居委会|村委会|居委|村委|村)+/g;

/** A header as the import compares it (see above). */
export function headerKey(header: string): string {
  return normaliseHeader(header)
    .replace(/[()[\]【】〔〕{}<>《》/\\、|-]/g, '')
    .replace(STREET_WORDS, '街道')
    .replace(COMMUNITY_WORDS, '社区');
}

// A bracketed note at the end of a header: a unit (床位数（张）, 建筑面积（㎡）), a length
// (身份证号（18位）) or the choices (性别（男/女）). Brackets are half-width by now.
const TRAILING_NOTE = /[([【〔][^()[\]【】〔〕]*[)\]】〕]$/;

/**
 * The keys a header is looked up by, best first: the whole header (so 监护人（姓名） and
 * 街道（乡镇） keep what their brackets say), then the header without a bracketed note at its end.
 */
export function headerKeys(header: string): string[] {
  const whole = headerKey(header);
  const bare = normaliseHeader(header).replace(TRAILING_NOTE, '');
  const stripped = bare === '' ? whole : headerKey(bare);
  return stripped === whole ? [whole] : [whole, stripped];
}

export type FieldKey<K extends SheetKind> = keyof (typeof FIELD_ALIASES)[K] & string;

/** Header key → field, for one register: the export header first, then aliases in table order. */
export function aliasIndex(kind: SheetKind): Map<string, string> {
  const index = new Map<string, string>();
  const fields: Record<string, FieldNames> = FIELD_ALIASES[kind];
  for (const [key, names] of Object.entries(fields)) {
    const k = headerKey(names.header);
    if (!index.has(k)) index.set(k, key);
  }
  for (const [key, names] of Object.entries(fields)) {
    for (const alias of names.aliases) {
      const k = headerKey(alias);
      if (!index.has(k)) index.set(k, key);
    }
  }
  return index;
}
