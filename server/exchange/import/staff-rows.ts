import { staffCreateInput, type StaffCreateInput, type StaffInput } from '#domain/staff/schema';
import type { KindReader, RowKey } from './kinds';
import { POST_LABELS } from './labels';
import { compareWithId } from './id-columns';
import { readResidentId } from './persons-rows';

export interface StaffRecord {
  input: StaffInput;
  employerName: string | null;
}

const fieldOfPath = (path: string) => (path === 'employerInstitutionId' ? 'employer' : (path.split('.')[0] ?? path));

/** 服务人员: the employer by institution name or credit code; empty means the office's own 公益岗. */
export const staffRows: KindReader<StaffRecord, 'staff'> = {
  kind: 'staff',
  read(r, env) {
    const residentId = readResidentId(r, 'residentId');
    compareWithId(r, residentId);
    const employerText = r.text('employer');
    const employer = employerText === null ? null : env.institutions.find(employerText);
    if (employerText !== null && !employer) r.fail('employer', 'import.employer.unknown', { name: employerText });
    const hireDate = r.date('hireDate');
    const leaveDate = r.date('leaveDate');
    // The schema checks this only once every other field is right; here it is shown with the rest.
    if (hireDate && leaveDate && leaveDate < hireDate) r.fail('leaveDate', 'staff.leaveBeforeHire');
    const draft: StaffCreateInput = {
      name: r.name('name') ?? '',
      residentId: residentId ?? '',
      phone: r.id('phone'),
      employerInstitutionId: employer?.id ?? null,
      post: (r.choice('post', POST_LABELS) ?? '') as StaffCreateInput['post'],
      hireDate,
      leaveDate,
      remarks: r.text('remarks'),
    };
    const parsed = staffCreateInput.safeParse(draft);
    if (!parsed.success) r.addSchemaIssues(parsed.error.issues, fieldOfPath);
    const keys: RowKey[] = residentId ? [{ field: 'residentId', type: 'residentId', value: residentId }] : [];
    if (r.errors.length > 0 || !parsed.success) return { record: null, keys };
    return { record: { input: parsed.data, employerName: employer?.name ?? null }, keys };
  },
};
