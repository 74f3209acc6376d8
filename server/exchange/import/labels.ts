import { toHalfWidth } from '#domain/text';
import { DISABILITY_CATEGORIES, DISABILITY_LEVELS } from '#domain/identity/disability-cert';
import { LABELS } from '#domain/labels';

/**
 * Chinese labels a sheet may use for each stored value: the labels the app prints (and the
 * export writes), plus the variants streets and communities type. Matched after normalising
 * full-width forms, blanks and letter case.
 */
export interface LabelTable<T extends string | number> {
  /** What the clerk is told may be written, in the app's own words. */
  options: string[];
  lookup: Map<string, T>;
}

export const normaliseLabel = (s: string) =>
  toHalfWidth(s)
    .replace(/[\s\u00a0\u3000]+/g, '')
    .toLowerCase();

function table<T extends string | number>(
  printed: Record<string, string>,
  variants: Record<string, readonly string[]> = {},
): LabelTable<T> {
  const lookup = new Map<string, T>();
  const add = (label: string, value: T) => {
    const key = normaliseLabel(label);
    if (!lookup.has(key)) lookup.set(key, value);
  };
  for (const [value, label] of Object.entries(printed)) {
    add(label, value as T);
    add(value, value as T);
  }
  for (const [value, labels] of Object.entries(variants)) for (const label of labels) add(label, value as T);
  return { options: Object.values(printed), lookup };
}

const NUMERALS = ['', '一', '二', '三', '四'];
const CAPITALS = ['', '壹', '贰', '叁', '肆'];
const ROMAN = ['', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'];

export const CATEGORY_LABELS = table<string>(
  Object.fromEntries(DISABILITY_CATEGORIES.map((c) => [c.value, c.label])),
  Object.fromEntries(
    DISABILITY_CATEGORIES.map((c) => [
      c.value,
      [c.label.replace('残疾', ''), c.digit, `${c.label.replace('残疾', '')}残`],
    ]),
  ),
);

export const LEVEL_LABELS: LabelTable<number> = (() => {
  const t = table<number>({});
  for (const l of DISABILITY_LEVELS) {
    const n = l.value;
    t.options.push(l.label);
    for (const label of [l.label, `${n}级`, `${n}`, NUMERALS[n], `${CAPITALS[n]}级`, `${ROMAN[n]}级`, ROMAN[n]]) {
      if (label) t.lookup.set(normaliseLabel(label), n);
    }
  }
  return t;
})();

// GB/T 2261.1 codes sex as 1 (male) and 2 (female); some lists copy the code.
export const SEX_LABELS = table<string>(LABELS.sex, { male: ['男性', 'm', '1'], female: ['女性', 'f', '2'] });

export const ECONOMIC_LABELS = table<string>(LABELS.economicStatus, {
  dibao: ['低保户', '城乡低保', '最低生活保障', '低保家庭'],
  tekun: ['特困人员', '特困供养', '特困供养人员', '五保', '五保户'],
  lowIncome: ['低收入家庭', '低边', '低保边缘', '低收入户'],
  other: ['一般', '普通', '无', '非困难'],
});

export const PERSON_STATUS_LABELS = table<string>(LABELS.personStatus, {
  active: ['在册', '正常在册'],
  deceased: ['死亡', '去世', '已死亡'],
  movedOut: ['迁出', '户口迁出'],
  certWithdrawn: ['失效', '证件已失效', '注销'],
});

export const MODE_LABELS = table<string>(LABELS.mode, {
  residential: ['寄宿', '寄宿制', '寄宿托养', '集中托养', '寄宿制托养服务', '住宿'],
  dayCare: ['日间', '日托', '日间托养', '日间照料托养', '日间照料服务'],
  homeCare: ['居家', '居家托养服务', '居家服务', '居家照料'],
});

export const OWNERSHIP_LABELS = table<string>(LABELS.ownership, {
  public: ['公立', '公办机构', '政府举办'],
  private: ['民营', '民办机构', '民办非企业', '社会办'],
  privatePublicAided: ['民办公助机构', '公助民办'],
});

export const INSTITUTION_STATUS_LABELS = table<string>(LABELS.institutionStatus, {
  operating: ['正常', '运营', '在营', '正常运营', '运营中'],
  suspended: ['暂停', '停业整顿'],
  closed: ['停办', '关闭', '注销', '已关闭'],
});

export const POST_LABELS = table<string>(LABELS.post, {
  socialWork: ['社会工作', '社工师', '社会工作者'],
  medical: ['医生', '医务', '医疗人员'],
  rehab: ['康复师', '康复治疗', '康复人员'],
  nursing: ['护理员', '护工', '护理人员', '生活护理'],
  counselling: ['心理咨询', '心理', '心理咨询师'],
  vocationalTraining: ['职业培训师', '培训'],
  employmentGuidance: ['就业辅导', '就业指导员'],
  management: ['管理人员', '行政', '负责人'],
  publicPost: ['公益性岗位', '公益岗位', '公益岗人员'],
});

export const SERVICE_LABELS = table<string>(LABELS.services, {
  occupationalTherapy: ['工疗', '农疗', '工(农)疗', '工农疗'],
  vocationalTraining: ['职业培训', '职业教育'],
  recreation: ['文体娱乐', '文化娱乐活动', '文娱'],
  counselling: ['心理疏导服务', '心理辅导'],
  dailyCare: ['生活照顾'],
});

/** One value; undefined when the text is not a known label. */
export function lookupLabel<T extends string | number>(t: LabelTable<T>, text: string): T | undefined {
  return t.lookup.get(normaliseLabel(text));
}

/** Several values in one cell: “寄宿制托养、日间照料”, “生活照料,康复护理”. */
export function splitList(text: string): string[] {
  return toHalfWidth(text)
    .split(/[、,;/|\n]+|\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
