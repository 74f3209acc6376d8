import type { MessageCode } from '#domain/messages';

/** STORAGE: the disk refused (full, read-only, failing); see storage-errors.ts. */
export type RuleKind = 'INVALID_INPUT' | 'CONFLICT' | 'NOT_FOUND' | 'STORAGE';

export interface RuleIssue {
  field: string;
  code: MessageCode;
  params?: Record<string, string | number>;
}

/** A business rule refused the action; nothing was written. The API turns it into field errors. */
export class RuleError extends Error {
  constructor(
    readonly kind: RuleKind,
    readonly issues: RuleIssue[],
  ) {
    super(issues.map((i) => `${i.field}: ${i.code}`).join('; '));
  }
}

export const invalid = (field: string, code: MessageCode, params?: RuleIssue['params']) =>
  new RuleError('INVALID_INPUT', [{ field, code, ...(params ? { params } : {}) }]);
export const conflict = (field: string, code: MessageCode, params?: RuleIssue['params']) =>
  new RuleError('CONFLICT', [{ field, code, ...(params ? { params } : {}) }]);
export const notFound = (code: MessageCode) => new RuleError('NOT_FOUND', [{ field: 'id', code }]);
