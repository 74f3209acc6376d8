/**
 * 阳光家园服务卡 numbers: 14 characters =
 *   6-digit county code (GB/T 2260, the issuing district) + 2-digit year of issue
 *   + 5-digit yearly sequence + 1 check character,
 * e.g. `44030726000017`. The check character is ISO 7064 MOD 11-2, the same scheme as the
 * resident ID (GB 11643): clerks already know the trailing `X`, and MOD 11-2 catches every
 * single wrong digit and every swap of two neighbouring digits, the two typing slips a card
 * number read over the phone suffers. (Mod 31 as in credit codes would add letters to an
 * otherwise all-digit number for no extra safety.)
 */
import { fail, ok, type Rule } from '../result';

export const CARD_NUMBER_LENGTH = 14;
const BODY = /^\d{13}$/;
const FULL = /^\d{13}[\dX]$/;

/** ISO 7064 MOD 11-2 over any run of digits: weight 2^k mod 11, k counted from the check position. */
export function mod112CheckChar(body: string): string {
  if (!/^\d+$/.test(body)) throw new RangeError(`Expected digits, got "${body}"`);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let weight = 1;
    for (let k = 0; k < body.length - i; k++) weight = (weight * 2) % 11;
    sum += Number(body[i]) * weight;
  }
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

export function cardCheckChar(body13: string): string {
  if (!BODY.test(body13)) throw new RangeError(`Expected 13 digits, got "${body13}"`);
  return mod112CheckChar(body13);
}

/** The card number for one issue; the sequence is the district's own yearly count (1–99999). */
export function makeCardNumber(v: { district: string; year: number; seq: number }): string {
  if (!/^\d{6}$/.test(v.district)) throw new RangeError(`district must be 6 digits: ${v.district}`);
  if (!Number.isInteger(v.year) || v.year < 2000 || v.year > 2099) throw new RangeError(`year out of range: ${v.year}`);
  if (!Number.isInteger(v.seq) || v.seq < 1 || v.seq > 99_999) throw new RangeError(`seq out of range: ${v.seq}`);
  const body = `${v.district}${String(v.year % 100).padStart(2, '0')}${String(v.seq).padStart(5, '0')}`;
  return body + cardCheckChar(body);
}

/** True for a well-formed number whose check character agrees (lower-case x accepted). */
export function isValidCardNumber(input: string): boolean {
  const s = input.trim().toUpperCase();
  return FULL.test(s) && cardCheckChar(s.slice(0, 13)) === s[13];
}

/**
 * What the QR code on the back carries: a prefix saying whose card it is and the card number
 * (with its check character). Nothing personal: a lost card's code reveals nothing but itself.
 */
export const CARD_QR_PREFIX = 'SHR:';

export function cardQrPayload(cardNumber: string): string {
  if (!isValidCardNumber(cardNumber)) throw new RangeError(`not a valid card number: ${cardNumber}`);
  return CARD_QR_PREFIX + cardNumber.toUpperCase();
}

/** Reads a scanned code back to a card number; a foreign or mistyped code is refused. */
export function parseCardQr(text: string): Rule<string> {
  if (!text.startsWith(CARD_QR_PREFIX)) return fail('card.qr.foreign');
  const number = text.slice(CARD_QR_PREFIX.length).toUpperCase();
  return isValidCardNumber(number) ? ok(number) : fail('card.qr.checkChar');
}

/** 待打印 → 已打印 → 已发放; `void` (作废) is reserved for a lost or withdrawn card. */
export const CARD_STATUSES = ['requested', 'printed', 'handedOver', 'void'] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];
