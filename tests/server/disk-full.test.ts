import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { messyPersonsWorkbook } from '../fixtures/messy-sheets';
import { makeCert, makeResidentId } from '../fixtures/synthetic';
import {
  fieldsOf,
  institutionInput,
  makeApp,
  personInput,
  personTableCounts,
  refusal,
  rowCount,
  seedPlaces,
  STACK_LIKE,
  type TestApp,
  useApp,
} from './helpers';
import { fillUp, mountRefusal, mountTmpfs, unmountAll } from './mounts';
import { commit, openFile, runOf } from './import-helpers';
import { PASSWORD, STREET } from './package-fixtures';

/**
 * Full and read-only disks, for real: SQLITE_FULL from a register capped at its size (PRAGMA
 * max_page_count) or living on a full tmpfs, ENOSPC / EROFS from a small tmpfs as the export
 * folder. Each action is refused with a message naming the folder and what to do, and changes
 * nothing: no row, no file.
 */
const app = useApp();

function fillRegister(a: TestApp): void {
  a.sqlite.exec('CREATE TABLE disk_filler (b BLOB)');
  const pages = a.sqlite.pragma('page_count', { simple: true }) as number;
  a.sqlite.pragma(`max_page_count = ${pages}`);
  const insert = a.sqlite.prepare('INSERT INTO disk_filler (b) VALUES (?)');
  // Large pieces first, then ever smaller ones, until not even one more byte fits in a new page.
  for (const size of [65536, 4096, 512, 32]) {
    for (;;) {
      try {
        insert.run(Buffer.alloc(size));
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_FULL') break;
        throw error;
      }
    }
  }
}

const unfill = (a: TestApp) => a.sqlite.pragma('max_page_count = 1073741823');

function expectDataFolderFull(a: TestApp, e: Awaited<ReturnType<typeof refusal>>): void {
  expect(e.code, JSON.stringify(fieldsOf(e))).toBe('STORAGE');
  expect(e.status).toBe(507);
  expect(fieldsOf(e)[0]).toMatchObject({ code: 'storage.data.full', params: { folder: a.dir } });
  expect(e.message).toBe(
    `保存登记数据的磁盘已满（数据文件夹“${a.dir}”），本次操作未生效。请清理该磁盘（删除不需要的文件、清空回收站）后重试`,
  );
  expect(e.message).not.toMatch(STACK_LIKE);
}

/** A PNG of random pixels, far bigger than one database page: storing it needs new pages. */
function noisyPng(): Buffer {
  const png = new PNG({ width: 64, height: 64 });
  for (let i = 0; i < png.data.length; i++) png.data[i] = (i * 7919 + (i >> 3) * 104729) % 251;
  return PNG.sync.write(png);
}

async function drainExport(events: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of events) void _;
}

// Each test loads a register and exports from it; generous, for a busy machine (never a speed check).
describe('the register file cannot grow (a real SQLITE_FULL via max_page_count)', { timeout: 60_000 }, () => {
  it('a save (a photo upload) is refused naming the data folder, writes nothing, and works once there is room', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    const person = await a.api.persons.create(
      personInput(places, { residentId: makeResidentId({ birth: '1975-04-04', seq: 3 }) }),
    );
    const before = personTableCounts(a);
    fillRegister(a);
    const photo = { id: person.id, mime: 'image/png', dataBase64: noisyPng().toString('base64') };
    expectDataFolderFull(a, await refusal(a.api.persons.setPhoto(photo)));
    expect(personTableCounts(a)).toEqual(before);
    unfill(a);
    await a.api.persons.setPhoto(photo);
    expect(rowCount(a, 'person_photos')).toBe(1);
  });

  it('an import commit is refused the same way and imports no row', async () => {
    const a = app();
    const places = await seedPlaces(a.api);
    await a.api.institutions.create(institutionInput(places, { name: '测试阳光家园日间照料中心' }));
    const wb = await messyPersonsWorkbook(
      { street: '甲街道', community: '甲一社区', dayCare: '测试阳光家园日间照料中心' },
      makeResidentId({ birth: '1960-01-01', seq: 5 }),
    );
    const s = await openFile(a.api, 'persons', wb.fileName, wb.buffer);
    const before = personTableCounts(a);
    fillRegister(a);
    expectDataFolderFull(a, await refusal(commit(a.api, runOf(s))));
    expect(personTableCounts(a)).toEqual(before);
  });
});

describe.skipIf(mountRefusal !== null)(
  'the disk of the data folder is full (a small tmpfs)',
  { timeout: 60_000 },
  () => {
    let a: TestApp | null = null;
    afterEach(() => {
      if (a?.sqlite.open) a.core.close();
      a = null;
      unmountAll();
    });

    /** A demo register on its own small disk, filled to the last byte after the WAL is emptied. */
    async function fullRegister(): Promise<{ a: TestApp; filler: string }> {
      a = makeApp(mountTmpfs({ size: '24m' }));
      await a.api.setup.loadDemo();
      await a.api.packages.setOffice(STREET);
      await a.api.packages.office();
      // Every later write must grow the WAL, so it meets the full disk.
      a.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      return { a, filler: fillUp(a.dir) };
    }

    it('a save is refused naming the data folder, writes nothing, and works once there is room', async () => {
      const { a, filler } = await fullRegister();
      const street = (await a.api.divisions.tree({}))[0]?.children[0];
      if (!street) throw new Error('demo street missing');
      const before = personTableCounts(a);
      const input = {
        name: '测试人',
        residentId: makeResidentId({ birth: '1975-04-04', seq: 3 }),
        category: 'intellectual' as const,
        level: 2,
        residenceStreetId: street.id,
        residenceCommunityId: street.children[0]?.id ?? 0,
      };
      expectDataFolderFull(
        a,
        await refusal(a.api.persons.create({ ...input, certNumber: makeCert(input.residentId, 5, 2) })),
      );
      expect(personTableCounts(a)).toEqual(before);
      fs.rmSync(filler);
      await a.api.persons.create({ ...input, certNumber: makeCert(input.residentId, 5, 2) });
      expect(rowCount(a, 'persons')).toBe((before.persons ?? 0) + 1);
    });

    it('a package export is refused naming the data folder: no file on the stick, no exchange-log row, the number still free', async () => {
      const { a, filler } = await fullRegister();
      const stick = fs.mkdtempSync(path.join(os.tmpdir(), 'shr-stick-'));
      try {
        const logRows = rowCount(a, 'package_log');
        expectDataFolderFull(a, await refusal(a.api.packages.export({ directory: stick, password: PASSWORD })));
        expect(fs.readdirSync(stick)).toEqual([]);
        expect(rowCount(a, 'package_log')).toBe(logRows);
        fs.rmSync(filler);
        expect((await a.api.packages.office()).nextSequence).toBe(1);
        expect((await a.api.packages.export({ directory: stick, password: PASSWORD })).sequence).toBe(1);
      } finally {
        fs.rmSync(stick, { recursive: true, force: true });
      }
    });

    it('an Excel export to another folder is refused before a workbook is written there', async () => {
      const { a } = await fullRegister();
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'shr-export-'));
      try {
        const audits = rowCount(a, 'audit_log');
        expectDataFolderFull(
          a,
          await refusal(
            drainExport(await a.api.exports.workbook({ registers: ['persons'], folder, includeArchived: false })),
          ),
        );
        expect(fs.readdirSync(folder)).toEqual([]);
        expect(rowCount(a, 'audit_log')).toBe(audits);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    });
  },
);

describe.skipIf(mountRefusal !== null)(
  'the export folder is on a full or read-only disk (a small tmpfs)',
  { timeout: 60_000 },
  () => {
    afterEach(() => unmountAll());

    async function demo(): Promise<TestApp> {
      const a = app();
      await a.api.setup.loadDemo();
      await a.api.packages.setOffice(STREET);
      return a;
    }
    const auditCount = (a: TestApp, action: string) =>
      a.sqlite.prepare('SELECT count(*) FROM audit_log WHERE action = ?').pluck().get(action) as number;

    it('an Excel export to a full stick names the folder, leaves no file and no audit row', async () => {
      const a = await demo();
      const stick = mountTmpfs({ size: '64k' });
      fillUp(stick);
      const e = await refusal(
        drainExport(
          await a.api.exports.workbook({
            registers: ['persons', 'institutions', 'staff'],
            folder: stick,
            includeArchived: false,
          }),
        ),
      );
      expect(e.code).toBe('STORAGE');
      expect(fieldsOf(e)).toEqual([
        expect.objectContaining({
          field: 'folder',
          code: 'storage.folder.full',
          params: { folder: stick, code: 'ENOSPC' },
        }),
      ]);
      expect(e.message).toBe(
        `“${stick}”所在磁盘空间不足，文件未保存，也未留下不完整的文件。请清理空间或换一个 U 盘后重试`,
      );
      expect(fs.readdirSync(stick)).toEqual(['filler.bin']);
      expect(auditCount(a, 'export')).toBe(0);
      expect(a.sqlite.prepare("SELECT status, note FROM file_writes WHERE kind = 'workbook'").all()).toEqual([
        { status: 'failed', note: 'ENOSPC' },
      ]);
    });

    it('a package export to a full stick names the folder, leaves no file, no exchange-log row, and keeps the number', async () => {
      const a = await demo();
      const stick = mountTmpfs({ size: '64k' });
      const filler = fillUp(stick);
      const e = await refusal(a.api.packages.export({ directory: stick, password: PASSWORD }));
      expect(e.code).toBe('STORAGE');
      expect(fieldsOf(e)).toEqual([
        expect.objectContaining({
          field: 'directory',
          code: 'storage.folder.full',
          params: { folder: stick, code: 'ENOSPC' },
        }),
      ]);
      expect(fs.readdirSync(stick)).toEqual(['filler.bin']);
      expect(rowCount(a, 'package_log')).toBe(0);
      fs.rmSync(filler);
      expect((await a.api.packages.export({ directory: stick, password: PASSWORD })).sequence).toBe(1);
    });

    it('a read-only stick: the Excel export and the package export are refused naming the folder, nothing written', async () => {
      const a = await demo();
      const stick = mountTmpfs({ size: '64k', readOnly: true });
      const e = await refusal(
        drainExport(await a.api.exports.workbook({ registers: ['persons'], folder: stick, includeArchived: false })),
      );
      expect(fieldsOf(e)).toEqual([
        expect.objectContaining({ field: 'folder', code: 'exports.folder.unwritable', params: { folder: stick } }),
      ]);
      expect(e.message).toBe(`文件夹“${stick}”无法写入（只读、没有权限或 U 盘写保护），请换一个文件夹`);
      const p = await refusal(a.api.packages.export({ directory: stick, password: PASSWORD }));
      expect(fieldsOf(p)).toEqual([
        expect.objectContaining({
          field: 'directory',
          code: 'storage.folder.readOnly',
          params: { folder: stick, code: 'EROFS' },
        }),
      ]);
      expect(p.message).toBe(
        `文件夹“${stick}”所在磁盘是只读的（如 U 盘写保护），文件未保存。请关闭写保护或换一个文件夹`,
      );
      expect(fs.readdirSync(stick)).toEqual([]);
      expect(auditCount(a, 'export') + rowCount(a, 'package_log')).toBe(0);
    });
  },
);
