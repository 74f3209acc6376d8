/**
 * Chinese labels for the forms and cards, beside LABELS (labels.ts): printed paper is official
 * Chinese whatever the screen language, so these never go through the UI locale files.
 */
export const FORM_LABELS = {
  sex: { male: '男', female: '女' },
  economicStatus: { dibao: '低保', tekun: '特困', lowIncome: '低收入', other: '其他' } as Record<string, string>,
  personStatus: { active: '正常', deceased: '已故', movedOut: '已迁出', certWithdrawn: '证件失效' } as Record<string, string>,
  wantedMode: { residential: '寄宿制托养', dayCare: '日间照料', homeCare: '居家托养', none: '暂无需求' } as Record<string, string>,
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

/** 一级 … 四级, as certificates write the level. */
export const levelLabel = (level: number) => `${'一二三四'[level - 1] ?? level}级`;
