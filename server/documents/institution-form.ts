import { CARE_MODES, INSTITUTION_SERVICES } from '#domain/institution/enums';
import { LABELS } from '#domain/labels';
import type { Institution } from '#server/contract/types';
import { formDocument, grid, kv, signBlock, tick } from './form-layout';
import { esc } from './html';
import { clip, dateOrBlank } from './parts';
import type { Heading, Rendered } from './rendered';

const TITLE = '阳光家园托养服务机构登记表';

/** The institution's fields the form prints. */
export type PrintedInstitution = Pick<
  Institution,
  | 'id'
  | 'name'
  | 'creditCode'
  | 'registrationNo'
  | 'registeringDept'
  | 'ownership'
  | 'streetName'
  | 'communityName'
  | 'status'
  | 'address'
  | 'personInCharge'
  | 'phone'
  | 'modes'
  | 'beds'
  | 'dayPlaces'
  | 'floorArea'
  | 'services'
  | 'serviceContent'
  | 'designationNo'
  | 'designationDate'
  | 'remarks'
>;

export interface InstitutionFormData {
  heading: Heading;
  institution: PrintedInstitution;
}

/**
 * 登记表 of one institution: its registration, the modes and services it offers (every option
 * printed with a tick box, so the form also works filled in by hand), capacity, person in
 * charge and the 阳光家园 designation.
 */
export function renderInstitutionForm({ heading, institution: i }: InstitutionFormData): Rendered {
  const { unit, date } = heading;
  const w = [34, 55, 30, 59];

  const registration = grid(w, [
    kv('机构名称', i.name, 3),
    `${kv('统一社会信用代码', i.creditCode ?? '', 1, 55)}${kv('登记证号', i.registrationNo ?? '', 1, 59)}`,
    `${kv('登记管理机关', i.registeringDept ?? '', 1, 55)}${kv('举办性质', LABELS.ownership[i.ownership])}`,
    `${kv('所属街道 / 社区', [i.streetName, i.communityName].filter(Boolean).join(' '), 1, 55)}${kv('机构状态', LABELS.institutionStatus[i.status] ?? i.status)}`,
    kv('机构地址', i.address, 3),
    `${kv('负责人', i.personInCharge, 1, 55)}${kv('联系电话', i.phone, 1, 59)}`,
  ]);

  const capacity = grid(
    [34, 24, 34, 24, 36, 26],
    [
      `<td class="k">托养方式</td><td class="v" colspan="5">${CARE_MODES.map((m) => tick(i.modes.includes(m), LABELS.mode[m])).join('')}</td>`,
      `${kv('床位数（张）', i.beds)}${kv('日间照料名额', i.dayPlaces)}${kv('建筑面积（平方米）', i.floorArea ?? '')}`,
    ],
  );

  const services = grid(
    [34, 144],
    [
      `<td class="k">服务项目</td><td class="v">${INSTITUTION_SERVICES.map((s) => tick(i.services.includes(s), LABELS.services[s] ?? s)).join('')}</td>`,
      `<td class="k">服务内容、<br>标准及收费</td><td class="v tall${(i.serviceContent ?? '').length > 120 ? ' small' : ''}">${esc(clip(i.serviceContent, 300))}</td>`,
    ],
  );

  const designation = grid(w, [
    `${kv('阳光家园挂牌编号', i.designationNo ?? '（未挂牌）', 1, 55)}<td class="k">挂牌日期</td><td class="v">${dateOrBlank(i.designationDate)}</td>`,
    `<td class="k">备注</td><td class="v tall${(i.remarks ?? '').length > 80 ? ' small' : ''}" colspan="3">${esc(clip(i.remarks, 150))}</td>`,
  ]);

  const body =
    registration +
    capacity +
    services +
    designation +
    signBlock(['机构负责人签字', '经办人', '审核人'], ['机构（盖章）', `${unit}（盖章）`]);
  const html = formDocument({
    title: TITLE,
    docTitle: `${TITLE}（${i.name}）`,
    unit,
    date,
    body,
    note: '注：本表一式两份，区残联和机构各存一份；床位数、名额以实际可提供的为准，入住率由系统按在托人数计算，不在此填写。',
  });
  return { title: `${TITLE}（${i.name}）`, html, pages: 1, ids: [i.id] };
}
