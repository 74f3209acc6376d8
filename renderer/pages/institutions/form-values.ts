import dayjs, { type Dayjs } from 'dayjs';
import type { Rule } from 'antd/es/form';
import { institutionFields, type InstitutionCreateInput } from '#domain/institution/schema';
import type { Institution } from '#server/contract';
import { dateValue } from '../../components/CalendarDatePicker';
import { zodFieldRule } from '../../components/zod-rule';

export type FieldName = keyof typeof institutionFields.shape;

/** What the antd form holds: the API input, except the date is a dayjs for the DatePicker. */
export type FormValues = Omit<InstitutionCreateInput, 'designationDate'> & { designationDate?: Dayjs | string | null };

/** antd inputs report "empty" as null or ''; the schema treats absent values uniformly. */
export function toInput(values: FormValues): InstitutionCreateInput {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) out[k] = v === null || v === '' ? undefined : v;
  out.designationDate = dateValue(values.designationDate);
  return out as InstitutionCreateInput;
}

export function toFormValues(i: Institution): FormValues {
  const {
    designationDate,
    id: _id,
    version: _v,
    streetName: _s,
    communityName: _c,
    archived: _a,
    createdAt: _cr,
    updatedAt: _u,
    ...rest
  } = i;
  return { ...rest, designationDate: designationDate ? dayjs(designationDate) : null };
}

/** The same zod rule the server applies, run on one field as the clerk leaves it. */
export const fieldRule = (name: FieldName): Rule => zodFieldRule(institutionFields.shape[name]);
