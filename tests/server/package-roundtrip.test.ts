import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addRecipient,
  addWorker,
  dump,
  exportFromStreet,
  importInto,
  PASSWORD,
  registerStreet,
  STREET,
  streetInstitution,
  usePair,
} from './package-fixtures';
import { FULL_ID, rowCount } from './helpers';

const pair = usePair();

describe('packages: a street package into the district', () => {
  it('exports from the street data folder and imports into the district with the street as origin', async () => {
    const p = await pair();
    const inst = await p.street.api.institutions.create(streetInstitution(p));
    const person = await addRecipient(p.street, p, 11);
    const worker = await addWorker(p.street, 21);
    const community = await p.street.api.divisions.create({
      parentId: p.streetId,
      code: '440307001099',
      name: '平湖新社区',
    });
    await registerStreet(p);

    const exported = await p.street.api.packages.export({ directory: p.stick, password: PASSWORD });
    expect(exported.sequence).toBe(1);
    expect(exported.fileName).toBe(
      '440307001000-平湖街道残疾人联合会-数据包第0001号-' +
        exported.period.to.slice(0, 10).replace(/-/g, '') +
        '.shrpkg',
    );
    expect(exported.rows).toEqual({
      divisions: rowCount(p.street, 'divisions'),
      institutions: rowCount(p.street, 'institutions'),
      persons: 1,
      staff: 1,
    });
    expect(fs.readdirSync(p.stick).filter((f) => f.endsWith('.part'))).toEqual([]);
    expect((await p.street.api.packages.office()).nextSequence).toBe(2);

    const result = await importInto(p.district, fs.readFileSync(exported.path));
    expect(result).toMatchObject({ status: 'imported', sequence: 1, office: { code: STREET.code, name: STREET.name } });
    expect(result.counts).toEqual({
      divisions: { inserted: 1, updated: 0, unchanged: rowCount(p.street, 'divisions') - 1, conflicts: 0 },
      // The demo institutions are the district's own and equal: unchanged, not conflicts.
      institutions: { inserted: 1, updated: 0, unchanged: rowCount(p.street, 'institutions') - 1, conflicts: 0 },
      persons: { inserted: 1, updated: 0, unchanged: 0, conflicts: 0 },
      staff: { inserted: 1, updated: 0, unchanged: 0, conflicts: 0 },
    });

    const d = p.district.api;
    const [got] = (await d.persons.list({ keyword: '林小明' })).data;
    expect(got).toBeDefined();
    const full = await d.persons.getForEdit({ id: got?.id ?? 0 });
    expect(full).toMatchObject({
      name: '林小明',
      residentId: (await p.street.api.persons.getForEdit({ id: person.id })).residentId,
      guardians: [{ name: '林大海', relation: '父亲', phone: '13800001111' }],
    });
    expect(await d.persons.enrolments({ id: full.id })).toEqual([
      expect.objectContaining({
        mode: 'dayCare',
        institutionName: '龙岗区平湖街道阳光家园职业康复中心',
        startDate: '2026-03-10',
      }),
    ]);
    expect(await d.persons.surveys({ id: full.id })).toHaveLength(1);
    expect(await d.packages.origin({ entity: 'person', id: full.id })).toMatchObject({
      code: STREET.code,
      name: STREET.name,
      sequence: 1,
    });

    const [staffRow] = (await d.staff.list({ keyword: '陈静' })).data;
    const staffPermits = await d.staff.permits({ id: staffRow?.id ?? 0 });
    expect(staffPermits.map((x) => x.number)).toEqual(
      (await p.street.api.staff.permits({ id: worker.id })).map((x) => x.number),
    );
    expect(await d.staff.qualifications({ id: staffRow?.id ?? 0 })).toHaveLength(1);
    expect(await d.packages.origin({ entity: 'staff', id: staffRow?.id ?? 0 })).toMatchObject({ code: STREET.code });

    const [newInst] = (await d.institutions.list({ keyword: inst.creditCode ?? '' })).data;
    expect(newInst).toMatchObject({ name: inst.name, streetName: '平湖街道', communityName: inst.communityName });
    expect(await d.packages.origin({ entity: 'institution', id: newInst?.id ?? 0 })).toMatchObject({
      code: STREET.code,
    });
    // A record the district entered itself has no origin row: 本单位.
    const own = (await d.institutions.list({ keyword: '龙岗区残疾人托养中心' })).data[0];
    expect(await d.packages.origin({ entity: 'institution', id: own?.id ?? 0 })).toBeNull();

    const tree = await d.divisions.tree({});
    const pinghu = tree[0]?.children.find((s) => s.code === STREET.code);
    expect(pinghu?.children.map((c) => c.code)).toContain(community.code);

    const office = (await d.packages.offices())[0];
    expect(office).toMatchObject({ code: STREET.code, lastSequence: 1 });
    const log = await d.packages.log({});
    expect(log.data[0]).toMatchObject({
      direction: 'import',
      outcome: 'imported',
      officeCode: STREET.code,
      sequence: 1,
      rows: exported.rows,
    });
    const streetLog = await p.street.api.packages.log({});
    expect(streetLog.data[0]).toMatchObject({
      direction: 'export',
      outcome: 'exported',
      sequence: 1,
      actor: 'tester',
      rows: exported.rows,
      fileName: exported.fileName,
    });
    expect(
      p.street.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'package.export'").get(),
    ).toEqual({ n: 1 });
    expect(
      p.district.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'package.import'").get(),
    ).toEqual({ n: 1 });
  });

  it('a second import of the same package is reported as already imported and changes nothing', async () => {
    const p = await pair();
    await addRecipient(p.street, p, 12);
    await registerStreet(p);
    const pkg = await exportFromStreet(p);
    await importInto(p.district, pkg.bytes);
    const before = dump(p.district);

    const again = await importInto(p.district, pkg.bytes);
    expect(again).toMatchObject({ status: 'alreadyImported', sequence: 1, counts: null });
    expect(dump(p.district)).toEqual(before);
    expect((await p.district.api.packages.log({})).data[0]).toMatchObject({ outcome: 'alreadyImported', sequence: 1 });
  });

  it('a later package with the same data changes no record, and one with new data updates the street’s records only', async () => {
    const p = await pair();
    const person = await addRecipient(p.street, p, 13);
    await registerStreet(p);
    await importInto(p.district, (await exportFromStreet(p)).bytes);
    const before = dump(p.district);

    const second = await importInto(p.district, (await exportFromStreet(p)).bytes);
    expect(second.counts?.persons).toEqual({ inserted: 0, updated: 0, unchanged: 1, conflicts: 0 });
    const after = dump(p.district);
    // Only the lower office's last sequence moved; every record (version, updatedAt) is as it was.
    expect({ ...after, package_offices: [] }).toEqual({ ...before, package_offices: [] });

    const edit = await p.street.api.persons.getForEdit({ id: person.id });
    await p.street.api.persons.update({
      ...edit,
      phone: '13912345678',
      guardians: edit.guardians,
      version: edit.version,
    });
    const third = await importInto(p.district, (await exportFromStreet(p)).bytes);
    expect(third.counts?.persons).toEqual({ inserted: 0, updated: 1, unchanged: 0, conflicts: 0 });
    const [got] = (await p.district.api.persons.list({ keyword: '林小明' })).data;
    const updated = await p.district.api.persons.get({ id: got?.id ?? 0 });
    expect(updated.phone).toBe('13912345678');
    expect(updated.version).toBe(2);
    expect(await p.district.api.persons.surveys({ id: updated.id })).toHaveLength(1);
    // The audit trail names what changed without keeping a second copy of the ID (PIPL).
    const audit = p.district.sqlite
      .prepare(
        "SELECT action, before, after FROM audit_log WHERE entity = 'person' AND action LIKE 'package.%' ORDER BY id",
      )
      .all() as { action: string; before: string | null; after: string }[];
    expect(audit.map((a) => a.action)).toEqual(['package.insert', 'package.update']);
    expect(JSON.parse(audit[1]?.after ?? '{}')).toEqual({ phone: '13912345678', office: STREET.code, sequence: 3 });
    for (const a of audit) expect(`${a.before} ${a.after}`).not.toMatch(FULL_ID);
  });
});
