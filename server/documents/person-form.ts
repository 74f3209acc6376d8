import dayjs from 'dayjs';
import { categoryLabel, LABELS, levelLabel } from '#domain/labels';
import type { Enrolment, Person, Survey } from '#server/contract/types';
import { cell, formDocument, grid, kv, signBlock } from './form-layout';
import { esc } from './html';
import { clip, photoBox } from './parts';
import type { Heading, Rendered } from './rendered';

const TITLE = '阳光家园计划托养对象登记表';

/** The person's fields the form prints (IDs already masked). */
export type PrintedPerson = Pick<
  Person,
  | 'id'
  | 'name'
  | 'sex'
  | 'birthDate'
  | 'residentIdMasked'
  | 'certNumberMasked'
  | 'certIssueDate'
  | 'category'
  | 'level'
  | 'status'
  | 'economicStatus'
  | 'phone'
  | 'createdAt'
  | 'hukouStreetName'
  | 'hukouCommunityName'
  | 'residenceStreetName'
  | 'residenceCommunityName'
  | 'address'
  | 'guardians'
  | 'remarks'
>;

export interface PersonFormData {
  heading: Heading;
  person: PrintedPerson;
  /** The open enrolment, or null when the person is not in care. */
  enrolment: Pick<Enrolment, 'mode' | 'institutionName' | 'startDate'> | null;
  /** The latest needs survey, or null. */
  survey: Pick<Survey, 'surveyDate' | 'surveyor' | 'wantedMode' | 'wantedServices' | 'remarks'> | null;
  /** The person's photo as a data: URL, or null for the empty frame. */
  photo: string | null;
}

const place = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ');
/** The local calendar day of a stored timestamp, written like the other dates of the form. */
const day = (iso: string) => dayjs(iso).format('YYYY-MM-DD');

/**
 * 登记表 of one person, for signing by the person or guardian: identity (IDs masked), place,
 * guardians, current care, the latest needs survey, and the office's signatures and seal.
 */
export function renderPersonForm({ heading, person: p, enrolment: open, survey, photo }: PersonFormData): Rendered {
  const { unit, date } = heading;

  const basics = grid(
    [22, 30, 18, 22, 22, 30, 34],
    [
      `${kv('姓名', p.name, 1, 30)}${kv('性别', LABELS.sex[p.sex])}${kv('出生日期', p.birthDate)}<td class="ph" rowspan="5">${photoBox(photo, 25, 35, '照片（一寸）')}</td>`,
      `${kv('身份证号', p.residentIdMasked, 3)}${kv('经济状况', LABELS.economicStatus[p.economicStatus] ?? p.economicStatus)}`,
      `${kv('残疾人证号', p.certNumberMasked, 3)}${kv('发证日期', p.certIssueDate ?? '')}`,
      `${kv('残疾类别', categoryLabel(p.category))}${kv('残疾等级', levelLabel(p.level))}${kv('人员状态', LABELS.personStatus[p.status] ?? p.status)}`,
      `${kv('联系电话', p.phone ?? '', 3)}${kv('登记日期', day(p.createdAt))}`,
      kv('户籍所在地', place(p.hukouStreetName, p.hukouCommunityName), 6),
      kv('现居住地', place(p.residenceStreetName, p.residenceCommunityName), 6),
      kv('详细地址', p.address ?? '', 6),
    ],
  );

  // At least two guardian rows, blank ones to be filled in by hand.
  const guardianRows = [
    ...p.guardians.map((g) => [g.name, g.relation, g.phone ?? '', g.residentIdMasked ?? '']),
    ['', '', '', ''],
    ['', '', '', ''],
  ].slice(0, Math.max(2, p.guardians.length));
  const guardians = grid(
    [22, 30, 30, 40, 56],
    [
      `<td class="k" rowspan="${guardianRows.length + 1}">监护人</td><td class="k">姓名</td><td class="k">与本人关系</td><td class="k">联系电话</td><td class="k">身份证号</td>`,
      ...guardianRows.map((r) => r.map((v, i) => cell(v, [30, 30, 40, 56][i] ?? 30)).join('')),
    ],
  );

  const care = grid(
    [22, 40, 76, 40],
    [
      `<td class="k" rowspan="2">托养安置</td><td class="k">托养方式</td><td class="k">托养机构</td><td class="k">开始日期</td>`,
      open
        ? `<td class="c">${esc(LABELS.mode[open.mode])}</td>${cell(open.institutionName ?? '（居家）', 76)}<td class="c">${esc(open.startDate)}</td>`
        : `<td class="c">未安置</td><td class="c"></td><td class="c"></td>`,
    ],
  );

  const needs = grid(
    [22, 40, 40, 76],
    [
      `<td class="k" rowspan="4">需求调查<br><small>（最近一次）</small></td><td class="k">调查日期</td><td class="k">调查人</td><td class="k">意向托养方式</td>`,
      survey
        ? `<td class="c">${esc(survey.surveyDate)}</td>${cell(survey.surveyor, 40)}<td class="c">${esc(LABELS.wantedMode[survey.wantedMode] ?? survey.wantedMode)}</td>`
        : `<td class="c">未调查</td><td class="c"></td><td class="c"></td>`,
      kv('需要的服务', survey ? survey.wantedServices.map((s) => LABELS.services[s] ?? s).join('、') : '', 2),
      kv('调查备注', clip(survey?.remarks, 60), 2),
    ],
  );

  const remarks = grid(
    [22, 156],
    [
      `<td class="k">备注</td><td class="v tall${(p.remarks ?? '').length > 60 ? ' small' : ''}">${esc(clip(p.remarks, 150))}</td>`,
    ],
  );
  const body =
    basics +
    guardians +
    care +
    needs +
    remarks +
    signBlock(['本人或监护人签字', '经办人', '审核人'], [`${unit}（盖章）`]);
  const html = formDocument({
    title: TITLE,
    docTitle: `${TITLE}（${p.name}）`,
    unit,
    date,
    body,
    dense: p.guardians.length > 2,
    note: '注：本表一式两份，区残联和托养机构各存一份。身份证号、残疾人证号按个人信息保护要求遮挡打印，核对原件后由经办人签字。',
  });
  return { title: `${TITLE}（${p.name}）`, html, pages: 1, ids: [p.id] };
}
