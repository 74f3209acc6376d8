import { DISABILITY_CATEGORIES, DISABILITY_LEVELS } from './identity/disability-cert';

/**
 * Stored values as official Chinese paper names them, whatever the screen language: printed
 * documents and the Excel exchange both use these, so they live here rather than in the UI
 * locale files.
 */
export const LABELS = {
  ownership: { public: '公办', private: '民办', privatePublicAided: '民办公助' },
  mode: { residential: '寄宿制托养', dayCare: '日间照料', homeCare: '居家托养' },
  post: {
    socialWork: '社工',
    medical: '医疗',
    rehab: '康复',
    nursing: '护理',
    counselling: '心理辅导',
    vocationalTraining: '职业培训',
    employmentGuidance: '就业指导',
    management: '管理',
    publicPost: '公益岗',
  } as Record<string, string>,
  standing: { valid: '有效', expiring: '即将到期', expired: '已过期', suspended: '已暂停', revoked: '已吊销' },
  sex: { male: '男', female: '女' },
  economicStatus: { dibao: '低保', tekun: '特困', lowIncome: '低收入', other: '其他' } as Record<string, string>,
  personStatus: { active: '正常', deceased: '已故', movedOut: '已迁出', certWithdrawn: '证件失效' } as Record<
    string,
    string
  >,
  wantedMode: { residential: '寄宿制托养', dayCare: '日间照料', homeCare: '居家托养', none: '暂无需求' } as Record<
    string,
    string
  >,
  institutionStatus: { operating: '运营中', suspended: '暂停服务', closed: '已停办' } as Record<string, string>,
  services: {
    dailyCare: '生活照料',
    lifeSkills: '生活技能训练',
    vocationalRehab: '职业康复',
    vocationalTraining: '职业培训与教育',
    occupationalTherapy: '工（农）疗',
    employmentTraining: '就业训练',
    supportedEmployment: '辅助性就业',
    rehabNursing: '康复护理',
    counselling: '心理疏导',
    recreation: '文化娱乐',
  } as Record<string, string>,
} as const;

/** 智力残疾 …, 一级 …: the domain's own Chinese labels of the certificate digits. */
export const categoryLabel = (value: string): string =>
  DISABILITY_CATEGORIES.find((c) => c.value === value)?.label ?? value;
export const levelLabel = (level: number): string =>
  DISABILITY_LEVELS.find((l) => l.value === level)?.label ?? `${level}级`;
