import { categoryLabel, LABELS, levelLabel } from '#domain/labels';
import type { SubsidyStandards } from '#domain/subsidy/standards';
import type { Institution, PersonListItem, StaffListItem } from '#server/contract/types';
import type { Heading, Rendered } from './rendered';
import { renderRoster, type RosterColumn } from './roster';

/** Every column a roster can show, and those it shows until the clerk picks (the choice is remembered). */
export interface RosterLayout {
  columns: RosterColumn[];
  defaultColumns: string[];
}

export interface RosterDef<D> extends RosterLayout {
  titleTail: string;
  countUnit: string;
  /** The records read for the roster as printed rows, stored values in their Chinese labels. */
  rows(records: D): { ids: number[]; rows: Record<string, string | number | null>[] };
}

/** What a roster prints: its heading, the columns chosen, and the records its loader read. */
export interface RosterData<D> {
  heading: Heading;
  columns: string[];
  records: D;
}

/** Persons in the register's order, with this year's subsidy standards for the amount column. */
export interface PersonRosterRecords {
  persons: PersonListItem[];
  standards: SubsidyStandards;
}

export const institutionRoster: RosterDef<Institution[]> = {
  titleTail: '托养服务机构花名册',
  countUnit: '家',
  columns: [
    { key: 'name', label: '机构名称', width: 24 },
    { key: 'creditCode', label: '统一社会信用代码', width: 15 },
    { key: 'street', label: '所属街道', width: 8 },
    { key: 'ownership', label: '举办性质', width: 7, align: 'center' },
    { key: 'modes', label: '托养方式', width: 14 },
    { key: 'beds', label: '床位数', width: 6, align: 'right', sum: true },
    { key: 'dayPlaces', label: '日间照料名额', width: 8, align: 'right', sum: true },
    { key: 'person', label: '负责人', width: 7 },
    { key: 'phone', label: '联系电话', width: 10 },
    { key: 'address', label: '地址', width: 20 },
    { key: 'designationNo', label: '阳光家园挂牌编号', width: 14 },
  ],
  defaultColumns: ['name', 'creditCode', 'street', 'ownership', 'modes', 'beds', 'dayPlaces', 'person', 'phone'],
  rows(institutions) {
    return {
      ids: institutions.map((i) => i.id),
      rows: institutions.map((i) => ({
        name: i.name,
        creditCode: i.creditCode,
        street: i.streetName,
        ownership: LABELS.ownership[i.ownership],
        modes: i.modes.map((m) => LABELS.mode[m]).join('、'),
        beds: i.beds,
        dayPlaces: i.dayPlaces,
        person: i.personInCharge,
        phone: i.phone,
        address: i.address,
        designationNo: i.designationNo,
      })),
    };
  },
};

export const personRoster: RosterDef<PersonRosterRecords> = {
  titleTail: '托养对象花名册',
  countUnit: '人',
  columns: [
    { key: 'name', label: '姓名', width: 7 },
    { key: 'sex', label: '性别', width: 4, align: 'center' },
    { key: 'birthDate', label: '出生日期', width: 9, align: 'center' },
    { key: 'residentId', label: '身份证号', width: 15 },
    { key: 'category', label: '残疾类别', width: 8 },
    { key: 'level', label: '等级', width: 5, align: 'center' },
    { key: 'place', label: '街道 / 社区', width: 14 },
    { key: 'mode', label: '托养方式', width: 9 },
    { key: 'institution', label: '托养机构', width: 20 },
    { key: 'startDate', label: '开始日期', width: 9, align: 'center' },
    { key: 'amount', label: '年度资助标准（元）', width: 11, align: 'right', money: true },
  ],
  defaultColumns: [
    'name',
    'sex',
    'birthDate',
    'residentId',
    'category',
    'level',
    'place',
    'mode',
    'institution',
    'amount',
  ],
  rows({ persons, standards: std }) {
    return {
      ids: persons.map((x) => x.id),
      rows: persons.map((x) => ({
        name: x.name,
        sex: x.sex === 'male' ? '男' : '女',
        birthDate: x.birthDate,
        residentId: x.residentIdMasked,
        category: categoryLabel(x.category),
        level: levelLabel(x.level),
        place: [x.residenceStreetName, x.residenceCommunityName].filter(Boolean).join(' / '),
        mode: x.enrolment ? LABELS.mode[x.enrolment.mode] : '未安置',
        institution: x.enrolment?.institutionName ?? '',
        startDate: x.enrolment?.startDate ?? '',
        amount: x.enrolment ? std[x.enrolment.mode] : 0,
      })),
    };
  },
};

export const staffRoster: RosterDef<StaffListItem[]> = {
  titleTail: '托养服务人员花名册',
  countUnit: '人',
  columns: [
    { key: 'name', label: '姓名', width: 7 },
    { key: 'sex', label: '性别', width: 4, align: 'center' },
    { key: 'residentId', label: '身份证号', width: 15 },
    { key: 'employer', label: '用人单位', width: 20 },
    { key: 'post', label: '岗位', width: 8 },
    { key: 'hireDate', label: '入职日期', width: 9, align: 'center' },
    { key: 'permit', label: '上岗证号', width: 17 },
    { key: 'validUntil', label: '有效期至', width: 9, align: 'center' },
    { key: 'standing', label: '持证状态', width: 8, align: 'center' },
  ],
  defaultColumns: ['name', 'sex', 'residentId', 'employer', 'post', 'permit', 'validUntil', 'standing'],
  rows(staff) {
    return {
      ids: staff.map((s) => s.id),
      rows: staff.map((s) => ({
        name: s.name,
        sex: s.sex === 'male' ? '男' : '女',
        residentId: s.residentIdMasked,
        employer: s.employerName ?? '区残联公益岗',
        post: LABELS.post[s.post] ?? s.post,
        hireDate: s.hireDate,
        permit: s.permit?.number ?? '未持证',
        validUntil: s.permit?.validUntil ?? '',
        standing: s.permit ? LABELS.standing[s.permit.standing] : '',
      })),
    };
  },
};

/**
 * Renders one roster with the columns chosen (in the roster's own order; none chosen: the
 * defaults). The title is read back from the page, as the history has always recorded it.
 */
export function renderRosterDoc<D>(def: RosterDef<D>, { heading, columns: chosen, records }: RosterData<D>): Rendered {
  const { district, unit, year, date } = heading;
  const keep = new Set(chosen.length ? chosen : def.defaultColumns);
  const columns = def.columns.filter((c) => keep.has(c.key));
  const { ids, rows } = def.rows(records);
  const out = renderRoster({
    title: `${district}${year}年度阳光家园计划${def.titleTail}`,
    unit,
    date,
    columns,
    rows,
    countUnit: def.countUnit,
  });
  const title = /<title>(.*?)<\/title>/.exec(out.html)?.[1] ?? '';
  return { ...out, title, ids };
}
