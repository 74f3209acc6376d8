import type { KeyboardEvent } from 'react';

const FIELDS =
  'input:not([type=hidden]):not([disabled]):not([readonly]), textarea:not([disabled]), button[type=submit]';

/**
 * Keyboard-first entry: Enter moves to the next field, as clerks used to paper-form software
 * expect. Text areas keep Enter for new lines; on the last field Enter submits as usual.
 */
export function enterMovesOn(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey || event.nativeEvent.isComposing) return;
  const target = event.target as HTMLElement;
  if (target.tagName !== 'INPUT') return;
  // An open dropdown uses Enter to pick its option.
  if (target.getAttribute('aria-expanded') === 'true') return;
  const fields = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(FIELDS)).filter(
    (el) => el.offsetParent !== null,
  );
  const next = fields[fields.indexOf(target) + 1];
  if (!next || next.tagName === 'BUTTON') return;
  event.preventDefault();
  next.focus();
}
