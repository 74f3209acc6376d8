import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprintOf, groupedFingerprint } from '#server/kernel/crypto/office-keys';
import { fieldsOf, makeApp, refusal, useApp } from './helpers';
import { STREET, usePair } from './package-fixtures';

const app = useApp();
const pair = usePair();

const publicKey = (a: ReturnType<typeof app>) =>
  (
    a.sqlite.prepare("SELECT public_key AS value FROM office_keys WHERE status = 'active'").get() as
      { value: string } | undefined
  )?.value;

describe('packages/office (本单位)', () => {
  it('is the district of the register by default, with a key made at setup', async () => {
    await app().api.setup.loadDemo();
    expect(publicKey(app())).toBeDefined();
    // The key pair has its own table: the settings never hold it.
    expect(app().sqlite.prepare("SELECT count(*) AS n FROM schema_meta WHERE key LIKE 'office_%key'").get()).toEqual({
      n: 0,
    });
    const info = await app().api.packages.office();
    expect(info).toMatchObject({
      office: { level: 'district', code: '440307', name: '龙岗区残疾人联合会' },
      derived: true,
      nextSequence: 1,
      lastExport: null,
      canExport: true,
      canImport: true,
    });
    expect(info.fingerprint).toBe(groupedFingerprint(fingerprintOf(publicKey(app()) ?? '')));
    expect(info.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  });

  it('gets its key on first need in a register set up before packages existed', async () => {
    await app().api.setup.loadDemo();
    app().sqlite.prepare('DELETE FROM office_keys').run();
    const info = await app().api.packages.office();
    expect(publicKey(app())).toBeDefined();
    expect(info.fingerprint).toBe(groupedFingerprint(fingerprintOf(publicKey(app()) ?? '')));
    // Reading again does not make another key.
    expect((await app().api.packages.office()).fingerprint).toBe(info.fingerprint);
  });

  it('a street copy picks its street; codes that do not fit the level are refused', async () => {
    await app().api.setup.loadDemo();
    const street = await app().api.packages.setOffice(STREET);
    expect(street).toMatchObject({ office: STREET, derived: false, canExport: true, canImport: false });
    const notStreet = await refusal(app().api.packages.setOffice({ ...STREET, code: '440307001001' }));
    expect(fieldsOf(notStreet)[0]).toMatchObject({ field: 'code', code: 'packages.office.codeStreet' });
    const notDistrict = await refusal(
      app().api.packages.setOffice({ level: 'district', code: '440308', name: '盐田区残联' }),
    );
    expect(fieldsOf(notDistrict)[0]?.code).toBe('packages.office.codeDistrict');
    const city = await app().api.packages.setOffice({ level: 'city', code: '440300', name: '深圳市残疾人联合会' });
    expect(city).toMatchObject({ canExport: false, canImport: true });
    const badCity = await refusal(app().api.packages.setOffice({ level: 'city', code: '440307', name: '深圳市残联' }));
    expect(fieldsOf(badCity)[0]?.code).toBe('packages.office.codeCity');
    const noName = await refusal(app().api.packages.setOffice({ ...STREET, name: ' ' }));
    expect(fieldsOf(noName)[0]).toMatchObject({ field: 'name', code: 'packages.office.name' });
    expect(app().sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'package.office'").get()).toEqual({
      n: 2,
    });
  });
});

describe('packages: registering a lower office', () => {
  it('shows the key file’s office and fingerprint, then registers it once confirmed', async () => {
    const p = await pair();
    const key = await p.street.api.packages.exportKey({ directory: p.stick });
    expect(key.fileName).toBe('440307001000-平湖街道残疾人联合会.shrkey');
    const file = JSON.parse(fs.readFileSync(key.path, 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ kind: 'shr-office-key', level: 'street', code: STREET.code, name: STREET.name });
    const dataBase64 = fs.readFileSync(key.path).toString('base64');
    const shown = await p.district.api.packages.readKeyFile({ dataBase64 });
    expect(shown).toEqual({ ...STREET, fingerprint: (await p.street.api.packages.office()).fingerprint });
    expect(await p.district.api.packages.offices()).toEqual([]);

    const wrong = await refusal(
      p.district.api.packages.registerOffice({ dataBase64, fingerprint: '0000 0000 0000 0000 0000 0000 0000 0000' }),
    );
    expect(fieldsOf(wrong)[0]?.code).toBe('packages.keyFile.confirm');
    const office = await p.district.api.packages.registerOffice({ dataBase64, fingerprint: shown.fingerprint });
    expect(office).toMatchObject({
      ...STREET,
      fingerprint: shown.fingerprint,
      lastSequence: 0,
      registeredBy: 'tester',
      archived: false,
    });
    const twice = await refusal(p.district.api.packages.readKeyFile({ dataBase64 }));
    expect(fieldsOf(twice)[0]?.code).toBe('packages.lowerOffice.exists');

    // A deactivated office can be registered again with a new key, and starts again from no. 1.
    await p.district.api.packages.archiveOffice({ id: office.id, archived: true });
    const again = await p.district.api.packages.registerOffice({ dataBase64, fingerprint: shown.fingerprint });
    expect(again).toMatchObject({ id: office.id, archived: false, lastSequence: 0 });
  });

  it('refuses an altered key file, its own key, and an office that is not below it', async () => {
    const p = await pair();
    const key = await p.street.api.packages.exportKey({ directory: p.stick });
    const file = JSON.parse(fs.readFileSync(key.path, 'utf8')) as Record<string, string>;
    const other = makeApp();
    try {
      await other.api.setup.loadDemo();
      const otherKey = JSON.parse(fs.readFileSync((await other.api.packages.exportKey({})).path, 'utf8')) as Record<
        string,
        string
      >;
      const swapped = Buffer.from(JSON.stringify({ ...file, publicKey: otherKey.publicKey })).toString('base64');
      expect(fieldsOf(await refusal(p.district.api.packages.readKeyFile({ dataBase64: swapped })))[0]?.code).toBe(
        'packages.keyFile.fingerprint',
      );
    } finally {
      other.core.close();
      fs.rmSync(other.dir, { recursive: true, force: true });
    }
    expect(
      fieldsOf(
        await refusal(p.district.api.packages.readKeyFile({ dataBase64: Buffer.from('hello').toString('base64') })),
      )[0]?.code,
    ).toBe('packages.keyFile.invalid');

    const own = fs.readFileSync((await p.district.api.packages.exportKey({})).path).toString('base64');
    expect(fieldsOf(await refusal(p.district.api.packages.readKeyFile({ dataBase64: own })))[0]?.code).toBe(
      'packages.lowerOffice.self',
    );

    // The street office has no lower offices; a district of another county is not below 龙岗区.
    const streetKey = fs.readFileSync(key.path).toString('base64');
    expect(fieldsOf(await refusal(p.street.api.packages.readKeyFile({ dataBase64: streetKey })))[0]?.code).toBe(
      'packages.import.notAllowed',
    );
    const foreign = Buffer.from(JSON.stringify({ ...file, code: '440308001000', name: '沙头角街道残联' })).toString(
      'base64',
    );
    const notLower = await refusal(p.district.api.packages.readKeyFile({ dataBase64: foreign }));
    expect(fieldsOf(notLower)[0]).toMatchObject({
      code: 'packages.lowerOffice.notLower',
      params: { code: '440308001000' },
    });
    expect(await p.district.api.packages.offices()).toEqual([]);
  });
});
