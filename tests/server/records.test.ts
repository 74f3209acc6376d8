// One mapping per register (server/records/): the form, the Excel import and a data package write
// the same person, staff member and institution as the same row, and the audit trail keeps the
// same snapshot of each, whichever way it came in.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SheetKind } from '#domain/registers';
import { makeCert, makeResidentId } from '../fixtures/synthetic';
import { runExport } from './export-fixtures';
import { creditCode, FULL_ID, makeApp, type TestApp } from './helpers';
import { commit, openFile, runOf } from './import-helpers';
import {
  exportFromStreet,
  importInto,
  type Pair,
  registerStreet,
  streetInstitution,
  usePair,
} from './package-fixtures';

const pair = usePair();
const PERSON_ID = makeResidentId({ birth: '1988-08-18', seq: 611 });
const GUARDIAN_ID = makeResidentId({ birth: '1960-02-02', seq: 612 });
const STAFF_ID = makeResidentId({ birth: '1986-06-16', seq: 613 });
const CREDIT_CODE = creditCode(61);

type Row = Record<string, unknown>;
const without = (row: Row | undefined, ...keys: string[]): Row =>
  Object.fromEntries(Object.entries(row ?? {}).filter(([k]) => !keys.includes(k)));

/** Every column of the record but its row id and timestamps, which each register gives its own. */
const stored = (a: TestApp, table: string, column: string, value: string): Row =>
  without(
    a.sqlite.prepare(`SELECT * FROM ${table} WHERE ${column} = ?`).get(value) as Row | undefined,
    'id',
    'created_at',
    'updated_at',
  );

const idOf = (a: TestApp, table: string, column: string, value: string): number =>
  (a.sqlite.prepare(`SELECT id FROM ${table} WHERE ${column} = ?`).get(value) as { id: number }).id;

function rows(a: TestApp) {
  const personId = idOf(a, 'persons', 'resident_id', PERSON_ID);
  return {
    institution: stored(a, 'institutions', 'credit_code', CREDIT_CODE),
    person: stored(a, 'persons', 'resident_id', PERSON_ID),
    guardians: a.sqlite
      .prepare(
        'SELECT name, relation, phone, resident_id, sort_order FROM guardians WHERE person_id = ? ORDER BY sort_order',
      )
      .all(personId),
    staff: stored(a, 'staff', 'resident_id', STAFF_ID),
  };
}

/** The `after` of the one audit entry of this action on the record, without what only that path adds. */
function snapshot(a: TestApp, entity: string, id: number, action: string, ...pathOnly: string[]): Row {
  const found = a.sqlite
    .prepare('SELECT after FROM audit_log WHERE entity = ? AND entity_id = ? AND action = ?')
    .all(entity, id, action) as { after: string }[];
  expect(found, `${entity} ${action}`).toHaveLength(1);
  expect(found[0]?.after).not.toMatch(FULL_ID);
  return without(JSON.parse(found[0]?.after ?? '{}') as Row, ...pathOnly);
}

function snapshots(a: TestApp, action: string, ...pathOnly: string[]) {
  return {
    institution: snapshot(a, 'institution', idOf(a, 'institutions', 'credit_code', CREDIT_CODE), action, ...pathOnly),
    person: snapshot(a, 'person', idOf(a, 'persons', 'resident_id', PERSON_ID), action, ...pathOnly),
    staff: snapshot(a, 'staff', idOf(a, 'staff', 'resident_id', STAFF_ID), action, ...pathOnly),
  };
}

/** Through the forms at the street: an institution offering two modes, one of its staff, one person with every field. */
async function enterAtStreet(p: Pair): Promise<void> {
  const api = p.street.api;
  const divisions = await api.divisions.tree({});
  const otherStreet = divisions[0]?.children.find((s) => s.id !== p.streetId);
  if (!otherStreet?.children[0]) throw new Error('demo street missing');
  const centre = await api.institutions.create({
    ...streetInstitution(p, 61),
    creditCode: CREDIT_CODE,
    registrationNo: '粤民登61号',
    registeringDept: '区民政局',
    // Listed out of screen order: every path keeps the modes the same way.
    modes: ['dayCare', 'residential'],
    beds: 12,
    dayPlaces: 30,
    floorArea: 480,
    services: ['rehabNursing', 'dailyCare'],
    designationNo: '阳光家园61',
    designationDate: '2025-06-01',
    remarks: '二楼为日间照料区',
  });
  await api.staff.create({
    name: '单晓曾',
    residentId: STAFF_ID,
    phone: '13700006161',
    employerInstitutionId: centre.id,
    post: 'nursing',
    hireDate: '2024-03-01',
    leaveDate: null,
    remarks: '持护理员证',
  });
  await api.persons.create({
    name: '解语曾',
    residentId: PERSON_ID,
    certNumber: makeCert(PERSON_ID, 4, 3),
    category: 'physical',
    level: 3,
    certIssueDate: '2019-03-15',
    hukouStreetId: otherStreet.id,
    hukouCommunityId: otherStreet.children[0].id,
    residenceStreetId: p.streetId,
    residenceCommunityId: p.communityId,
    address: '平湖街道测试路61号',
    phone: '13800006161',
    economicStatus: 'dibao',
    guardians: [{ name: '解大海', relation: '父亲', phone: '0755-28886161', residentId: GUARDIAN_ID }],
    remarks: '需要无障碍房间',
  });
}

/** Imports the street's exported workbook into a register that holds what the demo holds. */
async function importAtCopy(p: Pair): Promise<TestApp> {
  const exported = await runExport(p.street.api, { registers: ['institutions', 'staff', 'persons'] });
  const copy = makeApp();
  await copy.api.setup.loadDemo();
  // Institutions first: staff name their employer. The demo's own rows are refused as already registered.
  for (const kind of ['institutions', 'staff', 'persons'] as SheetKind[]) {
    const session = await openFile(copy.api, kind, 'street.xlsx', fs.readFileSync(exported.path));
    const { result } = await commit(copy.api, runOf(session));
    expect(result.created, kind).toBe(1);
  }
  return copy;
}

describe('records: one row and one audit snapshot per register', () => {
  it(
    'the form, the Excel import and a data package write the same rows and keep the same snapshots',
    { timeout: 120_000 },
    async () => {
      const p = await pair();
      await enterAtStreet(p);
      await registerStreet(p);
      expect((await importInto(p.district, (await exportFromStreet(p)).bytes)).counts).toMatchObject({
        institutions: { inserted: 1 },
        persons: { inserted: 1 },
        staff: { inserted: 1 },
      });
      const copy = await importAtCopy(p);
      try {
        const entered = rows(p.street);
        expect(entered.person).toMatchObject({
          name_pinyin: expect.stringMatching(/^xieyu/),
          name_initials: expect.stringMatching(/^xy/),
          version: 1,
          archived_at: null,
        });
        expect(entered.staff).toMatchObject({ name_pinyin: expect.stringMatching(/^shanxiao/), version: 1 });
        expect(entered.institution).toMatchObject({
          mode_residential: 1,
          mode_day_care: 1,
          mode_home_care: 0,
          services: '["rehabNursing","dailyCare"]',
        });
        expect(rows(p.district)).toEqual(entered);
        expect(rows(copy)).toEqual(entered);

        const kept = snapshots(p.street, 'create');
        expect(kept.person).toMatchObject({
          residentIdMasked: `${PERSON_ID.slice(0, 6)}********${PERSON_ID.slice(-4)}`,
          certNumberMasked: `${PERSON_ID.slice(0, 6)}********${PERSON_ID.slice(-4)}43`,
          hukouStreetName: expect.any(String),
          residenceStreetName: expect.any(String),
          guardians: [
            {
              name: '解大海',
              relation: '父亲',
              phone: '0755-28886161',
              residentIdMasked: `${GUARDIAN_ID.slice(0, 6)}********${GUARDIAN_ID.slice(-4)}`,
            },
          ],
          archived: false,
          version: 1,
        });
        expect(kept.staff).toMatchObject({
          residentIdMasked: `${STAFF_ID.slice(0, 6)}********${STAFF_ID.slice(-4)}`,
          employerName: '平湖街道第61康园家庭托养站',
        });
        expect(kept.institution).toMatchObject({
          modes: ['residential', 'dayCare'],
          streetName: expect.any(String),
          version: 1,
        });
        expect(snapshots(p.district, 'package.insert', 'office', 'sequence')).toEqual(kept);
        // The import also says where each record came from and writes the placement with the person.
        expect(snapshots(copy, 'import', 'source', 'enrolment')).toEqual(kept);
      } finally {
        copy.core.close();
        fs.rmSync(copy.dir, { recursive: true, force: true });
      }
    },
  );

  it('an edit at the street and its package write the same rows at the district', { timeout: 120_000 }, async () => {
    const p = await pair();
    await enterAtStreet(p);
    await registerStreet(p);
    await importInto(p.district, (await exportFromStreet(p)).bytes);

    const api = p.street.api;
    const personId = idOf(p.street, 'persons', 'resident_id', PERSON_ID);
    const person = await api.persons.getForEdit({ id: personId });
    await api.persons.update({
      ...person,
      name: '曾语解',
      phone: '13900006161',
      guardians: [],
      version: person.version,
    });
    const worker = await api.staff.getForEdit({ id: idOf(p.street, 'staff', 'resident_id', STAFF_ID) });
    await api.staff.update({
      ...worker,
      name: '曾晓单',
      employerInstitutionId: null,
      post: 'publicPost',
      version: worker.version,
    });
    const centre = await api.institutions.get({ id: idOf(p.street, 'institutions', 'credit_code', CREDIT_CODE) });
    await api.institutions.update({ ...centre, modes: ['homeCare'], beds: 0, dayPlaces: 0, version: centre.version });

    expect((await importInto(p.district, (await exportFromStreet(p)).bytes)).counts).toMatchObject({
      institutions: { updated: 1 },
      persons: { updated: 1 },
      staff: { updated: 1 },
    });
    const edited = rows(p.street);
    expect(edited.person).toMatchObject({ name_pinyin: expect.stringMatching(/^zengyu/), version: 2 });
    expect(edited.guardians).toEqual([]);
    expect(rows(p.district)).toEqual(edited);
  });
});
