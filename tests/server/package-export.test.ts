import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileSafely } from '#server/kernel/files/safe-files';
import { generateOfficeKeys } from '#server/kernel/crypto/office-keys';
import { buildPackage, openPackage, verifyWritten } from '#server/exchange/package/package-file';
import { fieldsOf, refusal } from './helpers';
import { addRecipient, PASSWORD, STREET, usePair } from './package-fixtures';

const pair = usePair();

const head = {
  office: STREET,
  sequence: 1,
  period: { from: '2026-01-01T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' },
  createdAt: '2026-11-23T00:00:00.000Z',
  appVersion: '0.1.0',
  schemaVersion: '0007_packages',
};
const noRows = { divisions: [], institutions: [], persons: [], staff: [] };

describe('packages/export', () => {
  it('writes a signed, encrypted package whose manifest lists each part with its rows and SHA-256', async () => {
    const p = await pair();
    await addRecipient(p.street, p, 61);
    const result = await p.street.api.packages.export({ directory: p.stick, password: PASSWORD });
    const opened = await openPackage(fs.readFileSync(result.path), PASSWORD);
    expect(opened.manifest).toMatchObject({
      format: 1,
      office: STREET,
      sequence: 1,
      appVersion: '0.1.0',
      createdAt: result.period.to,
      period: result.period,
    });
    expect(opened.manifest.schemaVersion).toMatch(/^\d{4}_/);
    expect(opened.manifest.parts.map((x) => [x.name, x.rows])).toEqual(Object.entries(result.rows));
    for (const part of opened.manifest.parts) expect(part.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(opened.rows.persons[0]).toMatchObject({
      name: '林小明',
      residenceStreetCode: STREET.code,
      guardians: [{ name: '林大海' }],
      enrolments: [{ mode: 'dayCare', institution: expect.stringMatching(/^credit:/) }],
    });
    // Nothing readable without the password: not the name, not the ID.
    const raw = fs.readFileSync(result.path).toString('latin1');
    expect(raw).not.toContain(opened.rows.persons[0]?.residentId);
    expect(fs.readFileSync(result.path).includes(Buffer.from('林小明'))).toBe(false);

    // The next package covers the time since this one.
    const next = await p.street.api.packages.export({ directory: p.stick, password: PASSWORD });
    expect(next.sequence).toBe(2);
    expect(next.period.from).toBe(result.period.to);
    // Both files, under their own names, and no temporary file left.
    expect(fs.readdirSync(p.stick).sort()).toEqual([path.basename(result.path), path.basename(next.path)].sort());
  });

  it('refuses a short or one-kind password and writes nothing', async () => {
    const p = await pair();
    const short = await refusal(p.street.api.packages.export({ directory: p.stick, password: 'Ab1' }));
    expect(fieldsOf(short)[0]).toMatchObject({
      field: 'password',
      code: 'packages.password.short',
      message: '密码至少需要8个字符',
    });
    const weak = await refusal(p.street.api.packages.export({ directory: p.stick, password: '12345678' }));
    expect(fieldsOf(weak)[0]?.code).toBe('packages.password.weak');
    expect(fs.existsSync(p.stick)).toBe(false);
    expect((await p.street.api.packages.office()).nextSequence).toBe(1);
  });

  it('refuses a folder it cannot write, logs the attempt and keeps the number for the next package', async () => {
    const p = await pair();
    const blocker = path.join(p.street.dir, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    const error = await refusal(
      p.street.api.packages.export({ directory: path.join(blocker, 'sub'), password: PASSWORD }),
    );
    expect(fieldsOf(error)[0]).toMatchObject({ field: 'directory', code: 'packages.export.folderFailed' });
    const relative = await refusal(p.street.api.packages.export({ directory: 'exports', password: PASSWORD }));
    expect(fieldsOf(relative)[0]?.code).toBe('packages.export.folderAbsolute');
    expect((await p.street.api.packages.log({})).data.map((l) => [l.direction, l.outcome, l.reasonCode])).toEqual([
      ['export', 'refused', 'packages.export.folderAbsolute'],
      ['export', 'refused', 'packages.export.folderFailed'],
    ]);
    expect((await p.street.api.packages.export({ directory: p.stick, password: PASSWORD })).sequence).toBe(1);
  });

  it('two exports at once: one is refused, the numbers have no gap and no repeat', async () => {
    const p = await pair();
    const both = await Promise.allSettled([
      p.street.api.packages.export({ directory: p.stick, password: PASSWORD }),
      p.street.api.packages.export({ directory: p.stick, password: PASSWORD }),
    ]);
    const done = both.flatMap((r) => (r.status === 'fulfilled' ? [r.value.sequence] : []));
    const refused = both.flatMap((r) => (r.status === 'rejected' ? [r.reason as Parameters<typeof fieldsOf>[0]] : []));
    expect(done).toEqual([1]);
    expect(refused.map((e) => fieldsOf(e)[0]?.code)).toEqual(['packages.export.busy']);
    expect((await p.street.api.packages.export({ directory: p.stick, password: PASSWORD })).sequence).toBe(2);
  });

  it('the safe write’s read-back check fails for a corrupted write and leaves no file behind', async () => {
    const p = await pair();
    const keys = generateOfficeKeys();
    const built = await buildPackage(head, noRows, keys.privateKey, PASSWORD);
    const corrupted = Buffer.from(built.bytes);
    corrupted[corrupted.length - 40] = (corrupted[corrupted.length - 40] ?? 0) ^ 0xff;
    await expect(
      writeFileSafely(
        p.stick,
        'test.shrpkg',
        (temp) => fs.promises.writeFile(temp, corrupted),
        async (final) => verifyWritten(fs.readFileSync(final), PASSWORD, built, keys.publicKey),
      ),
    ).rejects.toMatchObject({ code: 'packages.file.tampered' });
    expect(fs.readdirSync(p.stick)).toEqual([]);

    // A good write passes the same check; one signed by another key does not.
    const ok = await writeFileSafely(
      p.stick,
      'test.shrpkg',
      (temp) => fs.promises.writeFile(temp, built.bytes),
      async (final) => verifyWritten(fs.readFileSync(final), PASSWORD, built, keys.publicKey),
    );
    expect(fs.readdirSync(p.stick)).toEqual(['test.shrpkg']);
    await expect(
      verifyWritten(fs.readFileSync(ok.path), PASSWORD, built, generateOfficeKeys().publicKey),
    ).rejects.toMatchObject({ code: 'packages.export.verifyFailed' });
  });
});
