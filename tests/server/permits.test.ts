import { describe, expect, it } from 'vitest';
import type { Staff } from '#server/contract';
import {
  addTraining,
  fieldsOf,
  refusal,
  rowCount,
  seedPlaces,
  STACK_LIKE,
  staffInput,
  type TestApp,
  useApp,
} from './helpers';

const app = useApp();

const ISSUER = '测试区残疾人联合会';

async function world(): Promise<{
  a: TestApp;
  staff: (seq: number, extra?: Parameters<typeof staffInput>[0]) => Promise<Staff>;
}> {
  const a = app();
  await seedPlaces(a.api); // 测试区 440307
  return { a, staff: (seq, extra = {}) => a.api.staff.create(staffInput({ seq, ...extra })) };
}

/** A staff member with a passed training, ready for a permit. */
async function trained(w: Awaited<ReturnType<typeof world>>, seq: number, endDate = '2026-01-10'): Promise<Staff> {
  const s = await w.staff(seq);
  await addTraining(w.a.api, s.id, { endDate });
  return s;
}

const issue = (a: TestApp, staffId: number, issueDate = '2026-02-01', validYears?: number) =>
  a.api.staff.issuePermit({ staffId, issueDate, issuer: ISSUER, ...(validYears ? { validYears } : {}) });

const sequences = (a: TestApp) => a.sqlite.prepare('SELECT year, last FROM permit_sequences ORDER BY year').all();
type AuditRow = { action: string; entity_id: number; before: string | null; after: string | null };
const permitAudit = (a: TestApp): AuditRow[] =>
  a.sqlite
    .prepare(
      "SELECT action, entity_id, before, after FROM audit_log WHERE entity = 'staff' AND action LIKE 'permit.%' ORDER BY id",
    )
    .all() as AuditRow[];

describe('staff/issuePermit: training first', () => {
  it('refuses someone without any training on staffId in Chinese, and consumes no number', async () => {
    const w = await world();
    const s = await w.staff(1);
    const error = await refusal(issue(w.a, s.id));
    expect(error.code).toBe('INVALID_INPUT');
    expect(fieldsOf(error)).toEqual([
      {
        field: 'staffId',
        code: 'permit.training.required',
        message: '该人员没有“合格”的培训记录，不能发放上岗证。请先登记培训并确认结果为合格',
      },
    ]);
    expect(error.message).not.toMatch(STACK_LIKE);
    expect(rowCount(w.a, 'work_permits')).toBe(0);
    expect(sequences(w.a)).toEqual([]);
    expect(permitAudit(w.a)).toEqual([]);

    await addTraining(w.a.api, s.id);
    const permit = await issue(w.a, s.id);
    expect(permit).toMatchObject({ seq: 1, year: 2026, number: '托养上岗证〔2026〕0001号' });
  });

  it('refuses at a street office: permits are numbered and issued by the district, so numbers never clash across offices', async () => {
    const w = await world();
    const s = await trained(w, 3);
    await w.a.api.packages.setOffice({ level: 'street', code: '440307001000', name: '甲街道残疾人联合会' });
    const error = await refusal(issue(w.a, s.id));
    expect(fieldsOf(error)).toEqual([
      {
        field: 'staffId',
        code: 'permit.streetOffice',
        message: '上岗证由区残联统一编号发放，街道版不能发证。请将培训记录随数据包报送区残联发证',
      },
    ]);
    expect(rowCount(w.a, 'work_permits')).toBe(0);
    expect(sequences(w.a)).toEqual([]);

    await w.a.api.packages.setOffice({ level: 'district', code: '440307', name: '测试区残疾人联合会' });
    expect(await issue(w.a, s.id)).toMatchObject({ seq: 1 });
  });

  it('refuses when the only training was failed, or passed only after the issue date', async () => {
    const w = await world();
    const s = await w.staff(1);
    await addTraining(w.a.api, s.id, { result: 'fail' });
    expect(fieldsOf(await refusal(issue(w.a, s.id)))).toEqual([
      expect.objectContaining({ field: 'staffId', code: 'permit.training.required' }),
    ]);
    await addTraining(w.a.api, s.id, { endDate: '2026-03-01' });
    expect(fieldsOf(await refusal(issue(w.a, s.id, '2026-02-01')))).toEqual([
      expect.objectContaining({ code: 'permit.training.required' }),
    ]);
    const permit = await issue(w.a, s.id, '2026-03-01');
    const passed = (await w.a.api.staff.training({ id: s.id })).find((t) => t.result === 'pass');
    expect(permit).toMatchObject({ seq: 1, trainingRecordId: passed!.id });
  });

  it('refuses staff who have left (on or before the issue date) or are archived', async () => {
    const w = await world();
    const left = await w.staff(1, { leaveDate: '2026-02-01' });
    await addTraining(w.a.api, left.id);
    const archived = await trained(w, 2);
    await w.a.api.staff.archive({ id: archived.id, archived: true });
    for (const id of [left.id, archived.id]) {
      const error = await refusal(issue(w.a, id, '2026-02-01'));
      expect(fieldsOf(error)).toEqual([
        { field: 'staffId', code: 'permit.staffLeft', message: '该人员已离职或已归档，不能发放上岗证' },
      ]);
    }
    // Leaving later than the issue date is still in post on that day.
    expect(await issue(w.a, left.id, '2026-01-31')).toMatchObject({ seq: 1 });
    expect(sequences(w.a)).toEqual([{ year: 2026, last: 1 }]);
  });

  it('refuses an unknown staff member with NOT_FOUND', async () => {
    const w = await world();
    expect((await refusal(issue(w.a, 77))).code).toBe('NOT_FOUND');
    expect(sequences(w.a)).toEqual([]);
  });
});

describe('staff/issuePermit: numbers and validity', () => {
  it('numbers permits 0001, 0002 … with the default pattern and restarts at 0001 in a new year', async () => {
    const w = await world();
    const [p1, p2, p3, p4] = await Promise.all([1, 2, 3, 4].map((seq) => trained(w, seq)));
    expect(await issue(w.a, p1!.id, '2026-02-01')).toMatchObject({
      number: '托养上岗证〔2026〕0001号',
      year: 2026,
      seq: 1,
    });
    expect(await issue(w.a, p2!.id, '2026-05-20')).toMatchObject({
      number: '托养上岗证〔2026〕0002号',
      year: 2026,
      seq: 2,
    });
    expect(await issue(w.a, p3!.id, '2027-01-04')).toMatchObject({
      number: '托养上岗证〔2027〕0001号',
      year: 2027,
      seq: 1,
    });
    // A late entry for the old year carries on that year's sequence.
    expect(await issue(w.a, p4!.id, '2026-12-30')).toMatchObject({ number: '托养上岗证〔2026〕0003号', seq: 3 });
    expect(sequences(w.a)).toEqual([
      { year: 2026, last: 3 },
      { year: 2027, last: 1 },
    ]);
  });

  it('uses the pattern set in schema_meta, with the district code', async () => {
    const w = await world();
    const [p1, p2] = await Promise.all([1, 2].map((seq) => trained(w, seq)));
    w.a.sqlite
      .prepare("INSERT INTO schema_meta (key, value) VALUES ('permit_number_pattern', '{district}-{year}-{seq:5}')")
      .run();
    expect(await issue(w.a, p1!.id)).toMatchObject({ number: '440307-2026-00001', seq: 1 });
    expect(await issue(w.a, p2!.id)).toMatchObject({ number: '440307-2026-00002', seq: 2 });
  });

  it('is valid for N whole years, ending the day before the anniversary (leap day included)', async () => {
    const w = await world();
    const [p1, p2, p3] = await Promise.all([1, 2, 3].map((seq) => trained(w, seq)));
    expect(await issue(w.a, p1!.id, '2026-02-01')).toMatchObject({
      issueDate: '2026-02-01',
      validUntil: '2029-01-31',
      issuer: ISSUER,
      status: 'valid',
    });
    expect(await issue(w.a, p2!.id, '2026-03-01', 1)).toMatchObject({ validUntil: '2027-02-28' });
    expect(await issue(w.a, p3!.id, '2028-02-29', 2)).toMatchObject({ validUntil: '2030-02-28' });
  });

  it('refuses a second permit while one is valid, naming it, without consuming a number', async () => {
    const w = await world();
    const [p1, p2] = await Promise.all([1, 2].map((seq) => trained(w, seq)));
    const first = await issue(w.a, p1!.id, '2026-02-01');
    const error = await refusal(issue(w.a, p1!.id, '2026-06-01'));
    expect(error.code).toBe('CONFLICT');
    expect(fieldsOf(error)).toEqual([
      expect.objectContaining({ field: 'staffId', code: 'permit.exists', params: { number: first.number } }),
    ]);
    expect(error.message).toContain('托养上岗证〔2026〕0001号');
    expect(await issue(w.a, p2!.id)).toMatchObject({ seq: 2 });
  });

  it('issues a new number once the old permit has expired or been revoked', async () => {
    const w = await world();
    const s = await trained(w, 1, '2019-12-01');
    const old = await issue(w.a, s.id, '2020-01-06', 1); // valid until 2021-01-05
    const fresh = await issue(w.a, s.id, '2026-02-01');
    expect(fresh).toMatchObject({ number: '托养上岗证〔2026〕0001号' });
    expect(fresh.id).not.toBe(old.id);
    await w.a.api.staff.changePermitStatus({ permitId: fresh.id, action: 'revoke', reason: '伪造培训证明' });
    expect(await issue(w.a, s.id, '2026-03-01')).toMatchObject({ number: '托养上岗证〔2026〕0002号' });
    expect((await w.a.api.staff.permits({ id: s.id })).map((p) => p.number)).toEqual([
      '托养上岗证〔2026〕0002号',
      '托养上岗证〔2026〕0001号',
      '托养上岗证〔2020〕0001号',
    ]);
  });

  it('shows the latest permit on the staff record and writes an audit row for the issue', async () => {
    const w = await world();
    const s = await trained(w, 1);
    const permit = await issue(w.a, s.id);
    expect((await w.a.api.staff.get({ id: s.id })).permit).toMatchObject({
      id: permit.id,
      number: permit.number,
      status: 'valid',
    });
    const audit = permitAudit(w.a);
    expect(audit).toEqual([expect.objectContaining({ action: 'permit.issue', entity_id: s.id })]);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ number: permit.number, seq: 1 });
  });
});

describe('staff/changePermitStatus and renewPermit', () => {
  it('suspends, reinstates and revokes with reasons, each audited with its reason', async () => {
    const w = await world();
    const s = await trained(w, 1);
    const p = await issue(w.a, s.id);
    const suspended = await w.a.api.staff.changePermitStatus({
      permitId: p.id,
      action: 'suspend',
      reason: '投诉调查期间',
    });
    expect(suspended).toMatchObject({
      status: 'suspended',
      statusReason: '投诉调查期间',
      standing: 'suspended',
      number: p.number,
    });
    expect(suspended.statusChangedAt).not.toBeNull();
    expect(
      await w.a.api.staff.changePermitStatus({ permitId: p.id, action: 'reinstate', reason: '调查结束，投诉不成立' }),
    ).toMatchObject({ status: 'valid' });
    expect(
      await w.a.api.staff.changePermitStatus({ permitId: p.id, action: 'revoke', reason: '严重违规' }),
    ).toMatchObject({ status: 'revoked', statusReason: '严重违规' });
    const audit = permitAudit(w.a).slice(1);
    expect(
      audit.map((r) => [
        r.action,
        JSON.parse(r.before!).status,
        JSON.parse(r.after!).status,
        JSON.parse(r.after!).statusReason,
      ]),
    ).toEqual([
      ['permit.suspend', 'valid', 'suspended', '投诉调查期间'],
      ['permit.reinstate', 'suspended', 'valid', '调查结束，投诉不成立'],
      ['permit.revoke', 'valid', 'revoked', '严重违规'],
    ]);
  });

  it('never changes a revoked permit again, nor renews it', async () => {
    const w = await world();
    const s = await trained(w, 1);
    const p = await issue(w.a, s.id);
    await w.a.api.staff.changePermitStatus({ permitId: p.id, action: 'suspend', reason: '暂停' });
    const revoked = await w.a.api.staff.changePermitStatus({ permitId: p.id, action: 'revoke', reason: '吊销' });
    const audited = permitAudit(w.a).length;
    for (const action of ['suspend', 'reinstate', 'revoke'] as const) {
      const error = await refusal(w.a.api.staff.changePermitStatus({ permitId: p.id, action, reason: '再次变更' }));
      expect(error.code).toBe('CONFLICT');
      expect(fieldsOf(error)).toEqual([
        { field: 'permitId', code: 'permit.revoked', message: '该上岗证已吊销，不能再变更，请重新发证' },
      ]);
    }
    const renew = await refusal(w.a.api.staff.renewPermit({ permitId: p.id, issueDate: '2026-06-01', issuer: ISSUER }));
    expect(fieldsOf(renew)).toEqual([expect.objectContaining({ code: 'permit.revoked' })]);
    expect((await w.a.api.staff.permits({ id: s.id }))[0]).toEqual(revoked);
    expect(permitAudit(w.a)).toHaveLength(audited);
  });

  it('refuses steps that do not fit the status, and a status change without a reason', async () => {
    const w = await world();
    const s = await trained(w, 1);
    const p = await issue(w.a, s.id);
    const reinstate = await refusal(
      w.a.api.staff.changePermitStatus({ permitId: p.id, action: 'reinstate', reason: '无' }),
    );
    expect(fieldsOf(reinstate)).toEqual([expect.objectContaining({ field: 'permitId', code: 'permit.transition' })]);
    const noReason = await refusal(w.a.api.staff.changePermitStatus({ permitId: p.id, action: 'suspend', reason: '' }));
    expect(fieldsOf(noReason)).toEqual([
      expect.objectContaining({ field: 'reason', code: 'permit.reason.required', message: '请填写原因' }),
    ]);
    await w.a.api.staff.changePermitStatus({ permitId: p.id, action: 'suspend', reason: '暂停' });
    const renew = await refusal(w.a.api.staff.renewPermit({ permitId: p.id, issueDate: '2026-06-01', issuer: ISSUER }));
    expect(fieldsOf(renew)).toEqual([expect.objectContaining({ code: 'permit.transition' })]);
    expect(
      (await refusal(w.a.api.staff.changePermitStatus({ permitId: 999, action: 'suspend', reason: '无' }))).code,
    ).toBe('NOT_FOUND');
  });

  it('renews: same number and sequence, new issue date, issuer and validity, audited', async () => {
    const w = await world();
    const s = await trained(w, 1, '2019-12-01');
    const p = await issue(w.a, s.id, '2023-02-01'); // valid until 2026-01-31
    const renewed = await w.a.api.staff.renewPermit({
      permitId: p.id,
      issueDate: '2026-01-20',
      validYears: 3,
      issuer: '测试区残联复审组',
    });
    expect(renewed).toMatchObject({
      id: p.id,
      number: p.number,
      seq: p.seq,
      year: 2023,
      issueDate: '2026-01-20',
      validUntil: '2029-01-19',
      issuer: '测试区残联复审组',
    });
    expect(await w.a.api.staff.permits({ id: s.id })).toEqual([renewed]);
    expect(rowCount(w.a, 'work_permits')).toBe(1);
    expect(sequences(w.a)).toEqual([{ year: 2023, last: 1 }]);
    const last = permitAudit(w.a).at(-1)!;
    expect(last.action).toBe('permit.renew');
    expect(JSON.parse(last.before!)).toMatchObject({ validUntil: '2026-01-31' });
    expect(JSON.parse(last.after!)).toMatchObject({ validUntil: '2029-01-19' });
  });

  it('does not renew an old permit into a second valid one while a newer permit is valid', async () => {
    const w = await world();
    const s = await trained(w, 1, '2019-12-01');
    const old = await issue(w.a, s.id, '2020-01-06', 1); // lapsed 2021-01-05, still status "valid"
    const current = await issue(w.a, s.id, '2026-02-01');
    const error = await refusal(
      w.a.api.staff.renewPermit({ permitId: old.id, issueDate: '2026-03-01', issuer: ISSUER }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(fieldsOf(error)).toEqual([
      expect.objectContaining({ field: 'permitId', code: 'permit.exists', params: { number: current.number } }),
    ]);
    expect((await w.a.api.staff.permits({ id: s.id })).find((p) => p.id === old.id)).toMatchObject({
      validUntil: '2021-01-05',
    });
  });
});

describe('staff/issuePermit and renewPermit: guard rails', () => {
  it('refuses a new permit while the holder’s permit is suspended, naming it', async () => {
    const w = await world();
    const s = await trained(w, 1);
    const first = await issue(w.a, s.id, '2026-02-01');
    await w.a.api.staff.changePermitStatus({ permitId: first.id, action: 'suspend', reason: '待核查' });
    const error = await refusal(issue(w.a, s.id, '2026-03-01'));
    expect(fieldsOf(error)).toEqual([
      expect.objectContaining({
        field: 'staffId',
        code: 'permit.suspendedExists',
        message: expect.stringContaining(first.number),
      }),
    ]);
    expect(rowCount(w.a, 'work_permits')).toBe(1);
  });

  it('refuses to renew the permit of someone who has left', async () => {
    const w = await world();
    const s = await trained(w, 1);
    const permit = await issue(w.a, s.id, '2026-02-01');
    await w.a.api.staff.update({
      ...staffInput({ seq: 1, leaveDate: '2026-06-30', hireDate: '2025-01-01' }),
      id: s.id,
      version: s.version,
    });
    const error = await refusal(
      w.a.api.staff.renewPermit({ permitId: permit.id, issueDate: '2026-08-01', validYears: 3, issuer: ISSUER }),
    );
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ code: 'permit.staffLeft' })]);
  });
});

describe('settings/permitPattern', () => {
  it('refuses a pattern without a sequence on the field, and numbers new permits with an accepted one', async () => {
    const w = await world();
    const bad = await refusal(w.a.api.settings.setPermitPattern({ pattern: '上岗证{year}号' }));
    expect(fieldsOf(bad)).toEqual([expect.objectContaining({ field: 'pattern', code: 'permit.pattern.seq' })]);
    expect((await w.a.api.settings.permitPattern()).pattern).toBe('托养上岗证〔{year}〕{seq:4}号');

    const set = await w.a.api.settings.setPermitPattern({ pattern: '{district}上岗{year}-{seq:3}' });
    expect(set.example).toMatch(/^440307上岗\d{4}-001$/);
    const s = await trained(w, 1);
    expect((await issue(w.a, s.id, '2026-02-01')).number).toBe('440307上岗2026-001');
  });
});
