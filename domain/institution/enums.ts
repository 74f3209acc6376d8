/** Values stored in the register; labels live in the locale files under the same keys. */
export const OWNERSHIPS = ['public', 'private', 'privatePublicAided'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export const CARE_MODES = ['residential', 'dayCare', 'homeCare'] as const;
export type CareMode = (typeof CARE_MODES)[number];

export const INSTITUTION_STATUSES = ['operating', 'suspended', 'closed'] as const;
export type InstitutionStatus = (typeof INSTITUTION_STATUSES)[number];

/** Services named by the seed plans (生活照料 … 文化娱乐). */
export const INSTITUTION_SERVICES = [
  'dailyCare',
  'lifeSkills',
  'vocationalRehab',
  'vocationalTraining',
  'occupationalTherapy',
  'employmentTraining',
  'supportedEmployment',
  'rehabNursing',
  'counselling',
  'recreation',
] as const;
export type InstitutionService = (typeof INSTITUTION_SERVICES)[number];

export const ASSESSMENT_GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type AssessmentGrade = (typeof ASSESSMENT_GRADES)[number];
