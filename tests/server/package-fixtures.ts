import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import { makeCert, makeResidentId } from '../fixtures/synthetic';
import { creditCode, fieldsOf, makeApp, refusal, type TestApp } from './helpers';

/** 平湖街道 of the demo district: the street office of these tests. */
export const STREET = { level: 'street' as const, code: '440307001000', name: '平湖街道残疾人联合会' };
export const PASSWORD = 'Pinghu2026!';

export interface Pair {
  street: TestApp;
  district: TestApp;
  /** Folder the street writes its packages and key to (a stand-in for the USB stick). */
  stick: string;
  streetId: number;
  communityId: number;
}

/**
 * Two registers in two temp data folders, both started from the demo district: one set up as
 * 平湖街道's copy, one as 龙岗区残联 (the default office). Closed and deleted after each test.
 */
export function usePair(): () => Promise<Pair> {
  const opened: TestApp[] = [];
  afterEach(() => {
    for (const a of opened.splice(0)) {
      if (a.sqlite.open) a.core.close();
      fs.rmSync(a.dir, { recursive: true, force: true });
    }
  });
  return async () => {
    const street = makeApp();
    const district = makeApp();
    opened.push(street, district);
    await street.api.setup.loadDemo();
    await district.api.setup.loadDemo();
    await street.api.packages.setOffice(STREET);
    const tree = await street.api.divisions.tree({});
    const pinghu = tree[0]?.children.find((s) => s.code === STREET.code);
    const community = pinghu?.children[0];
    if (!pinghu || !community) throw new Error('demo street missing');
    const stick = path.join(street.dir, 'U盘');
    return { street, district, stick, streetId: pinghu.id, communityId: community.id };
  };
}

/** Registers the street's public key at the district, the way the clerks do it. */
export async function registerStreet(p: Pair): Promise<void> {
  const key = await p.street.api.packages.exportKey({ directory: p.stick });
  const dataBase64 = fs.readFileSync(key.path).toString('base64');
  const shown = await p.district.api.packages.readKeyFile({ dataBase64 });
  await p.district.api.packages.registerOffice({ dataBase64, fingerprint: shown.fingerprint });
}

/** Exports from the street; returns the package's path and bytes. */
export async function exportFromStreet(
  p: Pair,
  password = PASSWORD,
): Promise<{ path: string; bytes: Buffer; sequence: number }> {
  const result = await p.street.api.packages.export({ directory: p.stick, password });
  return { path: result.path, bytes: fs.readFileSync(result.path), sequence: result.sequence };
}

export const importInto = (a: TestApp, bytes: Buffer, password = PASSWORD, fileName = 'package.shrpkg') =>
  a.api.packages.import({ fileName, dataBase64: bytes.toString('base64'), password });

/** A care recipient of 平湖街道 with a guardian, a survey and day care at the street's centre. */
export async function addRecipient(
  a: TestApp,
  p: Pick<Pair, 'streetId' | 'communityId'>,
  seq: number,
  name = '林小明',
) {
  const residentId = makeResidentId({ birth: '1990-05-06', seq });
  const person = await a.api.persons.create({
    name,
    residentId,
    certNumber: makeCert(residentId, 5, 2),
    category: 'intellectual',
    level: 2,
    residenceStreetId: p.streetId,
    residenceCommunityId: p.communityId,
    address: '平湖街道测试路1号',
    guardians: [{ name: '林大海', relation: '父亲', phone: '13800001111' }],
  });
  await a.api.persons.addSurvey({
    personId: person.id,
    surveyDate: '2026-03-01',
    surveyor: '街道专干',
    wantedMode: 'dayCare',
    wantedServices: ['dailyCare'],
  });
  const centre = (await a.api.institutions.list({ keyword: '平湖街道阳光家园' })).data[0];
  if (!centre) throw new Error('demo centre missing');
  await a.api.persons.enrol({
    personId: person.id,
    mode: 'dayCare',
    institutionId: centre.id,
    startDate: '2026-03-10',
  });
  return person;
}

/** A care worker of the street's centre with a qualification, a passed training and a 上岗证. */
export async function addWorker(a: TestApp, seq: number, name = '陈静') {
  const centre = (await a.api.institutions.list({ keyword: '平湖街道阳光家园' })).data[0];
  const s = await a.api.staff.create({
    name,
    residentId: makeResidentId({ birth: '1985-03-01', seq }),
    phone: '13700001111',
    employerInstitutionId: centre?.id ?? null,
    post: 'nursing',
    hireDate: '2024-03-01',
    leaveDate: null,
  });
  await a.api.staff.addQualification({
    staffId: s.id,
    type: 'careWorker',
    number: `HL${seq}`,
    issuer: '人社局',
    issueDate: '2023-01-01',
  });
  await a.api.staff.addTraining({
    staffId: s.id,
    course: '托养服务岗前培训',
    organiser: '区残联',
    startDate: '2026-01-10',
    endDate: '2026-01-10',
    hours: 16,
    result: 'pass',
  });
  // Only a district issues 上岗证 (permit-service refuses at a street): a street copy holds permits
  // issued while the register was still the district's, which is how a clash can reach the district.
  const level = (await a.api.packages.office()).office?.level;
  if (level === 'street')
    await a.api.packages.setOffice({ level: 'district', code: '440307', name: '龙岗区残疾人联合会' });
  await a.api.staff.issuePermit({ staffId: s.id, issueDate: '2026-01-15', issuer: '龙岗区残疾人联合会' });
  if (level === 'street') await a.api.packages.setOffice(STREET);
  return s;
}

/** A new institution only the street knows. */
export const streetInstitution = (p: Pick<Pair, 'streetId' | 'communityId'>, n = 90) => ({
  name: `平湖街道第${n}康园家庭托养站`,
  creditCode: creditCode(n),
  ownership: 'private' as const,
  modes: ['homeCare' as const],
  streetId: p.streetId,
  communityId: p.communityId,
  address: '平湖街道测试路9号',
  beds: 0,
  dayPlaces: 0,
  personInCharge: '赵测试',
  phone: '13900009999',
  services: ['dailyCare' as const],
});

/** Tables whose content is the register; the exchange log and audit trail record attempts and are left out. */
const BOOKKEEPING = new Set(['package_log', 'audit_log', 'sqlite_sequence', '__drizzle_migrations']);

/** Every row of every register table, in row order: equal dumps mean equal content. */
export function dump(a: TestApp): Record<string, unknown[]> {
  const tables = (
    a.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  )
    .map((t) => t.name)
    .filter((t) => !BOOKKEEPING.has(t) && !t.startsWith('persons_id_fts'));
  return Object.fromEntries(tables.map((t) => [t, a.sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}

/** Awaits a refused import and returns its message code, checking the district changed nothing. */
export async function refusedCode(
  a: TestApp,
  call: () => Promise<unknown>,
): Promise<{ code: string; message: string; params: Record<string, string | number> | undefined }> {
  const before = dump(a);
  const error = await refusal(call());
  expect(dump(a)).toEqual(before);
  const field = fieldsOf(error)[0];
  if (!field) throw new Error(`refusal without a field error: ${error.message}`);
  return { code: field.code, message: field.message, params: field.params };
}
