/** Values stored in the register; labels live in the locale files under the same keys. */
export const STAFF_POSTS = [
  'socialWork',
  'medical',
  'rehab',
  'nursing',
  'counselling',
  'vocationalTraining',
  'employmentGuidance',
  'management',
  'publicPost',
] as const;
export type StaffPost = (typeof STAFF_POSTS)[number];

export const QUALIFICATION_TYPES = [
  'socialWorker',
  'nurse',
  'doctor',
  'rehabTherapist',
  'psychologist',
  'careWorker',
  'teacher',
  'other',
] as const;
export type QualificationType = (typeof QUALIFICATION_TYPES)[number];

export const TRAINING_RESULTS = ['pass', 'fail'] as const;
export type TrainingResult = (typeof TRAINING_RESULTS)[number];

export const PERMIT_STATUSES = ['valid', 'suspended', 'revoked'] as const;
export type PermitStatus = (typeof PERMIT_STATUSES)[number];

/** Professional backgrounds the plans ask volunteers for (seed 001 §二.1.五). */
export const VOLUNTEER_BACKGROUNDS = [
  'counselling',
  'rehab',
  'nursing',
  'psychology',
  'employmentGuidance',
  'medical',
  'socialWork',
  'other',
] as const;
export type VolunteerBackground = (typeof VOLUNTEER_BACKGROUNDS)[number];
