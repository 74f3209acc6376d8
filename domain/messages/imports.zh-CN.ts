// Message codes of the imports part of data exchange (see zh-CN.ts for the rules of codes).
export const importsZhCN = {
  // 文件与工作表
  'import.file.empty': '文件是空的，请选择填写了数据的 Excel（.xlsx）或 CSV 文件',
  'import.file.xls':
    '暂不支持旧版 Excel 97-2003 工作簿（.xls）。请在 Excel 或 WPS 中打开该文件，选择“另存为”→“Excel 工作簿（*.xlsx）”，再导入另存后的文件（如文件设有打开密码，请先取消密码）',
  'import.file.unreadable': '无法读取该文件：它不是有效的 Excel 工作簿（.xlsx）或 CSV 文件，可能已损坏',
  'import.file.tooLarge': '文件过大（超过 {limit} MB），请拆分为几个文件分批导入',
  'import.file.tooManyRows':
    '工作表“{sheet}”超过 {limit} 行（Excel 一个工作表的行数上限），文件未导入。请检查表格末尾是否有大量多余的行，或拆分为几个文件分批导入',
  'import.file.partTooLarge':
    '文件中的“{part}”解压后超过 {limit} MB，超出本系统可读取的范围，文件未导入。请确认文件来源，或拆分为几个文件分批导入',
  'import.file.tooManyColumns':
    '工作表“{sheet}”有一行超过 {limit} 列（Excel 一行的列数上限），文件未导入。请确认文件来源，或在 Excel 中打开检查后另存为 .xlsx 再导入',
  'import.file.tooManyCells':
    '文件中的单元格内容解压后超过 {limit} MB，超出本系统一次可读取的范围，文件未导入。请拆分为几个文件分批导入',
  'import.sheet.notFound': '文件中没有名为“{sheet}”的工作表',
  'import.sheet.empty': '工作表“{sheet}”中没有数据',
  'import.header.notFound':
    '在工作表“{sheet}”的前 {rows} 行中未找到表头（如“姓名”“身份证号”等列名）。请确认登记类别和工作表是否选对，或手动选择表头所在行',
  'import.header.row': '表头所在行应在第 1 至 {max} 行之间',
  'import.mapping.required': '必填项“{field}”尚未对应到表格中的列，请在“列对应”中选择',
  'import.mapping.column': '“{field}”对应的列不存在，请重新选择',
  'import.mapping.sheetColumn':
    '工作表“{sheet}”中没有“{column}”列（“{field}”在第一个工作表中对应该列）。请让各工作表的表头一致，或分开导入',
  'import.mapping.shared': '“{first}”和“{second}”不能对应同一列“{column}”',
  'import.mapping.unmatched':
    '以下列没有对应到任何登记项，不会导入：{columns}。如其中有要导入的内容，请在“列对应”中为它选择登记项',
  'import.mapping.relationMissing':
    '表中有“监护人姓名”列，但没有“与监护人关系”列：监护人照常导入，关系记为“{relation}”，导入后可在人员资料中补填',
  'import.mapping.careStartMissing':
    '表中有“托养方式”列，但没有“托养开始日期”列：请填写本次统一使用的托养开始日期，或选择本次不导入托养安置',
  'import.careStart.choose': '表中没有“托养开始日期”列：请填写本次统一使用的托养开始日期，或选择本次不导入托养安置',
  'import.session.expired': '导入已失效（超过 30 分钟未操作，或之后又打开了其他文件），请重新选择文件',
  'import.session.committed': '该文件已经导入，如需再次导入请重新选择文件',
  'import.commit.changed': '校验之后系统中的数据又被修改过（其他窗口或同事的操作），请重新校验后再导入',
  'import.commit.nothing': '没有可导入的有效记录',
  'import.report.none': '没有错误，无需下载错误报告',

  // 单元格
  'import.number.precision':
    '该号码被保存成了数字，Excel 只保留 15 位有效数字，末几位已经丢失（表中为 {shown}）。请将此列的单元格格式设为“文本”，再重新录入完整号码',
  'import.number.truncated':
    '该号码末尾为 000 且校验位不正确，可能是以数字形式保存时丢失了末几位（表中为 {shown}）。请将此列设为“文本”后重新录入完整号码',
  'import.date.format': '无法识别的日期“{value}”，请写成 2020-01-02、2020/1/2、2020年1月2日 或 20200102',
  'import.value.unknown': '“{value}”不是有效的{field}，可填：{options}',
  'import.number.invalid': '“{value}”不是有效的数字',
  'import.number.rounded': '{field}“{value}”不是整数，已按 {rounded} 导入',
  'import.street.unknown': '本区没有名为“{name}”的街道（镇），请核对名称或先在“系统设置 → 行政区划”中添加',
  'import.community.unknown': '“{street}”下没有名为“{name}”的社区（村）',
  'import.institution.unknown': '系统中没有名为“{name}”的在册托养机构',
  'import.employer.unknown': '“{name}”不是系统中在册的托养机构（可填机构名称或统一社会信用代码；本单位的公益岗请留空）',
  'import.careStart.required': '填写了托养方式，还须填写托养开始日期',
  'import.careMode.required': '填写了托养机构或托养开始日期，还须填写托养方式',
  'import.overCapacity':
    '安置后该机构此类名额将超出核定数（已安置 {used} 人，核定 {capacity} 个，含本表前面各行）；导入即确认超额安置，如不同意请先调整名额或改填其他机构',

  // 重复
  'import.duplicate.inFile': '与本表第 {row} 行的{column}重复',
  'import.duplicate.inSheet': '与工作表“{sheet}”第 {row} 行的{column}重复',
  'import.duplicate.person': '该身份证号已在系统中登记（{name}），不会重复导入',
  'import.duplicate.staff': '该身份证号已登记为服务人员（{name}），不会重复导入',
  'import.duplicate.institution': '该统一社会信用代码已登记给“{name}”，不会重复导入',
  'import.duplicate.institutionName': '系统中已有同名托养机构“{name}”，不会重复导入',

  // 提示（不影响导入）
  'import.warning.converted15': '15 位旧身份证号已转换为 18 位：{id}',
  'import.warning.reissued': '补发的残疾人证（后缀 {suffix}），请核对是否为最新证件',
  'import.warning.ignoredRow': '该行是合计、签字或说明行，已忽略',
  'import.warning.nameSpace': '姓名“{shown}”中的空格已去掉，按“{name}”导入，请核对',
  'import.warning.sexMismatch': '性别列为“{sheet}”，身份证号显示为“{id}”，两者不一致，以身份证号为准',
  'import.warning.birthMismatch': '出生日期列为“{sheet}”，身份证号显示为 {id}，两者不一致，以身份证号为准',
} as const;
