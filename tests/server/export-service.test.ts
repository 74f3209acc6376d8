// Excel export through the API, as the clerk gets it: the file is opened again with exceljs and
// checked the way a city-federation clerk would look at it in Excel.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { today } from '#domain/dates';
import { SHEET_COLUMNS } from '#server/exchange/columns';
import { offeredDownload } from '#server/kernel/files/downloads';
import { defaultExportDir } from '#server/kernel/files/safe-files';
import { guardianId } from '../documents/doc-fixtures';
import { aboutLines, exportRegister, openWorkbook, runExport, sheetRecords } from './export-fixtures';
import { fieldsOf, refusal, useApp } from './helpers';

const app = useApp();
const ALL = ['persons', 'institutions', 'staff'] as const;

describe('exports/workbook', () => {
  it('writes a sheet per register with the Chinese headers, widths and a frozen bold header, then 说明', async () => {
    const a = app();
    await exportRegister(a);
    const out = await runExport(a.api, { registers: [...ALL] });
    expect(out.path).toBe(
      path.join(
        defaultExportDir(a.core.context.dataFile),
        `阳光家园数据-龙岗区残疾人联合会-${today().replace(/-/g, '')}.xlsx`,
      ),
    );
    expect(out.fileName).toBe(path.basename(out.path));
    expect(out.bytes).toBe(fs.statSync(out.path).size);
    expect(out.counts).toEqual({ persons: 2, institutions: 20, staff: 2 });
    expect(offeredDownload(out.downloadId)).toEqual({ path: out.path, name: out.fileName });
    // The progress bar ends at every row the three registers held.
    expect(out.progress.at(-1)).toEqual({ done: 24, total: 24 });

    const book = await openWorkbook(out.path);
    expect(book.worksheets.map((s) => s.name)).toEqual(['残疾人', '托养机构', '服务人员', '说明']);
    for (const [name, kind] of [
      ['残疾人', 'persons'],
      ['托养机构', 'institutions'],
      ['服务人员', 'staff'],
    ] as const) {
      const sheet = book.getWorksheet(name)!;
      const columns = SHEET_COLUMNS[kind];
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((c) => c.header));
      expect(columns.map((_, i) => sheet.getColumn(i + 1).width)).toEqual(columns.map((c) => c.width));
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('writes every ID-like value as text (numFmt @): a trailing X, 18 digits and a leading 0 survive', async () => {
    const a = app();
    const r = await exportRegister(a);
    const out = await runExport(a.api, { registers: [...ALL] });
    const book = await openWorkbook(out.path);
    const persons = sheetRecords(book.getWorksheet('残疾人')!);
    const byId = new Map(persons.map((p) => [p['身份证号']!.value, p]));
    const x = byId.get(r.xId)!;
    const digits = byId.get(r.digitsId)!;
    for (const cell of [
      x['身份证号']!,
      x['残疾人证号']!,
      x['联系电话']!,
      x['监护人电话']!,
      x['监护人身份证号']!,
      digits['身份证号']!,
      digits['残疾人证号']!,
    ]) {
      expect(cell.type, `${cell.address} ${String(cell.value)}`).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt, cell.address).toBe('@');
    }
    expect(x['身份证号']!.value).toMatch(/^\d{17}X$/);
    expect(digits['身份证号']!.value).toBe(r.digitsId);
    expect(digits['残疾人证号']!.value).toBe(`${r.digitsId}43`);
    expect(x['监护人电话']!.value).toBe('0755-28881234');

    const staff = sheetRecords(book.getWorksheet('服务人员')!);
    const publicPost = staff.find((s) => s['身份证号']!.value === r.publicPostId)!;
    expect(publicPost['联系电话']!.value).toBe('0755-84561234');
    expect(publicPost['联系电话']!.numFmt).toBe('@');
    const institutions = sheetRecords(book.getWorksheet('托养机构')!);
    for (const i of institutions) {
      expect(i['统一社会信用代码']!.type).toBe(ExcelJS.ValueType.String);
      expect(i['统一社会信用代码']!.numFmt).toBe('@');
    }
  });

  it('writes labels in Chinese, places and institutions by name, the first guardian and the open enrolment', async () => {
    const a = app();
    const r = await exportRegister(a);
    const out = await runExport(a.api, { registers: [...ALL] });
    const book = await openWorkbook(out.path);
    const values = (record: Record<string, ExcelJS.Cell>) =>
      Object.fromEntries(Object.entries(record).map(([k, c]) => [k, c.value]));
    const persons = sheetRecords(book.getWorksheet('残疾人')!).map(values);
    expect(persons.find((p) => p['身份证号'] === r.xId)).toEqual({
      姓名: '卢思远',
      身份证号: r.xId,
      性别: '女',
      出生日期: '1990-05-06',
      残疾人证号: `${r.xId}52`,
      残疾类别: '智力残疾',
      残疾等级: '二级',
      发证日期: '2019-03-15',
      户籍街道: '布吉街道',
      户籍社区: '布吉社区',
      居住街道: '龙城街道',
      居住社区: '龙西社区',
      居住地址: '龙岗区龙城街道龙翔大道100号',
      联系电话: '13800138000',
      经济状况: '低保',
      人员状态: '正常',
      监护人姓名: '卢建国',
      与监护人关系: '父亲',
      监护人电话: '0755-28881234',
      监护人身份证号: guardianId(31),
      托养方式: '寄宿制托养',
      托养机构: '龙岗区残疾人托养中心',
      托养开始日期: '2026-01-05',
      备注: '需要无障碍房间',
    });
    // Not enrolled, no guardian: those cells are empty, not blank strings.
    const digits = persons.find((p) => p['身份证号'] === r.digitsId)!;
    expect([
      digits['残疾类别'],
      digits['残疾等级'],
      digits['居住街道'],
      digits['居住社区'],
      digits['托养方式'],
      digits['监护人姓名'],
    ]).toEqual(['肢体残疾', '三级', '布吉街道', null, null, null]);

    const centre = sheetRecords(book.getWorksheet('托养机构')!)
      .map(values)
      .find((i) => i['机构名称'] === '龙岗区残疾人托养中心')!;
    expect(centre).toMatchObject({
      举办性质: '公办',
      托养方式: '寄宿制托养、日间照料',
      所属街道: '龙城街道',
      床位数: 120,
      日间照料名额: 60,
      运营状态: '运营中',
    });
    expect(centre['服务内容']).toBe('生活照料、生活技能训练、康复护理、心理疏导、文化娱乐');
    expect(centre['授牌日期']).toBe('2025-06-18');

    const staff = sheetRecords(book.getWorksheet('服务人员')!).map(values);
    expect(staff.find((s) => s['身份证号'] === r.staffId)).toMatchObject({
      姓名: '陈静',
      工作单位: '龙岗区残疾人托养中心',
      岗位: '护理',
      入职日期: '2024-03-01',
      上岗证号: expect.stringMatching(/\d/),
    });
    expect(staff.find((s) => s['身份证号'] === r.publicPostId)).toMatchObject({
      姓名: '甘子豪',
      工作单位: null,
      岗位: '公益岗',
      上岗证号: null,
    });
  });

  it('says in 说明 who exported what, when, how many rows, and that the file holds sensitive personal data', async () => {
    const a = app();
    await exportRegister(a);
    const out = await runExport(a.api, { registers: ['persons', 'staff'] });
    const book = await openWorkbook(out.path);
    expect(book.worksheets.map((s) => s.name)).toEqual(['残疾人', '服务人员', '说明']);
    const about = aboutLines(book.getWorksheet('说明')!);
    expect(about.get('填报单位')).toBe('龙岗区残疾人联合会');
    expect(about.get('导出日期')).toBe(today());
    expect(about.get('导出人')).toBe('tester');
    expect(about.get('已归档记录')).toBe('不含已归档记录');
    expect(about.get('残疾人')).toBe(2);
    expect(about.get('服务人员')).toBe(2);
    expect(about.has('托养机构')).toBe(false);
    expect(String(about.get('个人信息保护'))).toContain('敏感个人信息');
    expect(String(about.get('个人信息保护'))).toContain('个人信息保护法');
  });

  it('leaves archived records out unless asked, and counts match the checkboxes', async () => {
    const a = app();
    const r = await exportRegister(a);
    expect(await a.api.exports.counts({})).toEqual({ persons: 2, institutions: 20, staff: 2 });
    expect(await a.api.exports.counts({ includeArchived: true })).toEqual({ persons: 3, institutions: 20, staff: 2 });
    const without = await runExport(a.api, { registers: ['persons'] });
    const ids = async (file: string) =>
      sheetRecords((await openWorkbook(file)).getWorksheet('残疾人')!).map((p) => p['身份证号']!.value);
    expect(await ids(without.path)).not.toContain(r.archivedId);
    const withArchived = await runExport(a.api, { registers: ['persons'], includeArchived: true });
    expect(withArchived.counts).toEqual({ persons: 3 });
    expect(await ids(withArchived.path)).toContain(r.archivedId);
    expect(aboutLines((await openWorkbook(withArchived.path)).getWorksheet('说明')!).get('已归档记录')).toBe(
      '含已归档记录',
    );
    // The second export the same day does not overwrite the first.
    expect(path.basename(withArchived.path)).toBe(
      `阳光家园数据-龙岗区残疾人联合会-${today().replace(/-/g, '')}(2).xlsx`,
    );
  });

  it('records every export in the audit trail: who, file, counts', async () => {
    const a = app();
    await exportRegister(a);
    const out = await runExport(a.api, { registers: ['institutions'] });
    const rows = a.sqlite
      .prepare("SELECT actor, entity, entity_id AS entityId, after FROM audit_log WHERE action = 'export'")
      .all() as { actor: string; entity: string; entityId: null; after: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: 'tester', entity: 'register', entityId: null });
    expect(JSON.parse(rows[0]!.after)).toMatchObject({
      fileName: out.fileName,
      path: out.path,
      counts: { institutions: 20 },
      includeArchived: false,
    });
  });

  it('writes to a folder the clerk typed, creating its last level', async () => {
    const a = app();
    await exportRegister(a);
    const folder = path.join(a.dir, 'U盘', '报送');
    fs.mkdirSync(path.dirname(folder));
    const out = await runExport(a.api, { registers: ['institutions'], folder });
    expect(path.dirname(out.path)).toBe(folder);
    expect(fs.readdirSync(folder)).toEqual([out.fileName]);
  });

  it('refuses a folder it cannot write to, with a Chinese message, and leaves nothing behind', async () => {
    const a = app();
    await exportRegister(a);
    const before = a.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'export'").pluck().get();
    const locked = path.join(a.dir, '只读');
    fs.mkdirSync(locked);
    fs.chmodSync(locked, 0o555);
    // root ignores folder permissions; Linux refuses writes under /proc to everyone, root included.
    const unwritable = process.getuid?.() === 0 ? '/proc/self' : locked;
    if (unwritable !== locked) console.log('running as root: using /proc/self as the unwritable folder');
    try {
      const e = await refusal(runExport(a.api, { registers: ['persons'], folder: unwritable }));
      expect(fieldsOf(e)).toEqual([
        {
          field: 'folder',
          code: 'exports.folder.unwritable',
          message: `文件夹“${unwritable}”无法写入（只读、没有权限或 U 盘写保护），请换一个文件夹`,
          params: { folder: unwritable },
        },
      ]);
      expect(fs.readdirSync(locked)).toEqual([]);
    } finally {
      fs.chmodSync(locked, 0o755);
    }
    expect(a.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'export'").pluck().get()).toBe(before);
  });

  it('refuses a relative path, a file, a missing drive and an empty selection', async () => {
    const a = app();
    await exportRegister(a);
    const file = path.join(a.dir, 'a.txt');
    fs.writeFileSync(file, 'x');
    const codes = async (input: Parameters<typeof a.api.exports.workbook>[0]) =>
      fieldsOf(await refusal(runExport(a.api, input))).map((f) => [f.field, f.code]);
    expect(await codes({ registers: ['persons'], folder: '报送' })).toEqual([['folder', 'exports.folder.notAbsolute']]);
    expect(await codes({ registers: ['persons'], folder: file })).toEqual([['folder', 'exports.folder.notFolder']]);
    expect(await codes({ registers: ['persons'], folder: path.join(a.dir, '没有的盘', '报送') })).toEqual([
      ['folder', 'exports.folder.notFound'],
    ]);
    expect(await codes({ registers: [] })).toEqual([['registers', 'exports.registers.empty']]);
    expect(fs.existsSync(path.join(a.dir, '没有的盘'))).toBe(false);
  });
});

describe('exports/destinations', () => {
  it('offers the export folder beside the register, after any removable drive', async () => {
    const a = app();
    const list = await a.api.exports.destinations();
    expect(list.at(-1)).toEqual({
      path: defaultExportDir(a.core.context.dataFile),
      label: defaultExportDir(a.core.context.dataFile),
      removable: false,
    });
    expect(list.findIndex((d) => !d.removable)).toBe(list.length - 1);
  });
});
