import type { Rule } from 'antd/es/form';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { ruleText } from '../api/errors';

/** antd reports "empty" as null or ''; dates arrive as dayjs. The schemas expect neither. */
export function formValue(value: unknown): unknown {
  if (value === null || value === '') return undefined;
  return dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : value;
}

/** The same zod rule the server applies, run on one field as the clerk leaves it. */
export function zodFieldRule(schema: z.ZodType): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(formValue(value));
      if (!result.success) {
        const issue = result.error.issues[0] as { message: string; params?: Record<string, string> } | undefined;
        throw new Error(ruleText(issue?.message ?? 'field.invalid', issue?.params));
      }
    },
  };
}

/** Issues of a whole-form parse, as antd field errors in the clerk's language. */
export function issuesToFields(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  return issues.map((i) => ({
    name: i.path as never,
    errors: [ruleText(i.message, (i as { params?: Record<string, string> }).params)],
  }));
}
