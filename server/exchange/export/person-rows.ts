import type Database from 'better-sqlite3';
import { categoryLabel, LABELS, levelLabel } from '#domain/labels';
import { keysetPages, label, type Lookups, type RowSource } from './cells';

interface PersonRecord {
  id: number;
  name: string;
  resident_id: string;
  sex: string;
  birth_date: string;
  cert_number: string;
  category: string;
  level: number;
  cert_issue_date: string | null;
  hukou_street_id: number | null;
  hukou_community_id: number | null;
  residence_street_id: number;
  residence_community_id: number | null;
  address: string | null;
  phone: string | null;
  economic_status: string;
  status: string;
  remarks: string | null;
  g_name: string | null;
  g_relation: string | null;
  g_phone: string | null;
  g_resident_id: string | null;
  care_mode: string | null;
  care_institution_id: number | null;
  care_start: string | null;
}

// The first guardian (by the order the clerk entered them) and the one open enrolment, if any;
// both joins use their own index, so a page costs the same at row 1 and at row 1,000,000.
const SQL = `
  SELECT p.id, p.name, p.resident_id, p.sex, p.birth_date, p.cert_number, p.category, p.level, p.cert_issue_date,
    p.hukou_street_id, p.hukou_community_id, p.residence_street_id, p.residence_community_id, p.address, p.phone,
    p.economic_status, p.status, p.remarks,
    g.name AS g_name, g.relation AS g_relation, g.phone AS g_phone, g.resident_id AS g_resident_id,
    e.mode AS care_mode, e.institution_id AS care_institution_id, e.start_date AS care_start
  FROM persons p
  LEFT JOIN guardians g ON g.id = (SELECT g2.id FROM guardians g2 WHERE g2.person_id = p.id ORDER BY g2.sort_order, g2.id LIMIT 1)
  LEFT JOIN enrolments e ON e.person_id = p.id AND e.end_date IS NULL
  WHERE p.id > @after AND (@all = 1 OR p.archived_at IS NULL)
  ORDER BY p.id
  LIMIT @limit`;

/** The persons register as the 残疾人 sheet shows it: labels in Chinese, places and institutions by name. */
export function* personRows(sqlite: Database.Database, lookups: Lookups, includeArchived: boolean): RowSource {
  for (const p of keysetPages<PersonRecord>(sqlite.prepare(SQL), { all: includeArchived ? 1 : 0 })) {
    yield {
      name: p.name,
      residentId: p.resident_id,
      sex: label(LABELS.sex, p.sex),
      birthDate: p.birth_date,
      certNumber: p.cert_number,
      category: categoryLabel(p.category),
      level: levelLabel(p.level),
      certIssueDate: p.cert_issue_date,
      hukouStreet: lookups.division(p.hukou_street_id),
      hukouCommunity: lookups.division(p.hukou_community_id),
      residenceStreet: lookups.division(p.residence_street_id),
      residenceCommunity: lookups.division(p.residence_community_id),
      address: p.address,
      phone: p.phone,
      economicStatus: label(LABELS.economicStatus, p.economic_status),
      status: label(LABELS.personStatus, p.status),
      guardianName: p.g_name,
      guardianRelation: p.g_relation,
      guardianPhone: p.g_phone,
      guardianResidentId: p.g_resident_id,
      careMode: label(LABELS.mode, p.care_mode),
      careInstitution: lookups.institution(p.care_institution_id),
      careStart: p.care_start,
      remarks: p.remarks,
    };
  }
}
