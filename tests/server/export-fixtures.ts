// A small register to export: the demo district and institutions, and a few invented persons
// and staff whose numbers are the kind spreadsheets break (a trailing X, 18 digits, a leading 0).
import ExcelJS from 'exceljs';
import { makeCert, makeResidentId } from '../fixtures/synthetic';
import { demoRegister, guardianId, permittedStaff } from '../documents/doc-fixtures';
import type { ExportResult } from '#server/contract/exports';
import { personInput, type Places, staffInput, type TestApp } from './helpers';

/** The first order code from `from` whose ID ends in the check character X. */
export function idEndingInX(birth: string, from = 1): string {
  for (let seq = from; seq < 1000; seq++) {
    const id = makeResidentId({ birth, seq });
    if (id.endsWith('X')) return id;
  }
  throw new Error(`no ID ending in X born ${birth}`);
}

export interface ExportRegister {
  places: Places;
  centreId: number;
  /** Enrolled at the demo centre, guardian with a landline, ID ending in X. */
  xId: string;
  /** All digits: as a number it would lose its last three. */
  digitsId: string;
  archivedId: string;
  staffId: string;
  publicPostId: string;
}

export async function exportRegister(a: TestApp): Promise<ExportRegister> {
  const { places, centreId } = await demoRegister(a);
  const xId = idEndingInX('1990-05-06');
  const enrolled = await a.api.persons.create({
    ...personInput(places, { name: '卢思远', residentId: xId, certNumber: makeCert(xId, 5, 2) }),
    certIssueDate: '2019-03-15',
    hukouStreetId: places.streetB,
    hukouCommunityId: places.communityB1,
    address: '龙岗区龙城街道龙翔大道100号',
    phone: '13800138000',
    economicStatus: 'dibao',
    guardians: [
      { name: '卢建国', relation: '父亲', phone: '0755-28881234', residentId: guardianId(31) },
      { name: '卢小梅', relation: '兄弟姐妹', phone: '13900139000', residentId: null },
    ],
    remarks: '需要无障碍房间',
  });
  await a.api.persons.enrol({
    personId: enrolled.id,
    mode: 'residential',
    institutionId: centreId,
    startDate: '2026-01-05',
  });
  const digitsId = makeResidentId({ birth: '1975-11-30', seq: 214 });
  if (!/^\d{18}$/.test(digitsId)) throw new Error(`fixture ID should be all digits: ${digitsId}`);
  await a.api.persons.create({
    ...personInput(places, {
      name: '岑蔚',
      residentId: digitsId,
      certNumber: makeCert(digitsId, 4, 3),
      category: 'physical',
      level: 3,
    }),
    residenceStreetId: places.streetB,
    residenceCommunityId: null,
  });
  const archivedId = makeResidentId({ birth: '1968-02-29', seq: 77 });
  const archived = await a.api.persons.create(
    personInput(places, { name: '简明轩', residentId: archivedId, certNumber: makeCert(archivedId, 5, 2) }),
  );
  await a.api.persons.archive({ id: archived.id });
  await permittedStaff(a, centreId, 21);
  await a.api.staff.create(
    staffInput({ name: '甘子豪', seq: 44, post: 'publicPost', phone: '0755-84561234', employerInstitutionId: null }),
  );
  // staffInput builds IDs from its default birth date and the order code.
  const staffId = makeResidentId({ birth: '1985-03-01', seq: 21 });
  const publicPostId = makeResidentId({ birth: '1985-03-01', seq: 44 });
  return { places, centreId, xId, digitsId, archivedId, staffId, publicPostId };
}

/** The workbook as Excel would open it (exceljs, whole file). */
export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Row values of a sheet as a header → cell map, one per data row. */
export function sheetRecords(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.Cell>[] {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const records: Record<string, ExcelJS.Cell>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    records.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1)])));
  });
  return records;
}

/** 说明 sheet as label → value (column A → column B). */
export function aboutLines(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.CellValue> {
  const lines = new Map<string, ExcelJS.CellValue>();
  sheet.eachRow((row) => {
    const key = row.getCell(1).value;
    if (typeof key === 'string') lines.set(key, row.getCell(2).value);
  });
  return lines;
}

type ExportInput = Parameters<TestApp['api']['exports']['workbook']>[0];
export type ExportProgress = { done: number; total: number };

/** exports.workbook as the panel runs it: reads the progress stream to the end, returns the saved file (and the progress seen). */
export async function runExport(
  api: TestApp['api'],
  input: ExportInput,
): Promise<ExportResult & { progress: ExportProgress[] }> {
  const progress: ExportProgress[] = [];
  for await (const e of await api.exports.workbook(input)) {
    if (e.type === 'progress') progress.push({ done: e.done, total: e.total });
    else return { ...e.result, progress };
  }
  throw new Error('export stream ended without a result');
}
