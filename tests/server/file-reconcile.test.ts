import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultExportDir } from '#server/kernel/files/safe-files';
import { setFileWriteStepHook } from '#server/kernel/files/file-journal';
import { fieldsOf, refusal, rowCount, useApp } from './helpers';
import { PASSWORD, STREET } from './package-fixtures';

/** What start-up settles besides a crash mid-write (see file-crash.test.ts for those). */
const app = useApp();
afterEach(() => setFileWriteStepHook(null));

describe('start-up settles file writes', { timeout: 60_000 }, () => {
  it('removes this app’s leftover .part files from the export folder and every folder it wrote to, and nothing else', async () => {
    const a = app();
    await a.api.setup.loadDemo();
    const stick = path.join(a.dir, 'U盘');
    await a.api.exports
      .workbook({ registers: ['persons'], folder: stick, includeArchived: false })
      .then(async (events) => {
        for await (const _ of events) void _;
      });
    const exportsDir = defaultExportDir(a.core.context.dataFile);
    fs.mkdirSync(exportsDir, { recursive: true });
    const leftovers = [
      path.join(exportsDir, '.阳光家园数据-20261123.xlsx.0a1b2c3d4e5f.part'),
      path.join(stick, '.第0002号.shrpkg.abcdefabcdef.part'),
    ];
    const kept = [
      path.join(exportsDir, '.notes.part'),
      path.join(stick, '报送说明.docx'),
      path.join(stick, 'a.0a1b2c3d4e5f.part'),
    ];
    for (const f of [...leftovers, ...kept]) fs.writeFileSync(f, '个人信息');
    a.restart();
    expect(a.core.recovered.removedParts.sort()).toEqual(leftovers.sort());
    for (const f of leftovers) expect(fs.existsSync(f)).toBe(false);
    for (const f of kept) expect(fs.existsSync(f)).toBe(true);
  });

  it('a file at the recorded name with other content is not ours: left alone, the write failed, no audit row', async () => {
    const a = app();
    const folder = path.join(a.dir, '报送');
    fs.mkdirSync(folder);
    const final = path.join(folder, '阳光家园数据.xlsx');
    fs.writeFileSync(final, '别人的文件');
    a.sqlite
      .prepare(
        "INSERT INTO file_writes (kind, actor, folder, temp_path, final_path, sha256, bytes, record) VALUES ('workbook', 'clerk', ?, ?, ?, ?, 10, '{}')",
      )
      .run(folder, path.join(folder, '.阳光家园数据.xlsx.000000000000.part'), final, '0'.repeat(64));
    a.restart();
    expect(a.core.recovered).toMatchObject({ completed: [], failed: [{ kind: 'workbook', reason: 'mismatch' }] });
    expect(fs.readFileSync(final, 'utf8')).toBe('别人的文件');
    expect(a.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'export'").pluck().get()).toBe(0);
    expect(a.sqlite.prepare('SELECT status, note FROM file_writes').get()).toEqual({
      status: 'failed',
      note: 'mismatchAtStartup',
    });
  });

  it('a package that reads back wrong after the rename is removed and recorded failed; its number is not given out again', async () => {
    const a = app();
    await a.api.setup.loadDemo();
    await a.api.packages.setOffice(STREET);
    const stick = path.join(a.dir, 'U盘');
    // A stick that garbles what it stores: the file at its final name is not what was written.
    setFileWriteStepHook((step, kind) => {
      if (step !== 'renamed' || kind !== 'package') return;
      const [name] = fs.readdirSync(stick).filter((f) => f.endsWith('.shrpkg'));
      if (name) fs.writeFileSync(path.join(stick, name), 'garbled');
    });
    const e = await refusal(a.api.packages.export({ directory: stick, password: PASSWORD }));
    expect(fieldsOf(e)[0]).toMatchObject({ field: 'directory', code: 'packages.export.verifyFailed' });
    expect(fs.readdirSync(stick)).toEqual([]);
    expect(a.sqlite.prepare("SELECT status, sequence FROM file_writes WHERE kind = 'package'").all()).toEqual([
      { status: 'failed', sequence: 1 },
    ]);
    expect(rowCount(a, 'package_log')).toBe(1); // the refusal, in 交换记录
    setFileWriteStepHook(null);
    expect((await a.api.packages.export({ directory: stick, password: PASSWORD })).sequence).toBe(2);
  });
});
