export type { Rule, RuleFail, RuleOk } from './result';
export { fail, ok } from './result';

export type { Locale, MessageCode, MessageParams } from './messages';
export { en, formatMessage, isMessageCode, zhCN } from './messages';

export type { ResidentId, Sex } from './identity/resident-id';
export { MIN_BIRTH_YEAR, parseResidentId, residentIdCheckChar, sexFromResidentId } from './identity/resident-id';

export type { DisabilityCategory, DisabilityCert, DisabilityLevel } from './identity/disability-cert';
export {
  DISABILITY_CATEGORIES,
  DISABILITY_LEVELS,
  categoryDigit,
  checkCertAgainst,
  parseDisabilityCert,
} from './identity/disability-cert';

export { creditCodeCheckChar, parseCreditCode } from './identity/credit-code';

export type { CapitalOptions, ParseYuanOptions } from './money';
export { fenToCapital, formatFen, parseYuan } from './money';

export { maskBankAccount, maskPhone, maskResidentId } from './masking';

export { ageOn, daysInMonth, formatDateZh, isLeapYear, isValidIsoDate, today } from './dates';

export { normalizeIdentifier, toHalfWidth } from './text';

export { creditCodeSchema, residentIdSchema, ruleSchema, yuanSchema } from './rule-schema';
