import { getMeta } from '../../db';
import { formatDateZh, today } from '../../domain/dates';
import { DEFAULT_STANDARDS, type SubsidyStandards } from '../../domain/subsidy/standards';
import type { ServiceContext } from '../kernel';
import { listInstitutions } from '../services/institution-service';
import { listPersons } from '../services/person-service';
import { setupStatus } from '../services/setup-service';
import { listStaff } from '../services/staff-service';
import { renderRoster, type RosterColumn } from './roster';
import { categoryLabel, LABELS, levelLabel } from '../../domain/labels';

/** Whole registers for print: the list services, without the page limit. */
const ALL = { page: 1, pageSize: 1_000_000 } as const;

export interface RosterDef<P> {
  /** Every column the roster can show; the clerk picks, and the choice is remembered. */
  columns: RosterColumn[];
  defaultColumns: string[];
  titleTail: string;
  countUnit: string;
  rows(ctx: ServiceContext, params: P): { ids: number[]; rows: Record<string, string | number | null>[] };
}

export function districtHeading(ctx: ServiceContext): { district: string; unit: string; year: number; date: string } {
  const status = setupStatus(ctx);
  return { district: status.districtName ?? '', unit: status.officeName, year: Number(today().slice(0, 4)), date: formatDateZh(today()) };
}

function standards(ctx: ServiceContext): SubsidyStandards {
  const raw = getMeta(ctx.db, 'subsidy_standards');
  return raw ? { ...DEFAULT_STANDARDS, ...(JSON.parse(raw) as Partial<SubsidyStandards>) } : DEFAULT_STANDARDS;
}

export interface InstitutionRosterParams { streetId?: number; mode?: 'residential' | 'dayCare' | 'homeCare'; status?: 'operating' | 'suspended' | 'closed' }
export interface PersonRosterParams { streetId?: number; mode?: 'residential' | 'dayCare' | 'homeCare'; status?: 'active' | 'deceased' | 'movedOut' | 'certWithdrawn'; enrolled?: 'yes' | 'no' }
export interface StaffRosterParams { employerInstitutionId?: number; post?: string }

export const institutionRoster: RosterDef<InstitutionRosterParams> = {
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
  rows(ctx, p) {
    const page = listInstitutions(ctx, { ...ALL, includeArchived: false, sortField: 'street', sortOrder: 'ascend', ...p });
    return {
      ids: page.data.map((i) => i.id),
      rows: page.data.map((i) => ({
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

export const personRoster: RosterDef<PersonRosterParams> = {
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
  defaultColumns: ['name', 'sex', 'birthDate', 'residentId', 'category', 'level', 'place', 'mode', 'institution', 'amount'],
  rows(ctx, p) {
    const std = standards(ctx);
    const page = listPersons(ctx, { ...ALL, includeArchived: false, sortField: 'name', sortOrder: 'ascend', ...p });
    return {
      ids: page.data.map((x) => x.id),
      rows: page.data.map((x) => ({
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

export const staffRoster: RosterDef<StaffRosterParams> = {
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
  rows(ctx, p) {
    const page = listStaff(ctx, { ...ALL, includeArchived: false, ...(p as object) });
    return {
      ids: page.data.map((s) => s.id),
      rows: page.data.map((s) => ({
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

/** Renders one roster with the columns the clerk chose (in the roster's own order). */
export function renderRosterDoc<P>(ctx: ServiceContext, def: RosterDef<P>, params: P, chosen: string[]) {
  const { district, unit, year, date } = districtHeading(ctx);
  const keep = new Set(chosen.length ? chosen : def.defaultColumns);
  const columns = def.columns.filter((c) => keep.has(c.key));
  const { ids, rows } = def.rows(ctx, params);
  const out = renderRoster({ title: `${district}${year}年度阳光家园计划${def.titleTail}`, unit, date, columns, rows, countUnit: def.countUnit });
  return { ...out, ids };
}
