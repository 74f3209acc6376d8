import type Database from 'better-sqlite3';
import { LABELS } from '#domain/labels';
import { keysetPages, label, type Lookups, type RowSource } from './cells';

interface StaffRecord {
  id: number;
  name: string;
  resident_id: string;
  sex: string;
  birth_date: string;
  phone: string | null;
  employer_institution_id: number | null;
  post: string;
  hire_date: string | null;
  leave_date: string | null;
  remarks: string | null;
  permit_number: string | null;
}

// The most recently issued permit, as the staff list shows it (server/services/staff-query.ts).
const SQL = `
  SELECT s.id, s.name, s.resident_id, s.sex, s.birth_date, s.phone, s.employer_institution_id, s.post, s.hire_date, s.leave_date, s.remarks,
    (SELECT wp.number FROM work_permits wp WHERE wp.staff_id = s.id ORDER BY wp.id DESC LIMIT 1) AS permit_number
  FROM staff s
  WHERE s.id > @after AND (@all = 1 OR s.archived_at IS NULL)
  ORDER BY s.id
  LIMIT @limit`;

/**
 * The staff register as the 服务人员 sheet shows it. The office's own 公益岗 posts have no
 * employer institution and leave 工作单位 empty, which is also how the import reads them back.
 */
export function* staffRows(sqlite: Database.Database, lookups: Lookups, includeArchived: boolean): RowSource {
  for (const s of keysetPages<StaffRecord>(sqlite.prepare(SQL), { all: includeArchived ? 1 : 0 })) {
    yield {
      name: s.name,
      residentId: s.resident_id,
      sex: label(LABELS.sex, s.sex),
      birthDate: s.birth_date,
      phone: s.phone,
      employer: lookups.institution(s.employer_institution_id),
      post: label(LABELS.post, s.post),
      hireDate: s.hire_date,
      leaveDate: s.leave_date,
      permitNumber: s.permit_number,
      remarks: s.remarks,
    };
  }
}
