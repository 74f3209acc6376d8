import dayjs, { type Dayjs } from 'dayjs';
import type { Rule } from 'antd/es/form';
import { parseDisabilityCert } from '#domain/identity/disability-cert';
import { personFields, type PersonCreateInput } from '#domain/person/schema';
import type { PersonForEdit } from '#server/contract';
import { ruleText } from '../../api/errors';
import { dateValue } from '../../components/CalendarDatePicker';
import { zodFieldRule } from '../../components/zod-rule';

export type PersonFieldName = keyof typeof personFields.shape;
/** certIssueDate: a day, or text typed that is not one (CalendarDatePicker), for the date rule to refuse. */
export type PersonFormValues = Omit<PersonCreateInput, 'certIssueDate'> & { certIssueDate?: Dayjs | string | null };

const blank = (v: unknown) => v === null || v === '' || v === undefined;

export function toPersonInput(values: PersonFormValues): PersonCreateInput {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) out[k] = blank(v) ? undefined : v;
  out.certIssueDate = dateValue(values.certIssueDate);
  out.guardians = (values.guardians ?? []).map((g) =>
    Object.fromEntries(Object.entries(g).map(([k, v]) => [k, blank(v) ? undefined : v])),
  );
  return out as PersonCreateInput;
}

export function toPersonFormValues(p: PersonForEdit): PersonFormValues {
  return {
    name: p.name,
    residentId: p.residentId,
    certNumber: p.certNumber,
    category: p.category,
    level: p.level,
    certIssueDate: p.certIssueDate ? dayjs(p.certIssueDate) : null,
    hukouStreetId: p.hukouStreetId,
    hukouCommunityId: p.hukouCommunityId,
    residenceStreetId: p.residenceStreetId,
    residenceCommunityId: p.residenceCommunityId,
    address: p.address,
    phone: p.phone,
    economicStatus: p.economicStatus,
    status: p.status,
    guardians: p.guardians,
    remarks: p.remarks,
  };
}

/** The same zod rule the server applies, run on one field as the clerk leaves it. */
export const personRule = (name: PersonFieldName): Rule => zodFieldRule(personFields.shape[name]);

/** The certificate must belong to the ID typed above it. */
export function certRule(getResidentId: () => unknown): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      if (blank(value)) throw new Error(ruleText('disabilityCert.empty'));
      const id = getResidentId();
      const r = parseDisabilityCert(String(value), typeof id === 'string' && id ? id : undefined);
      if (!r.ok) throw new Error(ruleText(r.error, r.params));
    },
  };
}
