import { ORPCError } from '@orpc/client';
import type { FormInstance } from 'antd';
import type { FieldError } from '#server/contract';
import { formatMessage, isMessageCode } from '#domain/messages';
import { currentLocale } from '../i18n';

export function fieldErrorsOf(error: unknown): FieldError[] {
  if (error instanceof ORPCError) {
    const data = error.data as { fields?: FieldError[] } | undefined;
    if (data?.fields) return data.fields;
  }
  return [];
}

/** A rule's message in the clerk's language (the server sends codes as well as zh-CN text). */
export function ruleText(code: string, params?: Record<string, string | number>, fallback?: string): string {
  return isMessageCode(code) ? formatMessage(code, params, currentLocale()) : (fallback ?? code);
}

/** A short sentence for an error that is not about one field. */
export function errorText(error: unknown): string {
  const fields = fieldErrorsOf(error);
  if (fields.length) return fields.map((f) => ruleText(f.code, f.params, f.message)).join('；');
  if (error instanceof ORPCError || error instanceof Error) return error.message;
  return String(error);
}

/**
 * Puts server-side field errors on the form fields that caused them; returns the ones that
 * belong to no visible field so the caller can show them as a banner.
 */
export function applyFieldErrors(form: FormInstance, fields: FieldError[]): FieldError[] {
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const onForm = fields.filter((f) => known.has(f.field.split('.')[0] ?? ''));
  form.setFields(
    onForm.map((f) => ({
      name: f.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      errors: [ruleText(f.code, f.params, f.message)],
    })),
  );
  return fields.filter((f) => !onForm.includes(f));
}
