import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { creditCodeSchema, residentIdSchema, ruleSchema, yuanSchema } from '#domain/rule-schema';
import { ok } from '#domain/result';

describe('zod schemas built from rules', () => {
  it('output the normalised value', () => {
    expect(residentIdSchema.parse(' 11010519491231002x ')).toMatchObject({ id: '11010519491231002X', sex: 'female' });
    expect(creditCodeSchema.parse('91350100m000100y43')).toBe('91350100M000100Y43');
    expect(yuanSchema.parse('1,500.00')).toBe(150000);
  });

  it('report the message code and params as a custom issue', () => {
    const r = residentIdSchema.safeParse('110105194912310021');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ code: 'custom', message: 'residentId.checkChar' });

    const inObject = z.object({ amount: yuanSchema }).safeParse({ amount: '1.234' });
    expect(inObject.error?.issues[0]).toMatchObject({ message: 'money.tooManyDecimals', path: ['amount'] });
  });

  it('reject non-strings before the rule runs', () => {
    expect(yuanSchema.safeParse(1500).success).toBe(false);
  });

  it('wrap any rule', () => {
    const upper = ruleSchema((s) => ok(s.toUpperCase()));
    expect(upper.parse('ab')).toBe('AB');
  });
});
