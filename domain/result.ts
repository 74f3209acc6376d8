import type { MessageCode, MessageParams } from './messages';

export type RuleOk<T> = { ok: true; value: T; warnings: MessageCode[] };
export type RuleFail = { ok: false; error: MessageCode; params?: MessageParams };

// One shape for every check, so a form field and the server report the same code.
export type Rule<T> = RuleOk<T> | RuleFail;

export function ok<T>(value: T, warnings: MessageCode[] = []): RuleOk<T> {
  return { ok: true, value, warnings };
}

export function fail(code: MessageCode, params?: MessageParams): RuleFail {
  return params === undefined ? { ok: false, error: code } : { ok: false, error: code, params };
}
