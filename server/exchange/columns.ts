/**
 * The columns of each register as it travels in a spreadsheet: the Chinese header the export
 * writes, the other headers real sheets from streets and communities use for the same thing
 * (matched by the import after normalising spaces, full-width characters and line breaks), and
 * how the column is typed and sized. Export and import read this one list, so an exported
 * workbook always re-imports.
 */
export const SHEET_KINDS = ['persons', 'institutions', 'staff'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

export interface SheetColumn {
  key: string;
  header: string;
  aliases: readonly string[];
  /** Excel column width in characters. */
  width: number;
  /** ID-like values (身份证号, 证号, 代码, 电话): always written and read as text, never as numbers. */
  text?: boolean;
  /** The import refuses a row with this column empty (the register's own rule says why). */
  required?: boolean;
  /** A date: written as an ISO date text, read from Excel serials and the usual Chinese spellings. */
  date?: boolean;
  /** Written for the reader (derived from other columns, or kept by its own register); the import ignores it. */
  exportOnly?: boolean;
}

const col = (key: string, header: string, width: number, aliases: string[] = [], extra: Partial<SheetColumn> = {}): SheetColumn => ({
  key,
  header,
  aliases,
  width,
  ...extra,
});

export const SHEET_COLUMNS: Record<SheetKind, readonly SheetColumn[]> = {
  persons: [
    col('name', '姓名', 10, ['残疾人姓名', '名字'], { required: true }),
    col('residentId', '身份证号', 22, ['身份证号码', '公民身份号码', '身份证', '证件号码'], { text: true, required: true }),
    col('sex', '性别', 6, [], { exportOnly: true }),
    col('birthDate', '出生日期', 12, ['出生年月日', '出生年月'], { date: true, exportOnly: true }),
    col('certNumber', '残疾人证号', 26, ['残疾证号', '残疾人证号码', '残疾证号码', '第二代残疾人证号'], { text: true, required: true }),
    col('category', '残疾类别', 10, ['残疾类型', '类别']),
    col('level', '残疾等级', 10, ['等级', '残疾级别']),
    col('certIssueDate', '发证日期', 12, ['残疾人证发证日期', '办证日期'], { date: true }),
    col('hukouStreet', '户籍街道', 12, ['户籍所在街道', '户籍镇街']),
    col('hukouCommunity', '户籍社区', 14, ['户籍所在社区', '户籍村居']),
    col('residenceStreet', '居住街道', 12, ['街道', '所属街道', '现居住街道', '镇（街道）', '镇街'], { required: true }),
    col('residenceCommunity', '居住社区', 14, ['社区', '所属社区', '现居住社区', '村（社区）', '村居']),
    col('address', '居住地址', 30, ['现住址', '家庭住址', '地址', '详细地址']),
    col('phone', '联系电话', 14, ['电话', '手机', '手机号码', '联系方式'], { text: true }),
    col('economicStatus', '经济状况', 10, ['家庭经济状况', '困难类型']),
    col('status', '人员状态', 10, ['状态']),
    col('guardianName', '监护人姓名', 10, ['监护人']),
    col('guardianRelation', '与监护人关系', 12, ['监护人关系', '关系']),
    col('guardianPhone', '监护人电话', 14, ['监护人联系电话', '监护人手机'], { text: true }),
    col('guardianResidentId', '监护人身份证号', 22, ['监护人身份证号码'], { text: true }),
    col('careMode', '托养方式', 12, ['安置方式', '服务方式']),
    col('careInstitution', '托养机构', 24, ['安置机构', '服务机构']),
    col('careStart', '托养开始日期', 14, ['入托日期', '安置日期'], { date: true }),
    col('remarks', '备注', 20),
  ],
  institutions: [
    col('name', '机构名称', 28, ['名称', '单位名称', '托养机构名称'], { required: true }),
    col('creditCode', '统一社会信用代码', 22, ['信用代码', '社会信用代码', '组织机构代码'], { text: true }),
    col('registrationNo', '登记证号', 18, ['登记证书号', '登记号'], { text: true }),
    col('registeringDept', '登记管理机关', 22, ['登记机关', '登记部门']),
    col('ownership', '举办性质', 10, ['性质', '机构性质', '办学性质'], { required: true }),
    col('modes', '托养方式', 22, ['服务方式', '托养类型'], { required: true }),
    col('street', '所属街道', 12, ['街道', '镇（街道）', '镇街'], { required: true }),
    col('community', '所属社区', 14, ['社区', '村（社区）']),
    col('address', '地址', 32, ['机构地址', '详细地址', '服务地址'], { required: true }),
    col('beds', '床位数', 8, ['床位', '寄宿床位数', '核定床位']),
    col('dayPlaces', '日间照料名额', 12, ['日间照料人数', '日间名额']),
    col('floorArea', '建筑面积（平方米）', 12, ['建筑面积', '面积', '场地面积']),
    col('personInCharge', '负责人', 10, ['法定代表人', '机构负责人'], { required: true }),
    col('phone', '联系电话', 14, ['电话', '负责人电话', '联系方式'], { text: true, required: true }),
    col('services', '服务内容', 30, ['服务项目']),
    col('designationNo', '阳光家园编号', 22, ['授牌编号', '阳光家园授牌编号'], { text: true }),
    col('designationDate', '授牌日期', 12, ['阳光家园授牌日期'], { date: true }),
    col('status', '运营状态', 10, ['状态']),
    col('remarks', '备注', 20),
  ],
  staff: [
    col('name', '姓名', 10, ['工作人员姓名', '服务人员姓名'], { required: true }),
    col('residentId', '身份证号', 22, ['身份证号码', '公民身份号码', '身份证', '证件号码'], { text: true, required: true }),
    col('sex', '性别', 6, [], { exportOnly: true }),
    col('birthDate', '出生日期', 12, ['出生年月日'], { date: true, exportOnly: true }),
    col('phone', '联系电话', 14, ['电话', '手机', '手机号码'], { text: true }),
    col('employer', '工作单位', 28, ['所在机构', '服务机构', '单位', '用人单位']),
    col('post', '岗位', 10, ['岗位类别', '职务', '工作岗位'], { required: true }),
    col('hireDate', '入职日期', 12, ['上岗日期', '参加工作日期'], { date: true }),
    col('leaveDate', '离职日期', 12, [], { date: true }),
    col('permitNumber', '上岗证号', 20, ['上岗证编号'], { text: true, exportOnly: true }),
    col('remarks', '备注', 20),
  ],
};

/** The sheet name a register gets in the submission workbook. */
export const SHEET_NAMES: Record<SheetKind, string> = { persons: '残疾人', institutions: '托养机构', staff: '服务人员' };
