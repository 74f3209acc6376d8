import { describe, expect, it } from 'vitest';
import * as domain from '#domain';

describe('domain public API', () => {
  it('re-exports the rules from one entry point', () => {
    for (const name of [
      'ok',
      'fail',
      'formatMessage',
      'isMessageCode',
      'zhCN',
      'en',
      'parseResidentId',
      'residentIdCheckChar',
      'sexFromResidentId',
      'MIN_BIRTH_YEAR',
      'parseDisabilityCert',
      'checkCertAgainst',
      'DISABILITY_CATEGORIES',
      'DISABILITY_LEVELS',
      'categoryDigit',
      'parseCreditCode',
      'creditCodeCheckChar',
      'parseYuan',
      'formatFen',
      'fenToCapital',
      'maskResidentId',
      'maskPhone',
      'maskBankAccount',
      'ageOn',
      'isValidIsoDate',
      'today',
      'formatDateZh',
      'isLeapYear',
      'daysInMonth',
      'toHalfWidth',
      'normalizeIdentifier',
      'ruleSchema',
      'residentIdSchema',
      'creditCodeSchema',
      'yuanSchema',
    ]) {
      expect(domain, name).toHaveProperty(name);
    }
  });

  it('toHalfWidth converts IME full-width input', () => {
    expect(domain.toHalfWidth('１２３，．Ａｘ\u3000')).toBe('123,.Ax ');
    expect(domain.normalizeIdentifier(' ９１ｍ ')).toBe('91M');
  });
});
