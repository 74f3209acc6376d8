import type { Rule } from '../result';
import { fail, ok } from '../result';
import { normalizeIdentifier } from '../text';
import { parseResidentId } from './resident-id';

// Order and digits follow the second-generation certificate (GB/T 26341 categories).
export const DISABILITY_CATEGORIES = [
  { value: 'vision', digit: '1', label: '视力残疾', labelCode: 'disability.category.vision' },
  { value: 'hearing', digit: '2', label: '听力残疾', labelCode: 'disability.category.hearing' },
  { value: 'speech', digit: '3', label: '言语残疾', labelCode: 'disability.category.speech' },
  { value: 'physical', digit: '4', label: '肢体残疾', labelCode: 'disability.category.physical' },
  { value: 'intellectual', digit: '5', label: '智力残疾', labelCode: 'disability.category.intellectual' },
  { value: 'mental', digit: '6', label: '精神残疾', labelCode: 'disability.category.mental' },
  { value: 'multiple', digit: '7', label: '多重残疾', labelCode: 'disability.category.multiple' },
] as const;

// 一级 is the most severe; the number itself is stored, so ordering by it is meaningful.
export const DISABILITY_LEVELS = [
  { value: 1, digit: '1', label: '一级', labelCode: 'disability.level.1' },
  { value: 2, digit: '2', label: '二级', labelCode: 'disability.level.2' },
  { value: 3, digit: '3', label: '三级', labelCode: 'disability.level.3' },
  { value: 4, digit: '4', label: '四级', labelCode: 'disability.level.4' },
] as const;

export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number]['value'];
export type DisabilityLevel = (typeof DISABILITY_LEVELS)[number]['value'];

export type DisabilityCert = {
  /** Normalised: upper-case, half-width, with its re-issue suffix if any. */
  number: string;
  /** The holder's 18-character ID (the first 18 characters). */
  residentId: string;
  category: DisabilityCategory;
  level: DisabilityLevel;
  /** Re-issue mark (B, B2, …) or null for a first issue. */
  suffix: string | null;
};

// B for the first re-issue, then B2, B3…; "B1" and "B02" are not issued.
const SUFFIX = /^B(?:[2-9]|[1-9]\d+)?$/;

export function parseDisabilityCert(input: string, residentId?: string): Rule<DisabilityCert> {
  const raw = normalizeIdentifier(input);
  if (raw === '') return fail('disabilityCert.empty');
  if (/[^0-9XB]/.test(raw)) return fail('disabilityCert.characters');
  if (raw.length < 20) return fail('disabilityCert.length');

  const suffix = raw.slice(20);
  if (suffix !== '' && !SUFFIX.test(suffix)) {
    // A long run of digits is more likely a mistyped number than a bad suffix.
    return /^\d+$/.test(suffix) ? fail('disabilityCert.length') : fail('disabilityCert.suffix', { suffix });
  }
  const head = raw.slice(0, 20);
  if (!/^\d{17}[\dX]\d\d$/.test(head)) return fail('disabilityCert.characters');

  const id = parseResidentId(head.slice(0, 18));
  // The underlying code rides along as a param for UIs that want to show the detail.
  if (!id.ok) return fail('disabilityCert.residentIdPart', { reason: id.error });

  const categoryDigit = head.charAt(18);
  const levelDigit = head.charAt(19);
  const category = DISABILITY_CATEGORIES.find((c) => c.digit === categoryDigit);
  if (!category) return fail('disabilityCert.category', { digit: categoryDigit });
  const level = DISABILITY_LEVELS.find((l) => l.digit === levelDigit);
  if (!level) return fail('disabilityCert.level', { digit: levelDigit });

  if (residentId !== undefined) {
    // Compare against the holder's normalised ID so a 15-digit one on file still matches;
    // an unparseable holder ID cannot equal a valid certificate prefix, so it mismatches.
    const holder = parseResidentId(residentId);
    const holderId = holder.ok ? holder.value.id : normalizeIdentifier(residentId);
    if (holderId !== id.value.id) return fail('disabilityCert.residentIdMismatch');
  }

  return ok(
    {
      number: raw,
      residentId: id.value.id,
      category: category.value,
      level: level.value,
      suffix: suffix === '' ? null : suffix,
    },
    suffix === '' ? [] : ['disabilityCert.reissued'],
  );
}

export function categoryDigit(category: DisabilityCategory): string {
  return DISABILITY_CATEGORIES.find((c) => c.value === category)?.digit ?? '';
}

// The certificate is the authority on category and level; a disagreement means either
// the register or the certificate number was typed wrong, and a person must decide which.
export function checkCertAgainst(
  parsed: Pick<DisabilityCert, 'category' | 'level'>,
  stored: { category: DisabilityCategory; level: DisabilityLevel },
): Rule<true> {
  if (parsed.category !== stored.category) {
    return fail('disabilityCert.categoryMismatch', {
      certDigit: categoryDigit(parsed.category),
      storedDigit: categoryDigit(stored.category),
    });
  }
  if (parsed.level !== stored.level) {
    return fail('disabilityCert.levelMismatch', { certLevel: parsed.level, storedLevel: stored.level });
  }
  return ok(true);
}
