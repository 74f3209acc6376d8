// Qualifications, training records (single and per session) and the staff photo.
import zlib from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import type { TrainingSessionInput } from '#domain/staff/schema';
import { fieldsOf, refusal, rowCount, seedPlaces, STACK_LIKE, staffInput, type TestApp, useApp } from './helpers';

const app = useApp();

async function withStaff(n: number): Promise<{ a: TestApp; ids: number[] }> {
  const a = app();
  await seedPlaces(a.api);
  const names = ['张三丰', '李小龙', '陈静', '刘晓燕'];
  const ids: number[] = [];
  for (let i = 0; i < n; i += 1) ids.push((await a.api.staff.create(staffInput({ name: names[i]!, seq: i + 1 }))).id);
  return { a, ids };
}

const trainingTables = (a: TestApp) =>
  Object.fromEntries(['training_sessions', 'training_records', 'audit_log'].map((t) => [t, rowCount(a, t)]));

const session = (attendees: TrainingSessionInput['attendees']): TrainingSessionInput => ({
  course: '2026年第一期托养服务岗前培训',
  organiser: '测试区残联',
  startDate: '2026-01-05',
  endDate: '2026-01-09',
  hours: 32,
  attendees,
});

describe('staff/addTrainingSession', () => {
  it('creates the session and one record per attendee with their own result, in one call', async () => {
    const { a, ids } = await withStaff(3);
    const [x, y, z] = ids as [number, number, number];
    const result = await a.api.staff.addTrainingSession(
      session([
        { staffId: x, result: 'pass', certificateNo: 'PX-2026-001' },
        { staffId: y, result: 'fail' },
        { staffId: z, result: 'pass', certificateNo: 'PX-2026-003' },
      ]),
    );
    expect(result).toEqual({ sessionId: expect.any(Number), records: 3 });
    expect(rowCount(a, 'training_sessions')).toBe(1);
    const course = {
      sessionId: result.sessionId,
      course: '2026年第一期托养服务岗前培训',
      organiser: '测试区残联',
      startDate: '2026-01-05',
      endDate: '2026-01-09',
      hours: 32,
    };
    expect(await a.api.staff.training({ id: x })).toEqual([
      { id: expect.any(Number), staffId: x, ...course, result: 'pass', certificateNo: 'PX-2026-001' },
    ]);
    expect(await a.api.staff.training({ id: y })).toEqual([
      { id: expect.any(Number), staffId: y, ...course, result: 'fail', certificateNo: null },
    ]);
    expect((await a.api.staff.training({ id: z }))[0]).toMatchObject({ result: 'pass', certificateNo: 'PX-2026-003' });
    const audit = a.sqlite
      .prepare("SELECT entity_id FROM audit_log WHERE entity = 'staff' AND action = 'training' ORDER BY id")
      .all();
    expect(audit).toEqual([{ entity_id: x }, { entity_id: y }, { entity_id: z }]);
  });

  it('lets the passed attendees get a permit from that record, and not the failed one', async () => {
    const { a, ids } = await withStaff(2);
    const [x, y] = ids as [number, number];
    await a.api.staff.addTrainingSession(
      session([
        { staffId: x, result: 'pass' },
        { staffId: y, result: 'fail' },
      ]),
    );
    const permit = await a.api.staff.issuePermit({ staffId: x, issueDate: '2026-01-20', issuer: '测试区残联' });
    expect(permit.trainingRecordId).toBe((await a.api.staff.training({ id: x }))[0]!.id);
    const error = await refusal(a.api.staff.issuePermit({ staffId: y, issueDate: '2026-01-20', issuer: '测试区残联' }));
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'staffId', code: 'permit.training.required' })]);
  });

  it('refuses an unknown attendee on attendees.N.staffId and writes nothing at all', async () => {
    const { a, ids } = await withStaff(2);
    const before = trainingTables(a);
    const error = await refusal(
      a.api.staff.addTrainingSession(
        session([
          { staffId: ids[0]!, result: 'pass' },
          { staffId: ids[1]!, result: 'pass' },
          { staffId: 9999, result: 'fail' },
        ]),
      ),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(fieldsOf(error)).toEqual([
      { field: 'attendees.2.staffId', code: 'staff.notFound', message: '未找到该服务人员' },
    ]);
    expect(error.message).not.toMatch(STACK_LIKE);
    expect(trainingTables(a)).toEqual(before);
  });

  it("is one transaction: a failure on the last attendee's record leaves no session and no records", async () => {
    const { a, ids } = await withStaff(3);
    const before = trainingTables(a);
    a.sqlite.exec(
      `CREATE TEMP TRIGGER fail_record BEFORE INSERT ON training_records WHEN NEW.staff_id = ${ids[2]} BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`,
    );
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const error = await refusal(
        a.api.staff.addTrainingSession(session(ids.map((staffId) => ({ staffId, result: 'pass' as const })))),
      );
      expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      quiet.mockRestore();
      a.sqlite.exec('DROP TRIGGER fail_record');
    }
    expect(trainingTables(a)).toEqual(before);
  });

  it('refuses the same attendee twice, and a session of 0 hours, before writing anything', async () => {
    const { a, ids } = await withStaff(2);
    const before = trainingTables(a);
    const dup = await refusal(
      a.api.staff.addTrainingSession(
        session([
          { staffId: ids[0]!, result: 'pass' },
          { staffId: ids[0]!, result: 'fail' },
        ]),
      ),
    );
    expect(fieldsOf(dup)).toEqual([
      expect.objectContaining({
        field: 'attendees.1.staffId',
        code: 'training.attendees.duplicate',
        message: '同一人员在本次培训中重复出现',
      }),
    ]);
    const zero = await refusal(
      a.api.staff.addTrainingSession({ ...session([{ staffId: ids[0]!, result: 'pass' }]), hours: 0 }),
    );
    expect(fieldsOf(zero)).toEqual([
      expect.objectContaining({ field: 'hours', code: 'training.hours.min', message: '培训学时至少为1' }),
    ]);
    expect(trainingTables(a)).toEqual(before);
  });
});

describe('staff/addTraining', () => {
  it('adds a single record without a session, listed newest first', async () => {
    const { a, ids } = await withStaff(1);
    const base = {
      staffId: ids[0]!,
      course: '消防安全',
      startDate: '2025-03-01',
      endDate: '2025-03-01',
      hours: 4,
      result: 'pass' as const,
    };
    await a.api.staff.addTraining(base);
    const later = await a.api.staff.addTraining({
      ...base,
      course: '急救技能',
      startDate: '2026-01-02',
      endDate: '2026-01-03',
      hours: 8,
      result: 'fail',
    });
    expect(later).toMatchObject({ sessionId: null, course: '急救技能', result: 'fail', organiser: null });
    expect((await a.api.staff.training({ id: ids[0]! })).map((t) => t.course)).toEqual(['急救技能', '消防安全']);
  });

  it('refuses an unknown staff member', async () => {
    const { a } = await withStaff(0);
    const error = await refusal(
      a.api.staff.addTraining({
        staffId: 5,
        course: '消防安全',
        startDate: '2025-03-01',
        endDate: '2025-03-01',
        hours: 4,
        result: 'pass',
      }),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect(rowCount(a, 'training_records')).toBe(0);
  });
});

describe('staff/addQualification and qualifications', () => {
  it('adds qualifications, lists them newest first and audits each', async () => {
    const { a, ids } = await withStaff(2);
    const [x, y] = ids as [number, number];
    const nurse = await a.api.staff.addQualification({
      staffId: x,
      type: 'nurse',
      number: 'HS-440307-0001',
      issuer: '卫生健康委',
      issueDate: '2020-07-01',
      expiryDate: '2030-06-30',
    });
    expect(nurse).toEqual({
      id: expect.any(Number),
      staffId: x,
      type: 'nurse',
      number: 'HS-440307-0001',
      issuer: '卫生健康委',
      issueDate: '2020-07-01',
      expiryDate: '2030-06-30',
    });
    const sw = await a.api.staff.addQualification({ staffId: x, type: 'socialWorker', number: 'SG-2021-88' });
    expect(sw).toMatchObject({ issuer: null, issueDate: null, expiryDate: null });
    expect(await a.api.staff.qualifications({ id: x })).toEqual([sw, nurse]);
    expect(await a.api.staff.qualifications({ id: y })).toEqual([]);
    const actions = (await a.api.staff.history({ id: x })).map((e) => e.action);
    expect(actions).toEqual(['qualification', 'qualification', 'create']);
  });

  it('refuses an unknown staff member and a missing certificate number', async () => {
    const { a, ids } = await withStaff(1);
    expect((await refusal(a.api.staff.addQualification({ staffId: 404, type: 'doctor', number: 'YS-1' }))).code).toBe(
      'NOT_FOUND',
    );
    const blank = await refusal(a.api.staff.addQualification({ staffId: ids[0]!, type: 'doctor', number: ' ' }));
    expect(fieldsOf(blank)).toEqual([
      expect.objectContaining({ field: 'number', code: 'qualification.number.required', message: '请输入证书编号' }),
    ]);
    expect(rowCount(a, 'qualifications')).toBe(0);
  });
});

/** A real 1×1 PNG, chunk CRCs and all. */
function onePixelPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.from([0, 0x33, 0x99, 0xff]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('staff/setPhoto and photo', () => {
  it('stores a PNG (type read from the bytes), gives it back and marks the record', async () => {
    const { a, ids } = await withStaff(2);
    const png = onePixelPng().toString('base64');
    expect(await a.api.staff.photo({ id: ids[0]! })).toBeNull();
    expect(await a.api.staff.setPhoto({ id: ids[0]!, mime: 'application/octet-stream', dataBase64: png })).toEqual({
      ok: true,
    });
    expect(await a.api.staff.photo({ id: ids[0]! })).toEqual({ mime: 'image/png', dataBase64: png });
    expect(await a.api.staff.get({ id: ids[0]! })).toMatchObject({ hasPhoto: true });
    expect(await a.api.staff.get({ id: ids[1]! })).toMatchObject({ hasPhoto: false });
    expect(rowCount(a, 'person_photos')).toBe(0);
    const audit = a.sqlite.prepare("SELECT after FROM audit_log WHERE entity = 'staff' AND action = 'photo'").all() as {
      after: string;
    }[];
    expect(audit.map((r) => JSON.parse(r.after))).toEqual([{ mime: 'image/png', bytes: onePixelPng().length }]);
  });

  it('refuses a text file calling itself image/png, and an unknown staff member, storing nothing', async () => {
    const { a, ids } = await withStaff(1);
    const text = Buffer.from('姓名,身份证号\n这是一个文本文件\n', 'utf8').toString('base64');
    const error = await refusal(a.api.staff.setPhoto({ id: ids[0]!, mime: 'image/png', dataBase64: text }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'photo', code: 'photo.type' })]);
    expect(error.message).toContain('JPG 或 PNG');
    expect(
      (
        await refusal(
          a.api.staff.setPhoto({ id: 999, mime: 'image/png', dataBase64: onePixelPng().toString('base64') }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(rowCount(a, 'staff_photos')).toBe(0);
    expect(await a.api.staff.get({ id: ids[0]! })).toMatchObject({ hasPhoto: false });
  });
});
