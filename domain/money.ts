import type { Rule } from './result';
import { fail, ok } from './result';
import { toHalfWidth } from './text';

// Amounts are integer fen (分) from input to database to print. Everything below works
// on decimal digit strings or BigInt, so no value ever passes through a binary fraction.

const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

// Thousands separators are optional but, if used, must be in the right places:
// "1,50,0" is more likely a typo than an amount.
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

export type ParseYuanOptions = { allowNegative?: boolean };

export function parseYuan(input: string, options: ParseYuanOptions = {}): Rule<number> {
  // Pasted amounts often carry a currency sign or 元; the value is unambiguous without them.
  let text = toHalfWidth(input)
    .trim()
    .replace(/^[¥￥]\s*/, '')
    .replace(/\s*元$/, '')
    .replace(/\u2212/g, '-');
  if (text === '') return fail('money.empty');

  let negative = false;
  if (text.startsWith('-')) {
    negative = true;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }

  const m = AMOUNT.exec(text);
  if (!m) return fail('money.format');
  const whole = (m[1] ?? '0').replace(/,/g, '');
  const fraction = m[2] ?? '';
  if (fraction.length > 2) return fail('money.tooManyDecimals');

  const fen = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (fen > MAX_FEN) return fail('money.tooLarge');
  if (fen === 0n) return ok(0); // no -0 for "-0.00"
  if (negative && !options.allowNegative) return fail('money.negative');
  return ok(Number(negative ? -fen : fen));
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`Amount must be a safe integer number of fen, got ${fen}`);
  }
}

// Whole yuan and the two fen digits, as digit strings.
function splitFen(fen: number): { yuan: string; jiao: string; fenDigit: string } {
  const digits = String(Math.abs(fen)).padStart(3, '0');
  return {
    yuan: digits.slice(0, -2).replace(/^0+(?=\d)/, ''),
    jiao: digits.charAt(digits.length - 2),
    fenDigit: digits.charAt(digits.length - 1),
  };
}

/** 150000 → '1,500.00'; negative amounts get a leading '-'. */
export function formatFen(fen: number): string {
  assertFen(fen);
  const { yuan, jiao, fenDigit } = splitFen(fen);
  const grouped = yuan.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${fen < 0 ? '-' : ''}${grouped}.${jiao}${fenDigit}`;
}

const NUMERALS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['仟', '佰', '拾', ''] as const;

function numeral(digit: string): string {
  return NUMERALS.charAt(Number(digit));
}

// Up to four digits, no leading zeros in the result, one 零 for each inner run of zeros.
// 壹拾 is kept (not 拾) because on a voucher a bare 拾 could be altered by prefixing.
function groupOfFour(digits: string): string {
  const padded = digits.padStart(4, '0');
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const d = padded.charAt(i);
    if (d === '0') {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += numeral(d) + (SMALL_UNITS[i] ?? '');
  }
  return out;
}

// Splits at 亿 and 万 recursively, so amounts of 万亿 read 壹万亿 rather than needing a
// unit table. A 零 bridges the split when the lower part starts with zeros.
function integerToCapital(digits: string): string {
  const trimmed = digits.replace(/^0+/, '');
  if (trimmed === '') return '';
  if (trimmed.length <= 4) return groupOfFour(trimmed);
  const size = trimmed.length > 8 ? 8 : 4;
  const unit = size === 8 ? '亿' : '万';
  const high = trimmed.slice(0, -size);
  const low = trimmed.slice(-size);
  const lowText = integerToCapital(low);
  if (lowText === '') return integerToCapital(high) + unit;
  const bridge = low.startsWith('0') ? '零' : '';
  return integerToCapital(high) + unit + bridge + lowText;
}

export type CapitalOptions = { prefix?: boolean };

/**
 * PBoC 大写 for vouchers and roster totals: 163,409.02 → 壹拾陆万叁仟肆佰零玖元零贰分.
 * 整 only after 元 (never after 角); 零 before a lone 分; negative amounts read 负….
 */
export function fenToCapital(fen: number, options: CapitalOptions = {}): string {
  assertFen(fen);
  const prefix = (options.prefix ? '人民币' : '') + (fen < 0 ? '负' : '');
  const { yuan, jiao, fenDigit } = splitFen(fen);
  if (fen === 0) return `${prefix}零元整`;

  const yuanText = integerToCapital(yuan);
  let text = yuanText === '' ? '' : `${yuanText}元`;
  if (jiao === '0' && fenDigit === '0') return `${prefix}${text}整`;
  if (jiao !== '0') text += `${numeral(jiao)}角`;
  else if (yuanText !== '') text += '零';
  if (fenDigit !== '0') text += `${numeral(fenDigit)}分`;
  return prefix + text;
}
