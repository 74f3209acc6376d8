import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAGIC } from '#server/exchange/package/container';
import { makeApp } from './helpers';
import {
  addRecipient,
  exportFromStreet,
  importInto,
  PASSWORD,
  refusedCode,
  registerStreet,
  STREET,
  usePair,
} from './package-fixtures';

const pair = usePair();

/** A copy of the file with one byte flipped. */
function flip(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

describe('packages/import refuses, with its own message, and changes nothing', () => {
  it('one flipped byte in the header or in the body', async () => {
    const p = await pair();
    await addRecipient(p.street, p, 31);
    await registerStreet(p);
    const { bytes } = await exportFromStreet(p);

    const header = await refusedCode(p.district, () => importInto(p.district, flip(bytes, MAGIC.length + 4 + 12)));
    expect(header.code).toBe('packages.file.damaged');
    expect(header.message).toContain('已损坏');
    const body = await refusedCode(p.district, () => importInto(p.district, flip(bytes, bytes.length - 200)));
    expect(body).toMatchObject({ code: 'packages.file.tampered' });
    expect(body.message).toBe('数据包内容已被改动或损坏，校验不通过，已拒绝导入。请让报送单位重新生成数据包');
    const tag = await refusedCode(p.district, () => importInto(p.district, flip(bytes, bytes.length - 1)));
    expect(tag.code).toBe('packages.file.tampered');
    const magic = await refusedCode(p.district, () => importInto(p.district, flip(bytes, 0)));
    expect(magic.code).toBe('packages.file.notPackage');
    const truncated = await refusedCode(p.district, () => importInto(p.district, bytes.subarray(0, 60)));
    expect(truncated.code).toBe('packages.file.damaged');

    // The intact file still imports afterwards: the refusals left no trace in the records.
    expect((await importInto(p.district, bytes)).status).toBe('imported');
    const refused = p.district.sqlite
      .prepare("SELECT reason_code FROM package_log WHERE outcome = 'refused' ORDER BY id")
      .all();
    expect(refused).toEqual(
      ['damaged', 'tampered', 'tampered', 'notPackage', 'damaged'].map((r) => ({ reason_code: `packages.file.${r}` })),
    );
  });

  it('a wrong password, on the password field', async () => {
    const p = await pair();
    await registerStreet(p);
    const { bytes } = await exportFromStreet(p);
    const r = await refusedCode(p.district, () => importInto(p.district, bytes, 'Pinghu2026?'));
    expect(r.code).toBe('packages.password.wrong');
    expect(r.message).toContain('密码不正确');
    const [row] = p.district.sqlite
      .prepare('SELECT direction, outcome, reason_code, office_code FROM package_log')
      .all();
    // Without the password nothing inside can be read, not even who sent it.
    expect(row).toEqual({
      direction: 'import',
      outcome: 'refused',
      reason_code: 'packages.password.wrong',
      office_code: null,
    });
  });

  it('a 300-byte file whose header asks for a huge scrypt cost, at once and without deriving a key', async () => {
    const p = await pair();
    const b64 = (n: number) => randomBytes(n).toString('base64');
    for (const cost of [
      { N: 2 ** 20, r: 32, p: 16 },
      { N: 2 ** 30, r: 8, p: 1 },
    ]) {
      const header = Buffer.from(
        JSON.stringify({
          format: 1,
          kdf: 'scrypt',
          ...cost,
          salt: b64(16),
          cipher: 'aes-256-gcm',
          iv: b64(12),
          verifier: b64(32),
        }),
      );
      const length = Buffer.alloc(4);
      length.writeUInt32BE(header.length);
      const head = Buffer.concat([MAGIC, length, header]);
      const file = Buffer.concat([
        head,
        createHash('sha256').update(head).digest(),
        randomBytes(300 - head.length - 32),
      ]);
      expect(file.length).toBe(300);
      // N=2^30 would make scrypt throw (memory) or run for hours: refusing it shows no key was derived.
      const r = await refusedCode(p.district, () => importInto(p.district, file));
      expect(r.code).toBe('packages.file.foreignKdf');
      expect(r.message).toContain('不是本软件生成的数据包');
    }
  });

  it('a file that is not a package at all', async () => {
    const p = await pair();
    const key = await p.street.api.packages.exportKey({ directory: p.stick });
    const r = await refusedCode(p.district, () => importInto(p.district, fs.readFileSync(key.path)));
    expect(r.code).toBe('packages.file.notPackage');
  });

  it('a package from an office that is not registered', async () => {
    const p = await pair();
    const { bytes } = await exportFromStreet(p);
    const r = await refusedCode(p.district, () => importInto(p.district, bytes));
    expect(r).toMatchObject({ code: 'packages.office.unknown', params: { code: STREET.code, name: STREET.name } });
    expect(r.message).toBe(
      `数据包来自未登记的单位“${STREET.name}”（${STREET.code}），已拒绝导入。请先登记该下级单位的公钥`,
    );
  });

  it('a package signed with another key than the registered one (a forged sender)', async () => {
    const p = await pair();
    await registerStreet(p);
    // Another copy of the app that calls itself 平湖街道 has its own key.
    const forger = makeApp();
    try {
      await forger.api.setup.loadDemo();
      await forger.api.packages.setOffice(STREET);
      const result = await forger.api.packages.export({ directory: forger.dir, password: PASSWORD });
      const r = await refusedCode(p.district, () => importInto(p.district, fs.readFileSync(result.path)));
      expect(r).toMatchObject({ code: 'packages.signature.bad', params: { name: STREET.name } });
    } finally {
      forger.core.close();
      fs.rmSync(forger.dir, { recursive: true, force: true });
    }
  });

  it('a replayed sequence number: a second package no. 1 made after resetting the counter', async () => {
    const p = await pair();
    await addRecipient(p.street, p, 32);
    await registerStreet(p);
    const first = await exportFromStreet(p);
    await importInto(p.district, first.bytes);
    p.street.sqlite.prepare("UPDATE schema_meta SET value = '0' WHERE key = 'package_last_sequence'").run();
    // The numbers are also remembered with the file writes that used them; a reset forgets both.
    p.street.sqlite.prepare('DELETE FROM file_writes').run();
    const replay = await exportFromStreet(p);
    expect(replay.sequence).toBe(1);
    const r = await refusedCode(p.district, () => importInto(p.district, replay.bytes));
    expect(r).toMatchObject({ code: 'packages.sequence.replayed', params: { sequence: 1, last: 1 } });
    expect(r.message).toContain('已经导入过');
  });

  it('an older package after a newer one: already applied, so nothing to do', async () => {
    const p = await pair();
    await registerStreet(p);
    const one = await exportFromStreet(p);
    const two = await exportFromStreet(p);
    await importInto(p.district, one.bytes);
    await importInto(p.district, two.bytes);
    expect((await importInto(p.district, one.bytes)).status).toBe('alreadyImported');
  });

  it('an out-of-order sequence number, naming the missing one', async () => {
    const p = await pair();
    await registerStreet(p);
    const one = await exportFromStreet(p);
    const two = await exportFromStreet(p);
    const three = await exportFromStreet(p);
    const r = await refusedCode(p.district, () => importInto(p.district, three.bytes));
    expect(r).toMatchObject({ code: 'packages.sequence.outOfOrder', params: { expected: 1, sequence: 3 } });
    expect(r.message).toBe(
      `缺少“${STREET.name}”的第1号数据包：请先导入第1号，再导入第3号（如该数据包确已遗失，可确认跳过后导入）`,
    );
    await importInto(p.district, one.bytes);
    await importInto(p.district, two.bytes);
    expect((await importInto(p.district, three.bytes)).status).toBe('imported');
  });

  it('a lost package is skipped only when the clerk confirms it, and the import says which numbers were skipped', async () => {
    const p = await pair();
    await registerStreet(p);
    await addRecipient(p.street, p, 34);
    await exportFromStreet(p); // no. 1, lost on the way
    const two = await exportFromStreet(p);
    await refusedCode(p.district, () => importInto(p.district, two.bytes));
    const done = await p.district.api.packages.import({
      fileName: 'two.shrpkg',
      dataBase64: two.bytes.toString('base64'),
      password: PASSWORD,
      skipMissing: true,
    });
    expect(done).toMatchObject({ status: 'imported', sequence: 2, skipped: [1] });
    // No. 2 holds the street's whole register, so the recipient entered before no. 1 is here.
    expect(done.counts?.persons.inserted).toBe(1);
    const offices = await p.district.api.packages.offices();
    expect(offices[0]).toMatchObject({ lastSequence: 2 });
  });

  it('a package naming divisions the district cannot place', async () => {
    const p = await pair();
    await addRecipient(p.street, p, 33);
    // A district register keyed by the 12-digit form of the county code has no 440307 to hang 平湖街道 under.
    const other = makeApp();
    try {
      await other.api.setup.startEmpty();
      await other.api.divisions.create({ parentId: null, code: '440307000000', name: '龙岗区' });
      const key = await p.street.api.packages.exportKey({ directory: p.stick });
      const dataBase64 = fs.readFileSync(key.path).toString('base64');
      await other.api.packages.registerOffice({
        dataBase64,
        fingerprint: (await other.api.packages.readKeyFile({ dataBase64 })).fingerprint,
      });
      const { bytes } = await exportFromStreet(p);
      const r = await refusedCode(other, () => importInto(other, bytes));
      expect(r).toMatchObject({ code: 'packages.division.missing', params: { code: STREET.code, name: '平湖街道' } });
      expect((await other.api.packages.offices())[0]?.lastSequence).toBe(0);
    } finally {
      other.core.close();
      fs.rmSync(other.dir, { recursive: true, force: true });
    }
  });

  it('at a street office, which has no lower offices', async () => {
    const p = await pair();
    const { bytes } = await exportFromStreet(p);
    const r = await refusedCode(p.street, () => importInto(p.street, bytes));
    expect(r.code).toBe('packages.import.notAllowed');
  });
});
