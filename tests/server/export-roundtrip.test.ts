// An exported workbook re-imports to the same data: export register A, import every sheet into a
// fresh register B that has only A's divisions, then compare the two registers field by field
// and export B to see the same sheets again.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SheetKind } from '#server/exchange/columns';
import type { DivisionNode } from '#server/contract';
import { exportRegister, openWorkbook, runExport, sheetRecords } from './export-fixtures';
import { type Api, makeApp, personInput, type TestApp, useApp } from './helpers';
import { commit, openFile, preview, runOf } from './import-helpers';

const app = useApp();

/** B gets A's district, streets and communities: same codes, same names, same nesting. */
async function copyDivisions(from: Api, to: Api): Promise<void> {
  const create = async (nodes: DivisionNode[], parentId: number | null) => {
    for (const d of nodes) {
      const made = await to.divisions.create({ parentId, code: d.code, name: d.name });
      await create(d.children, made.id);
    }
  };
  await create(await from.divisions.tree({}), null);
}

async function importSheet(b: TestApp, kind: SheetKind, file: string) {
  const session = await openFile(b.api, kind, 'roundtrip.xlsx', fs.readFileSync(file));
  const { preview: p } = await preview(b.api, runOf(session));
  expect(p.errors, `${kind}: ${JSON.stringify(p.errors.slice(0, 3))}`).toEqual([]);
  const { result } = await commit(b.api, runOf(session));
  return { preview: p, result };
}

/** Each register as plain rows, ids replaced by what they point at, in a stable order. */
function snapshot(t: TestApp) {
  const all = (sql: string) => t.sqlite.prepare(sql).all();
  return {
    institutions: all(`
      SELECT i.name, i.credit_code, i.registration_no, i.registering_dept, i.ownership, i.mode_residential, i.mode_day_care, i.mode_home_care,
        s.name AS street, c.name AS community, i.address, i.beds, i.day_places, i.floor_area, i.person_in_charge, i.phone, i.services,
        i.designation_no, i.designation_date, i.status, i.remarks
      FROM institutions i JOIN divisions s ON s.id = i.street_id LEFT JOIN divisions c ON c.id = i.community_id
      WHERE i.archived_at IS NULL ORDER BY i.name`),
    persons: all(`
      SELECT p.name, p.resident_id, p.sex, p.birth_date, p.cert_number, p.category, p.level, p.cert_issue_date,
        hs.name AS hukou_street, hc.name AS hukou_community, rs.name AS residence_street, rc.name AS residence_community,
        p.address, p.phone, p.economic_status, p.status, p.remarks,
        g.name AS guardian, g.relation, g.phone AS guardian_phone, g.resident_id AS guardian_id,
        e.mode, i.name AS institution, e.start_date
      FROM persons p
      LEFT JOIN divisions hs ON hs.id = p.hukou_street_id LEFT JOIN divisions hc ON hc.id = p.hukou_community_id
      LEFT JOIN divisions rs ON rs.id = p.residence_street_id LEFT JOIN divisions rc ON rc.id = p.residence_community_id
      LEFT JOIN guardians g ON g.id = (SELECT id FROM guardians WHERE person_id = p.id ORDER BY sort_order, id LIMIT 1)
      LEFT JOIN enrolments e ON e.person_id = p.id AND e.end_date IS NULL
      LEFT JOIN institutions i ON i.id = e.institution_id
      WHERE p.archived_at IS NULL ORDER BY p.resident_id`),
    staff: all(`
      SELECT s.name, s.resident_id, s.sex, s.birth_date, s.phone, i.name AS employer, s.post, s.hire_date, s.leave_date, s.remarks
      FROM staff s LEFT JOIN institutions i ON i.id = s.employer_institution_id
      WHERE s.archived_at IS NULL ORDER BY s.resident_id`),
  };
}

describe('export → import round trip', () => {
  it('re-imports every register of an exported workbook to the same data', async () => {
    const a = app();
    const r = await exportRegister(a);
    // One more person in home care (no institution) and one in day care, so every care mode travels.
    const home = await a.api.persons.create(personInput(r.places, { name: '莫雨桐', seq: 301, birth: '1979-09-09' }));
    await a.api.persons.enrol({ personId: home.id, mode: 'homeCare', institutionId: null, startDate: '2025-12-01' });
    const dayCentre = (await a.api.institutions.list({ keyword: '启智日间照料中心' })).data[0]!;
    const day = await a.api.persons.create(personInput(r.places, { name: '殷若曦', seq: 303, birth: '1985-01-31' }));
    await a.api.persons.enrol({
      personId: day.id,
      mode: 'dayCare',
      institutionId: dayCentre.id,
      startDate: '2026-02-10',
    });
    const exported = await runExport(a.api, { registers: ['persons', 'institutions', 'staff'] });
    expect(exported.counts).toEqual({ persons: 4, institutions: 20, staff: 2 });

    const b = makeApp();
    try {
      await copyDivisions(a.api, b.api);
      // Institutions first: persons and staff name theirs.
      expect((await importSheet(b, 'institutions', exported.path)).preview.totalRows).toBe(20);
      expect((await importSheet(b, 'persons', exported.path)).preview.totalRows).toBe(4);
      expect((await importSheet(b, 'staff', exported.path)).preview.totalRows).toBe(2);

      const before = snapshot(a);
      const after = snapshot(b);
      expect(after.institutions).toEqual(before.institutions);
      expect(after.persons).toEqual(before.persons);
      expect(after.staff).toEqual(before.staff);
      expect([before.institutions.length, before.persons.length, before.staff.length]).toEqual([20, 4, 2]);

      // And B exports the same sheets again (上岗证号 stays behind: permits are not imported).
      const again = await runExport(b.api, { registers: ['persons', 'institutions', 'staff'] });
      const [bookA, bookB] = [await openWorkbook(exported.path), await openWorkbook(again.path)];
      const values = (book: typeof bookA, name: string, skip: string[] = []) =>
        sheetRecords(book.getWorksheet(name)!)
          .map((row) =>
            Object.fromEntries(
              Object.entries(row)
                .filter(([k]) => !skip.includes(k))
                .map(([k, c]) => [k, c.value]),
            ),
          )
          .sort((x, y) => String(x['身份证号'] ?? x['机构名称']).localeCompare(String(y['身份证号'] ?? y['机构名称'])));
      expect(values(bookB, '残疾人')).toEqual(values(bookA, '残疾人'));
      expect(values(bookB, '托养机构')).toEqual(values(bookA, '托养机构'));
      expect(values(bookB, '服务人员', ['上岗证号'])).toEqual(values(bookA, '服务人员', ['上岗证号']));
    } finally {
      b.core.close();
      fs.rmSync(b.dir, { recursive: true, force: true });
    }
  });
});
