// Message codes of the exports part of data exchange (see zh-CN.ts for the rules of codes).
export const exportsZhCN = {
  'exports.registers.empty': '请至少选择一项要导出的登记数据',
  'exports.folder.notAbsolute': '请填写完整的文件夹路径，如 E:\\报送 或 /media/用户名/U盘',
  'exports.folder.notFound': '找不到文件夹“{folder}”的上级文件夹，请检查路径或 U 盘是否已插好',
  'exports.folder.notFolder': '“{folder}”不是文件夹，请选择一个文件夹',
  'exports.folder.unwritable': '文件夹“{folder}”无法写入（只读、没有权限或 U 盘写保护），请换一个文件夹',
  'exports.write.failed':
    '写入“{folder}”时出错（{reason}），文件未保存，也未留下不完整的文件。请检查 U 盘是否已拔出后重试',
  'exports.verify.damaged': '导出的文件读回时已损坏（{reason}），已删除该文件，请重试',
  'exports.verify.sheets': '导出的文件读回时工作表为“{sheets}”，与写入的不一致，已删除该文件，请重试',
  'exports.verify.sheetMissing': '导出的文件读回时缺少工作表“{sheet}”，已删除该文件，请重试',
  'exports.verify.header': '导出的文件读回时“{sheet}”的表头不一致，已删除该文件，请重试',
  'exports.verify.rows': '导出的文件读回时“{sheet}”有 {read} 行，应为 {expected} 行，已删除该文件，请重试',
} as const;
