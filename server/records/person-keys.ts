import { pinyin } from 'pinyin-pro';

/**
 * Pinyin search keys for a name. pinyin-pro reads surnames by their surname sounds (单 shan,
 * 曾 zeng, 解 xie), which is what clerks type.
 */
export function nameKeys(name: string): { namePinyin: string; nameInitials: string } {
  const options = { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed', v: true } as const;
  const full = pinyin(name, options)
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const initials = pinyin(name, { ...options, pattern: 'first' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return { namePinyin: full, nameInitials: initials };
}
