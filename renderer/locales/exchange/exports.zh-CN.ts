import type { SheetKind } from '#domain/registers';
import { SHEET_KIND_NAMES_ZH } from '../register-names';

/** UI strings of the exports panel of 数据交换. */
export const exportsUiZhCN = {
  intro:
    '生成报送用的 Excel 工作簿：每类登记数据一张工作表（中文表头，身份证号等编号按文本保存），另附“说明”表，注明填报单位、导出日期和各表记录数。导出的工作簿可用“Excel 导入”重新导入。',
  pipl: '工作簿含残疾人身份证号、残疾类别和等级等敏感个人信息，请使用加密 U 盘等安全途径传递，用毕及时删除。每次导出都记入审计日志。',
  registers: '导出内容',
  registersRequired: '请至少选择一项要导出的登记数据',
  register: SHEET_KIND_NAMES_ZH,
  count: { persons: '{{count}} 人', institutions: '{{count}} 家', staff: '{{count}} 人' } satisfies Record<
    SheetKind,
    string
  >,
  includeArchived: '包含已归档的记录',
  refresh: '重新查找 U 盘',
  noRemovable: '未检测到 U 盘。插入后点“重新查找 U 盘”，或选择其他文件夹。',
  submit: '导出',
  working: '正在导出并读回核对，数据较多时需要一些时间……',
  progress: '已写出 {{done}} / {{total}} 行',
  saved: '已导出 Excel 工作簿',
  summary: '{{counts}}；文件大小 {{size}}',
  failed: '导出失败',
} as const;
