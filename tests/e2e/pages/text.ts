const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A button's accessible name. antd puts a space between the two characters of a two-character
 * Chinese label (“保 存”), and an icon adds its own name in front (“plus 新 增”).
 */
export function buttonName(label: string): RegExp {
  return new RegExp(`(^|\\s)${[...label].map(escape).join('\\s*')}\\s*$`);
}

/** An exact whole-text match, for labels that are substrings of other labels. */
export function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${escape(text)}\\s*$`);
}
