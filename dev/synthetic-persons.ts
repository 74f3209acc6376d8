import { categoryDigit, type DisabilityCategory, type DisabilityLevel } from '#domain/identity/disability-cert';
import { INSTITUTION_SERVICES, type CareMode, type InstitutionService } from '#domain/institution/enums';
import type { EconomicStatus, ExitReason, PersonStatus, WantedMode } from '#domain/person/enums';
import { ESTATES, GIVEN_CHARS, GUARDIAN_AREAS, ROADS, SINGLE_GIVEN_SHARE, SURNAMES } from './name-pool';
import { mulberry32, weightedTable } from './random';
import { addYears, dayOf, guardianResidentId, isoOf, ResidentIdAllocator } from './synthetic-ids';

/** Where synthetic people live and get care: read from the register before generating. */
export interface Places {
  districtCode: string;
  districtName: string;
  streets: { id: number; name: string; communities: { id: number; name: string }[] }[];
  institutions: { id: number; residential: boolean; dayCare: boolean }[];
}

export interface SyntheticGuardian {
  name: string;
  relation: string;
  phone: string | null;
  residentId: string | null;
}
export interface SyntheticSurvey {
  surveyDate: string;
  surveyor: string;
  wantedMode: WantedMode;
  wantedServices: InstitutionService[];
}
export interface SyntheticEnrolment {
  mode: CareMode;
  institutionId: number | null;
  startDate: string;
  endDate: string | null;
  exitReason: ExitReason | null;
}

export interface SyntheticPerson {
  name: string;
  residentId: string;
  certNumber: string;
  category: DisabilityCategory;
  level: DisabilityLevel;
  certIssueDate: string | null;
  hukouStreetId: number | null;
  hukouCommunityId: number | null;
  residenceStreetId: number;
  residenceCommunityId: number | null;
  address: string | null;
  phone: string | null;
  economicStatus: EconomicStatus;
  status: PersonStatus;
  archived: boolean;
  guardians: SyntheticGuardian[];
  surveys: SyntheticSurvey[];
  enrolments: SyntheticEnrolment[];
}

/** Bump when the generator's output changes, so cached benchmark registers are rebuilt. */
export const GENERATOR_VERSION = 1;

/** Fixed, not today: the same seed must give the same register on any day. */
export const REFERENCE_DATE = '2026-06-30';
const REF = dayOf(REFERENCE_DATE);
const CERT_GEN2 = dayOf('2008-01-01');
const CARE_FROM = dayOf('2012-01-01');
const SURVEYS_FROM = dayOf('2018-01-01');

const CATEGORIES = weightedTable<DisabilityCategory>([
  ['intellectual', 30],
  ['mental', 25],
  ['multiple', 15],
  ['physical', 18],
  ['vision', 4],
  ['hearing', 5],
  ['speech', 3],
]);
const LEVELS = weightedTable<DisabilityLevel>([
  [1, 15],
  [2, 35],
  [3, 30],
  [4, 20],
]);
const ECONOMIC = weightedTable<EconomicStatus>([
  ['dibao', 12],
  ['tekun', 4],
  ['lowIncome', 14],
  ['other', 70],
]);
const MODES = weightedTable<CareMode>([
  ['residential', 25],
  ['dayCare', 40],
  ['homeCare', 35],
]);
const WANTED = weightedTable<WantedMode>([
  ['residential', 20],
  ['dayCare', 35],
  ['homeCare', 35],
  ['none', 10],
]);
const EXITS = weightedTable<ExitReason>([
  ['death', 20],
  ['movedOut', 25],
  ['certInvalid', 15],
  ['other', 40],
]);
const STATUS_AFTER: Partial<Record<ExitReason, PersonStatus>> = {
  death: 'deceased',
  movedOut: 'movedOut',
  certInvalid: 'certWithdrawn',
};
const GUARDIAN_COUNT = {
  close: weightedTable([
    [0, 20],
    [1, 50],
    [2, 30],
  ] as const),
  other: weightedTable([
    [0, 60],
    [1, 30],
    [2, 10],
  ] as const),
};
const SURVEY_COUNT = weightedTable([
  [0, 40],
  [1, 40],
  [2, 20],
] as const);
const SURVEYORS = [
  '陈晓明',
  '李春华',
  '王建国',
  '张丽娟',
  '刘志强',
  '黄美玲',
  '周文斌',
  '吴秀英',
  '郑海涛',
  '孙雅琴',
  '何振宇',
  '林慧敏',
];

export function createPersonGenerator(
  places: Places,
  seed: number,
  takenIds: Iterable<string> = [],
): () => SyntheticPerson {
  if (places.streets.length === 0) throw new Error('the register has no streets to place people in');
  const r = mulberry32(seed);
  const ids = new ResidentIdAllocator(places.districtCode, r);
  for (const id of takenIds) ids.markTaken(id);
  const offering = (mode: CareMode) =>
    places.institutions.filter((i) => (mode === 'residential' ? i.residential : i.dayCare)).map((i) => i.id);
  const byMode = { residential: offering('residential'), dayCare: offering('dayCare') };

  const given = () => (r.chance(SINGLE_GIVEN_SHARE) ? r.pick(GIVEN_CHARS) : r.pick(GIVEN_CHARS) + r.pick(GIVEN_CHARS));
  const mobile = () => `1${r.pick(['3', '5', '7', '8', '9'])}${String(r.int(0, 999_999_999)).padStart(9, '0')}`;
  const between = (from: number, to: number) => (from >= to ? from : r.int(from, to));

  function guardians(surname: string, birthDay: number, category: DisabilityCategory): SyntheticGuardian[] {
    const close = category === 'intellectual' || category === 'mental' || category === 'multiple';
    const n = r.weighted(close ? GUARDIAN_COUNT.close : GUARDIAN_COUNT.other);
    const birthYear = Number(isoOf(birthDay).slice(0, 4));
    const young = birthYear > 1990;
    const list: SyntheticGuardian[] = [];
    for (let i = 0; i < n; i++) {
      const relation = young
        ? i === 0
          ? '父亲'
          : r.pick(['母亲', '兄弟姐妹', '其他亲属'])
        : r.pick(['配偶', '子女', '兄弟姐妹', '其他亲属', '母亲']);
      const sameSurname = relation === '父亲' || relation === '兄弟姐妹' || (relation === '子女' && r.chance(0.8));
      const age = { 父亲: 28, 母亲: 26, 配偶: 0, 子女: -28, 兄弟姐妹: 0, 其他亲属: 15 }[relation] ?? 0;
      list.push({
        name: (sameSurname ? surname : r.weighted(SURNAMES)) + given(),
        relation,
        phone: r.chance(0.92) ? mobile() : null,
        residentId: r.chance(0.5)
          ? guardianResidentId(r, r.pick(GUARDIAN_AREAS), birthYear - age + r.int(-4, 4))
          : null,
      });
    }
    return list;
  }

  function surveys(birthDay: number): SyntheticSurvey[] {
    const n = r.weighted(SURVEY_COUNT);
    const days = Array.from({ length: n }, () => between(Math.max(SURVEYS_FROM, birthDay + 365), REF)).sort(
      (a, b) => a - b,
    );
    return days.map((day) => {
      const wanted = new Set(Array.from({ length: r.int(0, 3) }, () => r.pick(INSTITUTION_SERVICES)));
      return {
        surveyDate: isoOf(day),
        surveyor: r.pick(SURVEYORS),
        wantedMode: r.weighted(WANTED),
        wantedServices: [...wanted],
      };
    });
  }

  const enrolmentIn = (
    mode: CareMode,
    start: number,
    end: number | null,
    exitReason: ExitReason | null,
  ): SyntheticEnrolment => {
    const choices = mode === 'homeCare' ? [] : byMode[mode];
    // Home care is delivered at home; with no institution offering the mode it falls back to home care.
    const actual: CareMode = choices.length === 0 ? 'homeCare' : mode;
    return {
      mode: actual,
      institutionId: choices.length === 0 ? null : r.pick(choices),
      startDate: isoOf(start),
      endDate: end === null ? null : isoOf(end),
      exitReason,
    };
  };

  /** About 30% in care at some point: 16–59 at the start, ended at 60, some moved on or out. */
  function enrolments(birthDay: number): { list: SyntheticEnrolment[]; status: PersonStatus } {
    const from = Math.max(CARE_FROM, addYears(birthDay, 16));
    const turns60 = addYears(birthDay, 60);
    const to = Math.min(REF, turns60 - 1);
    if (!r.chance(0.3) || from > to) return { list: [], status: 'active' };
    const start = between(from, to);
    const shape = r.next();
    const list: SyntheticEnrolment[] = [];
    let openStart = start;
    if (shape < 0.2 && to - start > 60) {
      const end = between(start + 30, to - 30);
      list.push(enrolmentIn(r.weighted(MODES), start, end, r.pick(['transferred', 'other'] as const)));
      openStart = end + 1;
    } else if (shape < 0.35 && REF - start > 30) {
      const reason = r.weighted(EXITS);
      const end = Math.min(between(start + 30, REF), to);
      list.push(enrolmentIn(r.weighted(MODES), start, end, reason));
      return { list, status: STATUS_AFTER[reason] ?? 'active' };
    }
    const ends60 = turns60 <= REF;
    list.push(enrolmentIn(r.weighted(MODES), openStart, ends60 ? turns60 : null, ends60 ? 'age60' : null));
    return { list, status: 'active' };
  }

  return () => {
    const { id, birthDay } = ids.next();
    const surname = r.weighted(SURNAMES);
    const category = r.weighted(CATEGORIES);
    const level = r.weighted(LEVELS);
    const street = r.pick(places.streets);
    const community = street.communities.length > 0 && r.chance(0.95) ? r.pick(street.communities) : null;
    const hukou = r.next();
    const hukouStreet = hukou < 0.8 ? street : hukou < 0.92 ? r.pick(places.streets) : null;
    const hukouCommunity =
      hukouStreet === street
        ? community
        : hukouStreet && hukouStreet.communities.length > 0
          ? r.pick(hukouStreet.communities)
          : null;
    const care = enrolments(birthDay);
    let status = care.status;
    if (care.list.length === 0) {
      const s = r.next();
      status = s < 0.015 ? 'deceased' : s < 0.025 ? 'movedOut' : s < 0.03 ? 'certWithdrawn' : 'active';
    }
    const reissued = r.chance(0.01) ? 'B' : '';
    return {
      name: surname + given(),
      residentId: id,
      certNumber: `${id}${categoryDigit(category)}${level}${reissued}`,
      category,
      level,
      certIssueDate: r.chance(0.02) ? null : isoOf(between(Math.max(CERT_GEN2, birthDay + 365), REF)),
      hukouStreetId: hukouStreet?.id ?? null,
      hukouCommunityId: hukouCommunity?.id ?? null,
      residenceStreetId: street.id,
      residenceCommunityId: community?.id ?? null,
      address: r.chance(0.97)
        ? `${places.districtName}${street.name}${community?.name ?? ''}${r.pick(ROADS)}${r.int(1, 999)}号${r.pick(ROADS).slice(0, 2)}${r.pick(ESTATES)}${r.int(1, 30)}栋${r.int(1, 33)}${String(r.int(1, 12)).padStart(2, '0')}`
        : null,
      phone: r.chance(0.08)
        ? null
        : r.chance(0.05)
          ? `0755-${r.int(2, 8)}${String(r.int(0, 9_999_999)).padStart(7, '0')}`
          : mobile(),
      economicStatus: r.weighted(ECONOMIC),
      status,
      archived: status !== 'active' && r.chance(0.4),
      guardians: guardians(surname, birthDay, category),
      surveys: surveys(birthDay),
      enrolments: care.list,
    };
  };
}
