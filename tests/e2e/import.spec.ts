import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { legacyXlsBytes } from '../fixtures/messy-files';
import { messyPersonsWorkbook } from '../fixtures/messy-sheets';
import { makeCert, makeResidentId } from '../fixtures/synthetic';
import { keepScreenshot, test, expect } from './fixtures/app';
import type { BrowserHost } from './fixtures/host';
import type { AppShell } from './pages/app-shell';
import { ImportPanelPage } from './pages/import-panel';
import { PersonDetailPage } from './pages/person-detail';
import { PersonFormPage } from './pages/person-form';
import { PersonListPage } from './pages/person-list';

// Invented people only: the messy roster (tests/fixtures/messy-sheets.ts) is built from made-up
// IDs with valid check characters, except in the rows that are about a wrong one.
const STREET = '龙城街道';
const PLACES = { street: STREET, community: '龙西社区', dayCare: '龙岗区残疾人托养中心' };
const REGISTERED = makeResidentId({ birth: '1960-01-01', seq: 5 });

/** Registers the person the roster repeats, through the 登记残疾人 form. */
async function registerPerson(page: Page, shell: AppShell): Promise<void> {
  const form = new PersonFormPage(page);
  await shell.open('残疾人');
  await new PersonListPage(page).createButton.click();
  await form.fill({ name: '孙立新', residentId: REGISTERED, certNumber: makeCert(REGISTERED, 5, 2), street: STREET });
  await form.save();
  await expect(new PersonDetailPage(page).title('孙立新')).toBeVisible();
}

/** The persons list in a second window, as a colleague would look at it meanwhile. */
async function personsWindow(page: Page, host: BrowserHost): Promise<PersonListPage> {
  const other = await page.context().newPage();
  await other.goto(`${host.origin}/#/persons`);
  return new PersonListPage(other);
}

test('Excel 导入：杂乱的花名册先校验，按行和列显示中文错误和重复，确认后只导入有效行，并可下载错误报告', async ({
  page,
  host,
  demo: shell,
}, testInfo) => {
  await registerPerson(page, shell);
  const wb = await messyPersonsWorkbook(PLACES, REGISTERED);
  const panel = new ImportPanelPage(page);

  await shell.open('数据交换');
  await expect(panel.tab).toHaveAttribute('aria-selected', 'true');
  await panel.upload(wb.fileName, wb.buffer);
  // The instructions sheet is passed over; the roster's header is found under its two title rows.
  await expect(panel.shown(panel.sheet)).toContainText('花名册');
  await expect(panel.shown(panel.headerRow)).toContainText(`第 ${wb.headerRow} 行`);
  await expect(panel.twoRowHeader).toBeVisible();
  await expect(panel.shown(panel.mapping('身份证号'))).toContainText('C 列 · 公民身份号码');
  await expect(panel.shown(panel.mapping('监护人姓名'))).toContainText('M 列 · 监护人姓名');
  await expect(panel.commitButton).toBeDisabled();

  // A required field left out is refused before any row is read, under its own select.
  await panel.map('身份证号', '不导入');
  await panel.previewButton.click();
  await expect(panel.mappingError('身份证号')).toHaveText('必填项“身份证号”尚未对应到表格中的列，请在“列对应”中选择');
  await expect(panel.summary).toHaveCount(0);
  await panel.map('身份证号', 'C 列 · 公民身份号码');
  await expect(panel.mappingError('身份证号')).toHaveCount(0);

  await panel.preview();
  const bad = wb.rows.filter((r) => r.errors.length > 0);
  await expect(panel.count('数据行')).toHaveText(String(wb.rows.length));
  await expect(panel.count('有效')).toHaveText(String(wb.valid.length));
  await expect(panel.count('有错误')).toHaveText(String(bad.length));
  await expect(panel.count('表内重复')).toHaveText('1');
  await expect(panel.count('与系统重复')).toHaveText('1');
  await expect(panel.panel.getByText(`已忽略合计、签字或说明行：第 ${wb.ignoredRows.join('、')} 行`)).toBeVisible();
  for (const r of bad) {
    for (const e of r.errors) await expect(panel.error(r.row, e.column), `${r.row} ${r.about}`).toHaveCount(1);
  }
  const rowOf = (code: string) => bad.find((r) => r.errors[0]?.code === code)?.row ?? 0;
  await expect(panel.error(rowOf('import.number.precision'), '公民身份号码')).toContainText(
    '该号码被保存成了数字，Excel 只保留 15 位有效数字',
  );
  await expect(panel.error(rowOf('import.number.precision'), '公民身份号码')).toContainText('440307199001011000');
  await expect(panel.error(rowOf('import.duplicate.inFile'), '公民身份号码')).toContainText(
    `重复与本表第 ${wb.rows[0]?.row} 行的身份证号重复`,
  );
  await expect(panel.error(rowOf('import.duplicate.person'), '公民身份号码')).toContainText(
    '该身份证号已在系统中登记（孙立新），不会重复导入',
  );
  await expect(panel.error(rowOf('field.date'), '残疾人证发证日期')).toContainText('请填写有效日期（年-月-日）');
  await expect(panel.error(rowOf('field.date'), '残疾人证发证日期')).toContainText('2020/2/30');
  await expect(panel.error(rowOf('import.street.unknown'), '街道')).toContainText(
    '本区没有名为“不存在街道”的街道（镇）',
  );
  await expect(panel.error(rowOf('person.category.mismatch'), '类别')).toContainText(
    '残疾类别与残疾人证号第19位不一致',
  );
  await expect(panel.commitButton).toHaveText(/导入 4 条有效记录/);
  await keepScreenshot(page, testInfo, 'import-preview');

  // Checking wrote nothing: the list, in another window, still has only the one person.
  const list = await personsWindow(page, host);
  await list.expectTotal(1);

  const confirmation = await panel.commit();
  expect(confirmation).toContain(`将导入 ${wb.valid.length} 条有效记录；${bad.length} 行有错误，将被跳过，不会导入。`);
  await expect(panel.committed).toContainText(`已导入 ${wb.valid.length} 条记录`);
  await expect(panel.committed).toContainText('其中 1 人同时办理了托养安置');
  await keepScreenshot(page, testInfo, 'import-committed');

  await list.page.reload();
  await list.expectTotal(1 + wb.valid.length);
  for (const r of wb.valid) await expect(list.row(r.name)).toHaveCount(1);
  await list.page.close();

  const download = page.waitForEvent('download');
  await panel.reportButton.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^导入错误报告-残疾人-\d{8}\.xlsx$/);
  const report = new ExcelJS.Workbook();
  await report.xlsx.load((await readFile(await file.path())) as unknown as ExcelJS.Buffer);
  const sheet = report.worksheets[0];
  const header = (sheet?.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  expect(header.at(-1)).toBe('错误说明');
  expect(header.at(-2)).toBe('原表行号');
  const lines: { row: number; explanation: string; id: string }[] = [];
  sheet?.eachRow((r, n) => {
    if (n > 1)
      lines.push({
        row: Number(r.getCell(header.length - 1).value),
        explanation: String(r.getCell(header.length).value),
        id: String(r.getCell(3).value),
      });
  });
  expect(lines.map((l) => l.row)).toEqual(bad.map((r) => r.row));
  expect(lines.find((l) => l.row === rowOf('import.number.precision'))).toMatchObject({
    id: '440307199001011000',
    explanation: expect.stringContaining('【公民身份号码】该号码被保存成了数字'),
  });
  expect(lines.find((l) => l.row === rowOf('import.careStart.required'))?.explanation).toBe(
    '【托养开始日期】填写了托养方式，还须填写托养开始日期',
  );
});

test('Excel 导入：旧版 .xls 文件给出另存为 .xlsx 的提示，不导入任何内容', async ({ page, demo: shell }) => {
  const panel = new ImportPanelPage(page);
  await shell.open('数据交换');
  await panel.upload('花名册.xls', legacyXlsBytes());
  await expect(panel.refused).toContainText('暂不支持旧版 Excel 97-2003 工作簿（.xls）');
  await expect(panel.refused).toContainText('“另存为”→“Excel 工作簿（*.xlsx）”');
  await expect(panel.previewButton).toHaveCount(0);
});
