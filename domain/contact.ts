/** Phone numbers as clerks write them: an 11-digit mobile or a landline with area code. */
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

export function normalizePhone(input: string): string {
  return input
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[－—]/g, '-')
    .replace(/\s+/g, '');
}

export function isValidPhone(input: string): boolean {
  const p = normalizePhone(input);
  return MOBILE.test(p) || LANDLINE.test(p);
}
