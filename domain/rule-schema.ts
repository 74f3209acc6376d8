import { z } from 'zod';
import { parseCreditCode } from './identity/credit-code';
import { parseResidentId } from './identity/resident-id';
import { parseYuan } from './money';
import type { Rule } from './result';

// Bridges a rule into a zod input schema for API procedures and forms. The issue message
// is the message code (with the rule's params), so the server and the form report the
// same code. Warnings do not survive zod; call the rule itself where they matter.
export function ruleSchema<T>(parse: (input: string) => Rule<T>) {
  return z.string().transform((input, ctx) => {
    const result = parse(input);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.error, params: result.params ?? {}, input });
    return z.NEVER;
  });
}

export const residentIdSchema = ruleSchema((input) => parseResidentId(input));
export const creditCodeSchema = ruleSchema(parseCreditCode);
export const yuanSchema = ruleSchema((input) => parseYuan(input));
