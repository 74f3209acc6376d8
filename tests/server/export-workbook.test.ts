// The workbook writer and its read-back check on their own: a damaged or short file is caught,
// a failure half-way leaves nothing, and the writer still finds the stream it paces itself by.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SheetRow } from '#server/exchange/export/cells';
import { verifyWorkbook, WorkbookMismatch } from '#server/exchange/export/verify-workbook';
import { writeSubmissionWorkbook, zipInput } from '#server/exchange/export/workbook-writer';
import { writeFileSafely } from '#server/kernel/files/safe-files';
import { SHEET_COLUMNS } from '#server/exchange/columns';
import { makeResidentId } from '../fixtures/synthetic';
import { openWorkbook } from './export-fixtures';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shr-export-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const about = {
  office: '测试区残疾人联合会',
  date: '2026-11-23',
  actor: 'tester',
  appVersion: '0.0.0',
  includeArchived: false,
};

const staffId = (i: number) => makeResidentId({ birth: `19${60 + (i % 30)}-01-0${1 + (i % 9)}`, seq: i % 1000 });

/** `n` staff rows with invented numbers; `failAt` makes the source break half-way, as a lost disk would. */
function* staffRows(n: number, failAt = -1): Generator<SheetRow> {
  for (let i = 0; i < n; i++) {
    if (i === failAt) throw new Error('读取中断');
    yield {
      name: `测试${i}`,
      residentId: staffId(i),
      sex: '男',
      birthDate: '1960-01-01',
      phone: '0755-12345678',
      employer: null,
      post: '护理',
      hireDate: '2024-03-01',
      leaveDate: null,
      permitNumber: null,
      remarks: null,
    };
  }
}

describe('writeSubmissionWorkbook + verifyWorkbook', () => {
  it('writes the rows it counted and reads them back; exceljs sees the same', async () => {
    const file = path.join(dir, 'a.xlsx');
    const counts = await writeSubmissionWorkbook(file, [{ kind: 'staff', rows: staffRows(3000) }], about);
    expect(counts).toEqual([{ kind: 'staff', rows: 3000 }]);
    await verifyWorkbook(file, counts);
    const book = await openWorkbook(file);
    expect(book.getWorksheet('服务人员')!.rowCount).toBe(3001);
    expect(book.getWorksheet('服务人员')!.getCell('B3001').value).toBe(staffId(2999));
  });

  it('refuses a file that does not hold what was written: other counts, a damaged byte, a short file', async () => {
    const file = path.join(dir, 'a.xlsx');
    const counts = await writeSubmissionWorkbook(file, [{ kind: 'staff', rows: staffRows(2000) }], about);
    await expect(verifyWorkbook(file, [{ kind: 'staff', rows: 2001 }])).rejects.toThrow(
      '导出的文件读回时“服务人员”有 2000 行，应为 2001 行，已删除该文件，请重试',
    );
    await expect(verifyWorkbook(file, [{ kind: 'persons', rows: 2000 }])).rejects.toThrow(WorkbookMismatch);

    const bytes = fs.readFileSync(file);
    const damaged = Buffer.from(bytes);
    const middle = Math.floor(bytes.length / 2);
    damaged[middle] = (damaged[middle] ?? 0) ^ 0xff;
    fs.writeFileSync(path.join(dir, 'damaged.xlsx'), damaged);
    await expect(verifyWorkbook(path.join(dir, 'damaged.xlsx'), counts)).rejects.toThrow(WorkbookMismatch);

    fs.writeFileSync(path.join(dir, 'short.xlsx'), bytes.subarray(0, middle));
    await expect(verifyWorkbook(path.join(dir, 'short.xlsx'), counts)).rejects.toThrow('导出的文件读回时已损坏');
  });

  it('leaves nothing behind when reading the register fails half-way', async () => {
    const target = path.join(dir, 'U盘');
    const write = (temp: string) =>
      writeSubmissionWorkbook(temp, [{ kind: 'staff', rows: staffRows(5000, 2500) }], about).then(() => undefined);
    await expect(writeFileSafely(target, '阳光家园数据.xlsx', write, async () => undefined)).rejects.toThrow(
      '读取中断',
    );
    expect(fs.readdirSync(target)).toEqual([]);
  });

  it('refuses a row source that leaves a column of columns.ts unfilled', async () => {
    const incomplete = (function* () {
      const { remarks: _r, ...row } = staffRows(1).next().value as SheetRow;
      yield row;
    })();
    await expect(
      writeSubmissionWorkbook(path.join(dir, 'b.xlsx'), [{ kind: 'staff', rows: incomplete }], about),
    ).rejects.toThrow('no value for column remarks');
  });

  it("still finds the zip's input stream inside exceljs, which the writer waits on to keep memory flat", async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.join(dir, 'c.xlsx'), useStyles: true });
    const sheet = workbook.addWorksheet('x');
    sheet.addRow(SHEET_COLUMNS.staff.map((c) => c.header)).commit();
    const pipe = zipInput(sheet);
    expect(pipe).toBeDefined();
    expect(typeof (pipe?.writableLength ?? pipe?._writableState?.length)).toBe('number');
    sheet.commit();
    await workbook.commit();
  });
});
