import type Database from 'better-sqlite3';
import { LABELS } from '#domain/labels';
import { keysetPages, label, labelList, type Lookups, type RowSource } from './cells';

interface InstitutionRecord {
  id: number;
  name: string;
  credit_code: string | null;
  registration_no: string | null;
  registering_dept: string | null;
  ownership: string;
  mode_residential: number;
  mode_day_care: number;
  mode_home_care: number;
  street_id: number;
  community_id: number | null;
  address: string;
  beds: number;
  day_places: number;
  floor_area: number | null;
  person_in_charge: string;
  phone: string;
  services: string;
  designation_no: string | null;
  designation_date: string | null;
  status: string;
  remarks: string | null;
}

const SQL = `
  SELECT id, name, credit_code, registration_no, registering_dept, ownership, mode_residential, mode_day_care, mode_home_care,
    street_id, community_id, address, beds, day_places, floor_area, person_in_charge, phone, services,
    designation_no, designation_date, status, remarks
  FROM institutions
  WHERE id > @after AND (@all = 1 OR archived_at IS NULL)
  ORDER BY id
  LIMIT @limit`;

const modesOf = (i: InstitutionRecord): string[] =>
  [
    i.mode_residential ? 'residential' : null,
    i.mode_day_care ? 'dayCare' : null,
    i.mode_home_care ? 'homeCare' : null,
  ].filter((m) => m !== null);

/** The institutions register as the 托养机构 sheet shows it. */
export function* institutionRows(sqlite: Database.Database, lookups: Lookups, includeArchived: boolean): RowSource {
  for (const i of keysetPages<InstitutionRecord>(sqlite.prepare(SQL), { all: includeArchived ? 1 : 0 })) {
    yield {
      name: i.name,
      creditCode: i.credit_code,
      registrationNo: i.registration_no,
      registeringDept: i.registering_dept,
      ownership: label(LABELS.ownership, i.ownership),
      modes: labelList(LABELS.mode, modesOf(i)),
      street: lookups.division(i.street_id),
      community: lookups.division(i.community_id),
      address: i.address,
      beds: i.beds,
      dayPlaces: i.day_places,
      floorArea: i.floor_area,
      personInCharge: i.person_in_charge,
      phone: i.phone,
      services: labelList(LABELS.services, JSON.parse(i.services) as string[]),
      designationNo: i.designation_no,
      designationDate: i.designation_date,
      status: label(LABELS.institutionStatus, i.status),
      remarks: i.remarks,
    };
  }
}
