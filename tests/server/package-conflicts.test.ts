import { describe, expect, it } from 'vitest';
import { makeResidentId } from '../fixtures/synthetic';
import { fieldsOf, refusal } from './helpers';
import {
  addRecipient,
  addWorker,
  dump,
  exportFromStreet,
  importInto,
  registerStreet,
  STREET,
  usePair,
} from './package-fixtures';

const pair = usePair();

describe('packages: conflicts', () => {
  it('the same person with other data is not overwritten but listed; 保留本单位数据 keeps ours', async () => {
    const p = await pair();
    await addRecipient(p.street, p, 41);
    // The district registered the same person itself, with another phone number.
    const mine = await addRecipient(p.district, p, 41);
    const edit = await p.district.api.persons.getForEdit({ id: mine.id });
    await p.district.api.persons.update({ ...edit, phone: '13800002222', version: edit.version });
    await registerStreet(p);

    const result = await importInto(p.district, (await exportFromStreet(p)).bytes);
    expect(result.counts?.persons).toEqual({ inserted: 0, updated: 0, unchanged: 0, conflicts: 1 });
    expect((await p.district.api.persons.get({ id: mine.id })).phone).toBe('13800002222');

    const [c] = await p.district.api.packages.conflicts({});
    expect(c).toMatchObject({
      entity: 'person',
      name: '林小明',
      office: { code: STREET.code, name: STREET.name },
      sequence: 1,
      status: 'open',
      reason: 'differs',
      localRecordId: mine.id,
    });
    expect(c?.keyMasked).toBe(edit.residentId.slice(0, 6) + '********' + edit.residentId.slice(-4));
    expect(c?.differences).toEqual([{ field: 'phone', local: '13800002222', incoming: null }]);

    const before = dump(p.district);
    const kept = await p.district.api.packages.resolveConflict({ id: c?.id ?? 0, action: 'keep' });
    expect(kept).toMatchObject({ status: 'kept', resolvedBy: 'tester' });
    const after = dump(p.district);
    // Only the conflict row itself changed.
    expect({ ...after, package_conflicts: [] }).toEqual({ ...before, package_conflicts: [] });
    expect(await p.district.api.packages.conflicts({})).toEqual([]);
    expect(await p.district.api.packages.conflicts({ status: 'all' })).toHaveLength(1);
    expect(
      p.district.sqlite.prepare("SELECT entity, entity_id FROM audit_log WHERE action = 'package.conflictKeep'").all(),
    ).toEqual([{ entity: 'person', entity_id: mine.id }]);

    const again = await refusal(p.district.api.packages.resolveConflict({ id: c?.id ?? 0, action: 'take' }));
    expect(fieldsOf(again)[0]?.code).toBe('packages.conflict.resolved');
  });

  it('采用下级数据 writes the street’s version and makes the street its origin', async () => {
    const p = await pair();
    await addRecipient(p.street, p, 42);
    const mine = await addRecipient(p.district, p, 42, '林晓明');
    await registerStreet(p);
    await importInto(p.district, (await exportFromStreet(p)).bytes);
    const [c] = await p.district.api.packages.conflicts({});
    expect(c?.differences.map((d) => d.field)).toEqual(['name']);

    const taken = await p.district.api.packages.resolveConflict({ id: c?.id ?? 0, action: 'take' });
    expect(taken.status).toBe('taken');
    const person = await p.district.api.persons.get({ id: mine.id });
    expect(person).toMatchObject({ name: '林小明', version: 2 });
    expect(await p.district.api.persons.enrolments({ id: mine.id })).toHaveLength(1);
    expect(await p.district.api.packages.origin({ entity: 'person', id: mine.id })).toMatchObject({
      code: STREET.code,
    });
    expect(
      p.district.sqlite
        .prepare(
          "SELECT action FROM audit_log WHERE entity = 'person' AND entity_id = ? AND action LIKE 'package.%' ORDER BY id",
        )
        .all(mine.id),
    ).toEqual([{ action: 'package.take' }, { action: 'package.conflictTake' }]);

    // From now on the street's updates flow in as updates, not conflicts.
    const streetPerson = (await p.street.api.persons.list({ keyword: '林小明' })).data[0];
    const edit = await p.street.api.persons.getForEdit({ id: streetPerson?.id ?? 0 });
    await p.street.api.persons.update({ ...edit, address: '平湖街道新地址2号', version: edit.version });
    const next = await importInto(p.district, (await exportFromStreet(p)).bytes);
    expect(next.counts?.persons).toEqual({ inserted: 0, updated: 1, unchanged: 0, conflicts: 0 });
    expect((await p.district.api.persons.get({ id: mine.id })).address).toBe('平湖街道新地址2号');
  });

  it('a later package refreshes the open conflict instead of adding a second one, and settles it once the data agree', async () => {
    const p = await pair();
    const theirs = await addRecipient(p.street, p, 43);
    const mine = await addRecipient(p.district, p, 43);
    const edit = await p.district.api.persons.getForEdit({ id: mine.id });
    await p.district.api.persons.update({ ...edit, remarks: '区残联核实', version: edit.version });
    await registerStreet(p);
    await importInto(p.district, (await exportFromStreet(p)).bytes);
    await importInto(p.district, (await exportFromStreet(p)).bytes);
    const open = await p.district.api.packages.conflicts({});
    expect(open).toHaveLength(1);
    expect(open[0]?.sequence).toBe(2);

    const streetEdit = await p.street.api.persons.getForEdit({ id: theirs.id });
    await p.street.api.persons.update({ ...streetEdit, remarks: '区残联核实', version: streetEdit.version });
    const third = await importInto(p.district, (await exportFromStreet(p)).bytes);
    expect(third.counts?.persons).toEqual({ inserted: 0, updated: 0, unchanged: 1, conflicts: 0 });
    expect(await p.district.api.packages.conflicts({})).toEqual([]);
  });

  it('a 上岗证 number the district already gave to someone else is a conflict that cannot be taken over', async () => {
    const p = await pair();
    // Both offices issue their first permit of 2026: the same number, to different people.
    await addWorker(p.street, 51, '陈静');
    const ours = await addWorker(p.district, 53, '王强');
    await registerStreet(p);
    const result = await importInto(p.district, (await exportFromStreet(p)).bytes);
    expect(result.counts?.staff).toEqual({ inserted: 0, updated: 0, unchanged: 0, conflicts: 1 });
    expect((await p.district.api.staff.list({})).total).toBe(1);

    const [c] = await p.district.api.packages.conflicts({});
    expect(c).toMatchObject({ entity: 'staff', name: '陈静', reason: 'permitTaken', localRecordId: null });
    const [permit] = await p.district.api.staff.permits({ id: ours.id });
    const before = dump(p.district);
    const error = await refusal(p.district.api.packages.resolveConflict({ id: c?.id ?? 0, action: 'take' }));
    expect(fieldsOf(error)[0]).toMatchObject({
      code: 'packages.conflict.permitTaken',
      params: { number: permit?.number },
    });
    expect(dump(p.district)).toEqual(before);
    expect((await p.district.api.packages.resolveConflict({ id: c?.id ?? 0, action: 'keep' })).status).toBe('kept');
  });

  it('a staff member the district also holds, with other data, is listed with IDs masked', async () => {
    const p = await pair();
    const residentId = makeResidentId({ birth: '1985-03-01', seq: 55 });
    await p.street.api.staff.create({
      name: '周敏',
      residentId,
      phone: '13700001111',
      employerInstitutionId: null,
      post: 'nursing',
      hireDate: '2024-03-01',
      leaveDate: null,
    });
    await p.district.api.staff.create({
      name: '周敏',
      residentId,
      phone: '13700001111',
      employerInstitutionId: null,
      post: 'rehab',
      hireDate: '2024-03-01',
      leaveDate: null,
    });
    await registerStreet(p);
    await importInto(p.district, (await exportFromStreet(p)).bytes);
    const [c] = await p.district.api.packages.conflicts({});
    expect(c).toMatchObject({ entity: 'staff', keyMasked: `${residentId.slice(0, 6)}********${residentId.slice(-4)}` });
    expect(c?.differences).toEqual([{ field: 'post', local: 'rehab', incoming: 'nursing' }]);
    expect(JSON.stringify(c)).not.toContain(residentId);
  });
});
