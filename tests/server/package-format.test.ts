import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KDF, MAGIC, open, seal } from '#server/exchange/package/container';
import { packEntries, unpackEntries } from '#server/exchange/package/bundle';
import { canonicalJson, normaliseStaff, type StaffRow } from '#server/exchange/package/rows';

/** Rewrites the plaintext header of a sealed file (and its checksum), as a forger could. */
function withHeader(file: Buffer, edit: (h: Record<string, unknown>) => Record<string, unknown>): Buffer {
  const length = file.readUInt32BE(MAGIC.length);
  const end = MAGIC.length + 4 + length;
  const header = edit(JSON.parse(file.subarray(MAGIC.length + 4, end).toString('utf8')) as Record<string, unknown>);
  const json = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(4);
  len.writeUInt32BE(json.length);
  const head = Buffer.concat([MAGIC, len, json]);
  return Buffer.concat([head, createHash('sha256').update(head).digest(), file.subarray(end + 32)]);
}

/** One sealed file for the tests that only rewrite its header (each seal runs scrypt at full cost). */
let sealedOnce: Promise<Buffer> | null = null;
const sealed = (): Promise<Buffer> => (sealedOnce ??= seal(Buffer.from('x'), 'Secret123'));

// Full-cost scrypt (the only cost the reader accepts) is CPU-bound: room for a busy 2-core machine.
describe('package container', { timeout: 20_000 }, () => {
  it('round-trips and tells a wrong password from an altered body', async () => {
    const file = await seal(Buffer.from('数据'), 'Secret123');
    expect((await open(file, 'Secret123')).toString()).toBe('数据');
    await expect(open(file, 'Secret124')).rejects.toMatchObject({ code: 'packages.password.wrong', field: 'password' });
    const altered = Buffer.from(file);
    altered[altered.length - 20] = (altered[altered.length - 20] ?? 0) ^ 1;
    await expect(open(altered, 'Secret123')).rejects.toMatchObject({ code: 'packages.file.tampered' });
  });

  it('binds the header: a rewritten header with a fixed-up checksum still fails', async () => {
    const file = await seal(Buffer.from('x'), 'Secret123');
    // Same key material, another (unknown) field: the checksum passes, GCM's AAD does not.
    const forged = withHeader(file, (h) => ({ ...h, note: 'changed' }));
    await expect(open(forged, 'Secret123')).rejects.toMatchObject({ code: 'packages.file.tampered' });
  });

  it('writes only the scrypt cost it accepts', async () => {
    const file = await sealed();
    const header = JSON.parse(
      file.subarray(MAGIC.length + 4, MAGIC.length + 4 + file.readUInt32BE(MAGIC.length)).toString('utf8'),
    ) as Record<string, unknown>;
    expect(header).toMatchObject({ kdf: 'scrypt', ...DEFAULT_KDF });
  });

  it.each([
    ['the 4.3 GB cost of the hostile file', { N: 2 ** 20, r: 32, p: 16 }],
    // Would throw or run for hours if it reached scrypt: the refusal proves no derivation ran.
    ['an absurd N', { N: 2 ** 30 }],
    ['a cheaper cost than ours', { N: 2 ** 10 }],
    ['another r', { r: 9 }],
    ['another p', { p: 2 }],
    ['N as text', { N: String(2 ** 15) }],
    ['another function', { kdf: 'argon2id' }],
    ['no cost at all', { N: undefined, r: undefined, p: undefined }],
  ])('refuses a header asking for %s as not made by this software, before deriving a key', async (_label, change) => {
    const file = await sealed();
    const forged = withHeader(file, (h) => ({ ...h, ...change }));
    expect(forged.length).toBeLessThan(400);
    await expect(open(forged, 'Secret123')).rejects.toMatchObject({ code: 'packages.file.foreignKdf' });
  });

  it('tells a newer format apart from a foreign one', async () => {
    const file = await sealed();
    await expect(
      open(
        withHeader(file, (h) => ({ ...h, format: 9, N: 2 ** 30 })),
        'Secret123',
      ),
    ).rejects.toMatchObject({ code: 'packages.file.unsupported', params: { version: 9 } });
  });

  it('treats the same password typed in another Unicode form as the same password', async () => {
    const file = await seal(Buffer.from('x'), 'Café2026');
    expect((await open(file, 'Cafe\u03012026')).toString()).toBe('x');
  });
});

describe('package bundle', () => {
  it('keeps entries byte for byte and refuses a name given twice', () => {
    const entries = [
      { name: 'a', data: Buffer.from([0, 1, 2]) },
      { name: '人员', data: Buffer.from('行\n') },
    ];
    expect([...unpackEntries(packEntries(entries))].map(([n, d]) => [n, [...d]])).toEqual(
      entries.map((e) => [e.name, [...e.data]]),
    );
    expect(() => unpackEntries(packEntries([...entries, entries[0] as (typeof entries)[number]]))).toThrow(
      expect.objectContaining({ code: 'packages.file.tampered' }),
    );
    expect(() => unpackEntries(Buffer.from('not gzip'))).toThrow(
      expect.objectContaining({ code: 'packages.file.tampered' }),
    );
  });
});

describe('canonical records', () => {
  it('read the same whatever order a register keeps training in, with permits still pointing at their training', () => {
    const a = {
      course: '岗前培训',
      organiser: null,
      startDate: '2026-01-10',
      endDate: '2026-01-10',
      hours: 16,
      result: 'pass' as const,
      certificateNo: null,
    };
    const b = { ...a, course: '复训', startDate: '2025-01-10', endDate: '2025-01-10' };
    const permit = {
      number: 'P1',
      year: 2026,
      seq: 1,
      issueDate: '2026-01-15',
      validUntil: '2029-01-14',
      issuer: '区残联',
      status: 'valid' as const,
      statusReason: null,
      statusChangedAt: null,
    };
    const base: Omit<StaffRow, 'training' | 'permits'> = {
      name: '陈静',
      residentId: '44030719850301001X',
      sex: 'male',
      birthDate: '1985-03-01',
      phone: null,
      employer: null,
      post: 'nursing',
      hireDate: null,
      leaveDate: null,
      remarks: null,
      archived: false,
      qualifications: [],
    };
    const one = normaliseStaff({ ...base, training: [a, b], permits: [{ ...permit, training: 0 }] });
    const two = normaliseStaff({ ...base, training: [b, a], permits: [{ ...permit, training: 1 }] });
    expect(canonicalJson(one)).toBe(canonicalJson(two));
    expect(one.training[one.permits[0]?.training ?? -1]).toEqual(a);
  });
});
