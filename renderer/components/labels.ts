import { DISABILITY_CATEGORIES, DISABILITY_LEVELS } from '#domain/identity/disability-cert';
import { ruleText } from '../api/errors';

/** Category and level labels come from the domain's message catalogue (shared with the rules). */
export function categoryLabel(value: string): string {
  const c = DISABILITY_CATEGORIES.find((x) => x.value === value);
  return c ? ruleText(c.labelCode) : value;
}

export function levelLabel(value: number): string {
  const l = DISABILITY_LEVELS.find((x) => x.value === value);
  return l ? ruleText(l.labelCode) : String(value);
}

export const categoryOptions = () =>
  DISABILITY_CATEGORIES.map((c) => ({ value: c.value, label: ruleText(c.labelCode) }));
export const levelOptions = () => DISABILITY_LEVELS.map((l) => ({ value: l.value, label: ruleText(l.labelCode) }));
