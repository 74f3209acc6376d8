/** Values stored in the register; labels live in the locale files under the same keys. */
export const ECONOMIC_STATUSES = ['dibao', 'tekun', 'lowIncome', 'other'] as const;
export type EconomicStatus = (typeof ECONOMIC_STATUSES)[number];

/** A person's own standing; enrolment in care is tracked separately. */
export const PERSON_STATUSES = ['active', 'deceased', 'movedOut', 'certWithdrawn'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const EXIT_REASONS = ['age60', 'death', 'movedOut', 'certInvalid', 'transferred', 'other'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

/** Common relations, offered as suggestions; the field stays free text. */
export const GUARDIAN_RELATIONS = [
  '父亲',
  '母亲',
  '配偶',
  '子女',
  '兄弟姐妹',
  '祖父母/外祖父母',
  '其他亲属',
  '村（居）委会',
  '民政部门',
] as const;

export const WANTED_MODES = ['residential', 'dayCare', 'homeCare', 'none'] as const;
export type WantedMode = (typeof WANTED_MODES)[number];

/** Leaving care also records what it means for the person: a death, a move, a lapsed certificate. */
export function statusAfterExit(reason: ExitReason): PersonStatus | null {
  if (reason === 'death') return 'deceased';
  if (reason === 'movedOut') return 'movedOut';
  if (reason === 'certInvalid') return 'certWithdrawn';
  return null;
}
