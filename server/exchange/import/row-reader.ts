import { cellText, cleanText, isBlank, readName, type CellValue } from '#domain/exchange/cells';
import { readDate } from '#domain/exchange/date-cell';
import { readIdentifier } from '#domain/exchange/identifier-cell';
import { isMessageCode, type MessageCode, type MessageParams } from '#domain/messages';
import { toHalfWidth } from '#domain/text';
import type { z } from 'zod';
import { lookupLabel, splitList, type LabelTable } from './labels';

/** Register field → 0-based column index, or null when the sheet has no such column. */
export type Mapping = Record<string, number | null>;

export interface Issue {
  field: string;
  code: MessageCode;
  params?: MessageParams;
}

/** Marks a cell that could not be read: its field gets the reader's message, not the schema's. */
export const UNREADABLE = Symbol('unreadable');

/**
 * Reads one sheet row field by field, turning cells into the values the register's own input
 * schema expects and collecting a message per cell it cannot read. Fields that already failed
 * here are not reported a second time by the schema.
 */
export class RowReader {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];
  private readonly failed = new Set<string>();

  constructor(
    private readonly cells: readonly CellValue[],
    private readonly mapping: Mapping,
    /** The field's Chinese header, for messages. */
    readonly label: (field: string) => string,
  ) {}

  raw(field: string): CellValue {
    const i = this.mapping[field];
    return i === null || i === undefined ? null : (this.cells[i] ?? null);
  }

  /** The sheet has a column for this field (it may still be blank in this row). */
  mapped(field: string): boolean {
    const i = this.mapping[field];
    return i !== null && i !== undefined;
  }

  has(field: string): boolean {
    return !isBlank(this.raw(field));
  }

  shown(field: string): string {
    return cellText(this.raw(field)).trim();
  }

  fail(field: string, code: MessageCode, params?: MessageParams): undefined {
    if (this.failed.has(field)) return undefined;
    this.failed.add(field);
    this.errors.push({ field, code, ...(params ? { params } : {}) });
    return undefined;
  }

  /** A field that cannot be judged because the one it derives from failed (category from the certificate). */
  skip(field: string): void {
    this.failed.add(field);
  }

  hasFailed(field: string): boolean {
    return this.failed.has(field);
  }

  warn(field: string, code: MessageCode, params?: MessageParams): void {
    this.warnings.push({ field, code, ...(params ? { params } : {}) });
  }

  text(field: string): string | null {
    return cleanText(this.raw(field));
  }

  /** A name cell; blanks taken out of a Chinese name are a warning, so the clerk can check the name. */
  name(field: string): string | null {
    const { name, spaceRemoved } = readName(this.raw(field));
    if (spaceRemoved && name !== null) this.warn(field, 'import.warning.nameSpace', { shown: this.shown(field), name });
    return name;
  }

  /** ID-like cells: never a rounded number (see readIdentifier). */
  id(field: string): string | null | undefined {
    const r = readIdentifier(this.raw(field));
    return r.ok ? r.value : this.fail(field, r.error, r.params);
  }

  date(field: string): string | null | undefined {
    const r = readDate(this.raw(field));
    return r.ok ? r.value : this.fail(field, r.error, r.params);
  }

  choice<T extends string | number>(field: string, labels: LabelTable<T>): T | null | undefined {
    const text = this.text(field);
    if (text === null) return null;
    const value = lookupLabel(labels, text);
    return (
      value ??
      this.fail(field, 'import.value.unknown', {
        value: text,
        field: this.label(field),
        options: labels.options.join('、'),
      })
    );
  }

  choices<T extends string | number>(field: string, labels: LabelTable<T>): T[] | undefined {
    const text = this.text(field);
    if (text === null) return [];
    const out: T[] = [];
    for (const part of splitList(text)) {
      const value = lookupLabel(labels, part);
      if (value === undefined)
        return this.fail(field, 'import.value.unknown', {
          value: part,
          field: this.label(field),
          options: labels.options.join('、'),
        });
      if (!out.includes(value)) out.push(value);
    }
    return out;
  }

  /** A count: a number, or text with a unit (“30张”, “120 ㎡”). Null when empty. */
  number(field: string): number | null | undefined {
    const raw = this.raw(field);
    if (isBlank(raw)) return null;
    if (typeof raw === 'number') return raw;
    const text = toHalfWidth(cellText(raw))
      .replace(/[\s,]/g, '')
      .replace(/(张|个|人|名|床|平方米|平米|㎡|m2|m²)$/i, '');
    const n = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
    return Number.isFinite(n) ? n : this.fail(field, 'import.number.invalid', { value: this.shown(field) });
  }

  /**
   * The schema's issues for the fields of this row, mapped back from schema paths to sheet
   * fields; fields that already failed here keep their first message.
   */
  addSchemaIssues(issues: readonly z.core.$ZodIssue[], fieldOfPath: (path: string) => string): void {
    for (const issue of issues) {
      const field = fieldOfPath(issue.path.map(String).join('.'));
      if (this.failed.has(field)) continue;
      const code = isMessageCode(issue.message) ? issue.message : 'field.invalid';
      const params = (issue as { params?: MessageParams }).params;
      this.fail(field, code, code === issue.message && params && Object.keys(params).length > 0 ? params : undefined);
    }
  }
}
