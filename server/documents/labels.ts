/**
 * Printed documents are official Chinese paper whatever the screen language, so their labels
 * live here rather than in the UI locale files.
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
} as const;
