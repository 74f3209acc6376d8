// Message codes of the packages part of data exchange (see zh-CN.ts for the rules of codes).
export const packagesZhCN = {
  // 密码
  'packages.password.required': '请输入数据包密码',
  'packages.password.short': '密码至少需要8个字符',
  'packages.password.tooLong': '密码不能超过128个字符',
  'packages.password.weak': '密码须包含字母、数字、符号中的至少两类，不能只用一类字符',
  'packages.password.mismatch': '两次输入的密码不一致',
  'packages.password.wrong': '密码不正确，无法打开数据包。请向报送单位核实密码（区分大小写）',

  // 数据包文件
  'packages.file.required': '请选择数据包文件',
  'packages.file.notPackage': '所选文件不是阳光家园数据包（.shrpkg），请确认选择的文件',
  'packages.file.foreignKdf':
    '该文件不是本软件生成的数据包（加密参数与本软件写入的不符），已拒绝导入，未尝试解密。请让报送单位用本软件重新生成数据包',
  'packages.file.damaged': '数据包文件头已损坏，无法读取。请让报送单位重新生成数据包',
  'packages.file.unsupported': '数据包由较新版本的软件生成（格式版本{version}），请先升级本软件再导入',
  'packages.file.tampered': '数据包内容已被改动或损坏，校验不通过，已拒绝导入。请让报送单位重新生成数据包',
  'packages.file.tooLarge': '数据包文件过大，无法导入',

  // 来源单位、签名与序号
  'packages.office.unknown': '数据包来自未登记的单位“{name}”（{code}），已拒绝导入。请先登记该下级单位的公钥',
  'packages.signature.bad': '数据包的签名与已登记的“{name}”公钥不符，可能是伪造的数据包，已拒绝导入',
  'packages.sequence.replayed':
    '“{name}”的第{sequence}号数据包已经导入过（本单位已接收到第{last}号），这是重复或过期的数据包，已拒绝导入',
  'packages.sequence.outOfOrder':
    '缺少“{name}”的第{expected}号数据包：请先导入第{expected}号，再导入第{sequence}号（如该数据包确已遗失，可确认跳过后导入）',
  'packages.division.missing':
    '数据包中的行政区划“{name}”（{code}）在本单位找不到上级区划，无法导入。请先在系统设置中补充该区划',
  'packages.reference.missing': '数据包中的记录引用了包内没有的托养机构（{key}），数据包内容不完整，已拒绝导入',

  // 本单位
  'packages.office.missing': '尚未设置本单位信息（级别、代码、名称），请先在“本单位”中设置',
  'packages.office.name': '请输入单位名称（2至60个字）',
  'packages.office.code': '单位代码应为6位或12位数字的行政区划代码',
  'packages.office.codeStreet': '请选择本单位所在的街道',
  'packages.office.codeDistrict': '区级单位的代码须为本数据文件中区县的代码',
  'packages.office.codeCity': '市级单位的代码应为6位数字，以00结尾（如440300）',
  'packages.export.notAllowed': '市级单位没有上级单位，无需上报数据包',
  'packages.import.notAllowed': '街道单位没有下级单位，不能接收数据包',

  // 上报
  'packages.export.folderRequired': '请选择或输入保存数据包的文件夹',
  'packages.export.folderAbsolute': '请输入完整的文件夹路径（如 E:\\ 或 /media/U盘）',
  'packages.export.folderFailed': '无法写入文件夹“{path}”，请检查U盘是否插好、是否写保护，或改选其他文件夹',
  'packages.export.verifyFailed': '数据包写入后读回核对不一致，已删除该文件。请更换U盘或文件夹后重试',
  'packages.export.busy': '另一个数据包正在生成，请稍候再试',

  // 下级单位登记
  'packages.keyFile.invalid': '所选文件不是有效的单位公钥文件（.shrkey）',
  'packages.keyFile.fingerprint': '公钥文件中的指纹与公钥不符，文件可能已被改动，不能登记',
  'packages.keyFile.confirm': '公钥指纹与确认时显示的不一致，请重新选择文件并核对指纹',
  'packages.lowerOffice.self': '这是本单位自己的公钥，无需登记',
  'packages.lowerOffice.notLower': '“{name}”（{code}）不是本单位的下级单位，不能登记',
  'packages.lowerOffice.exists': '“{name}”（{code}）已经登记。如需更换公钥，请先停用原登记再重新登记',
  'packages.lowerOffice.notFound': '该下级单位不存在',

  // 冲突
  'packages.conflict.notFound': '该冲突记录不存在',
  'packages.conflict.resolved': '该冲突已经处理过了',
  'packages.conflict.permitTaken': '上岗证编号“{number}”已被本单位的其他服务人员使用，不能采用下级数据',
  'packages.conflict.recordGone': '本单位的对应记录已不存在，无法处理该冲突',
} as const;
