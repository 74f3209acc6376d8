// The source of truth for message codes: a rule returns a code, never text, so the
// same failure reads correctly in every locale. Add new codes to the section of the
// register they belong to (or start a new section); en.ts must then get the same key,
// which the compiler enforces.
// Placeholders in braces ({date}) are filled by formatMessage from the rule's params.
export const zhCN = {
  // 身份证号
  'residentId.empty': '请输入身份证号',
  'residentId.length': '身份证号应为18位（旧号码15位）',
  'residentId.characters': '身份证号只能包含数字，仅最后一位可以是X',
  'residentId.birthDate': '身份证号中的出生日期（{digits}）不是有效日期，请核对第7至14位',
  'residentId.birthDateTooEarly': '身份证号中的出生日期（{date}）早于{minYear}年，请核对',
  'residentId.birthDateFuture': '出生日期不能晚于今天（身份证号中为{date}），请核对',
  'residentId.checkChar': '身份证号校验位不正确，请核对最后一位',

  // 残疾人证号（第二代）
  'disabilityCert.empty': '请输入残疾人证号',
  'disabilityCert.length': '残疾人证号应为20位（18位身份证号＋类别1位＋等级1位），补发证可带B、B2等后缀',
  'disabilityCert.characters': '残疾人证号只能包含数字，第18位可以是X，补发后缀为B、B2等',
  'disabilityCert.residentIdPart': '残疾人证号前18位不是有效的身份证号，请核对',
  'disabilityCert.category': '残疾人证号第19位（残疾类别）应为1至7，当前为{digit}',
  'disabilityCert.level': '残疾人证号第20位（残疾等级）应为1至4，当前为{digit}',
  'disabilityCert.suffix': '残疾人证号末尾只能是补发标记B、B2、B3等，请核对“{suffix}”',
  'disabilityCert.residentIdMismatch': '残疾人证号前18位与持证人的身份证号不一致，请核对',
  'disabilityCert.categoryMismatch':
    '残疾人证号中的残疾类别与登记的类别不一致（证号第19位为{certDigit}，登记为{storedDigit}），请核对',
  'disabilityCert.levelMismatch':
    '残疾人证号中的残疾等级与登记的等级不一致（证号为{certLevel}级，登记为{storedLevel}级），请核对',
  'disabilityCert.reissued': '该证为补发的残疾人证，请核对是否为最新证件',

  // 残疾类别与等级（下拉选项、列表显示）
  'disability.category.vision': '视力残疾',
  'disability.category.hearing': '听力残疾',
  'disability.category.speech': '言语残疾',
  'disability.category.physical': '肢体残疾',
  'disability.category.intellectual': '智力残疾',
  'disability.category.mental': '精神残疾',
  'disability.category.multiple': '多重残疾',
  'disability.level.1': '一级',
  'disability.level.2': '二级',
  'disability.level.3': '三级',
  'disability.level.4': '四级',

  // 统一社会信用代码
  'creditCode.empty': '请输入统一社会信用代码',
  'creditCode.length': '统一社会信用代码应为18位',
  'creditCode.characters': '统一社会信用代码只能包含数字和大写字母（不使用I、O、Z、S、V）',
  'creditCode.checkChar': '统一社会信用代码校验位不正确，请核对最后一位',

  // 金额
  'money.empty': '请输入金额',
  'money.format': '金额格式不正确，请输入数字，如1500或1,500.00',
  'money.tooManyDecimals': '金额最多保留两位小数（精确到分）',
  'money.negative': '金额不能为负数',
  'money.tooLarge': '金额过大，超出系统可处理的范围',

  // 通用字段
  'field.required': '此项为必填项',
  'field.invalid': '填写内容不正确',
  'field.tooLong': '内容过长，请精简',
  'field.date': '请填写有效日期（年-月-日）',
  'field.integer': '请填写整数',
  'field.nonNegative': '不能为负数',
  'field.tooLarge': '数值过大，请核对',
  'field.phone': '电话号码格式不正确：手机号为11位，座机请带区号（如0755-12345678）',
  'field.year': '年度应在2000至2100之间',
  'field.score': '得分应在0至100之间',

  // 行政区划
  'division.notFound': '未找到该行政区划，可能已被调整',
  'division.name.required': '请输入区划名称',
  'division.code.required': '请输入区划代码',
  'division.code.digits': '区划代码只能包含数字',
  'division.code.districtLength': '区（县）代码应为6位，或以000000结尾的12位统计用代码',
  'division.code.length12': '街道和社区应使用12位统计用区划代码',
  'division.code.parentPrefix': '区划代码与上级不一致：街道代码应以所属区的前6位开头，社区代码应以所属街道的前9位开头',
  'division.code.streetSuffix': '街道（镇）代码的最后3位应为000',
  'division.code.communitySuffix': '社区（村）代码的最后3位不能为000',
  'division.code.duplicate': '该区划代码已被使用',
  'division.parent.archived': '上级区划已归档，请先恢复上级',
  'division.parent.tooDeep': '社区（村）以下不能再设下级区划',
  'division.move.level': '只能调整到同级别的上级下：街道调整到区，社区调整到街道',
  'division.archive.hasChildren': '该区划下仍有未归档的下级区划，请先处理下级',
  'division.archive.inUse': '仍有在册托养机构属于该区划，不能归档',
  'division.archivedChoice': '所选区划已归档，请选择其他区划',

  // 托养机构
  'institution.notFound': '未找到该托养机构',
  'institution.name.required': '请输入机构名称',
  'institution.ownership.required': '请选择举办性质',
  'institution.modes.required': '请至少选择一种托养方式',
  'institution.street.required': '请选择所属街道',
  'institution.community.notInStreet': '所选社区不属于该街道',
  'institution.address.required': '请输入机构地址',
  'institution.personInCharge.required': '请输入负责人姓名',
  'institution.phone.required': '请输入联系电话',
  'institution.beds.requiredForResidential': '提供寄宿制托养的机构床位数应大于0',
  'institution.dayPlaces.requiredForDayCare': '提供日间照料的机构日间照料名额应大于0',
  'institution.creditCode.duplicate': '该统一社会信用代码已登记给其他机构',
  'institution.version.stale': '该记录已被他人修改，请刷新后重新编辑',

  // 初始化与服务
  'setup.demo.notEmpty': '当前数据文件已有数据，不能载入演示数据',
  'server.internal': '系统内部错误，操作未生效。请重试，如仍失败请联系管理员',
  'host.badHost': '拒绝访问：请求的主机名不是本机地址',
  'host.badToken': '访问令牌无效，请使用启动时显示的完整地址打开',
  'host.noToken': '需要访问令牌：请使用启动时显示的完整地址（含 token）打开本系统',
  'host.badOrigin': '拒绝访问：请求来自其他网站',

  // 残疾人
  'person.notFound': '未找到该残疾人记录',
  'person.name.required': '请输入姓名',
  'person.name.format': '姓名应为2个以上汉字（少数民族姓名可含“·”），或英文字母',
  'person.category.required': '请选择残疾类别',
  'person.level.required': '请选择残疾等级',
  'person.category.mismatch': '残疾类别与残疾人证号第19位不一致，请核对',
  'person.level.mismatch': '残疾等级与残疾人证号第20位不一致，请核对',
  'person.residenceStreet.required': '请选择居住地所属街道',
  'person.residentId.duplicate': '该身份证号已登记（{name}），请勿重复录入',
  'guardian.name.required': '请输入监护人姓名',
  'guardian.relation.required': '请填写与本人的关系',
  'guardian.tooMany': '监护人最多登记5位',
  'photo.type': '照片须为 JPG 或 PNG 图片',
  'photo.tooLarge': '照片不能超过 2 MB，请压缩后再上传',
  'survey.surveyor.required': '请输入调查人',
  'survey.wantedMode.required': '请选择意向托养方式',
  'enrolment.notFound': '未找到该托养记录',
  'enrolment.mode.required': '请选择托养方式',
  'enrolment.institution.required': '寄宿制托养和日间照料须选择托养机构',
  'enrolment.institution.modeNotOffered': '该机构不提供所选托养方式',
  'enrolment.active.exists': '此人已有在托记录，请先办理退出再重新安置',
  'enrolment.overCapacity': '该机构此类名额已满（已安置{used}人，核定{capacity}个），确认仍要安置吗？',
  'enrolment.person.notActive': '此人状态不是“正常”（已故、迁出、证件失效或已归档），不能安置托养',
  'enrolment.alreadyEnded': '该托养记录已经结束',
  'enrolment.endBeforeStart': '退出日期不能早于开始日期',
  'enrolment.exitReason.required': '请选择退出原因',
  'enrolment.overlap': '开始日期不能早于上一次托养的结束日期（{date}）',
  'person.hukouStreet.required': '户籍社区须与所选户籍街道对应，请先选择户籍街道',
} as const;

export type MessageCode = keyof typeof zhCN;
