import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { today } from '#domain/dates';
import { makeResidentId } from '../fixtures/synthetic';
import { buttonName } from './pages/text';
import { keepScreenshot, openApp, test, expect } from './fixtures/app';
import { BrowserHost, makeDataDir, removeDataDir } from './fixtures/host';
import { FirstRunPage } from './pages/app-shell';
import { ExportPanelPage } from './pages/export-panel';
import { registerEnrolledPerson } from './pages/person-detail';

/** An invented person whose ID ends in X: the number a spreadsheet most easily spoils. */
function idEndingInX(): string {
  for (let seq = 1; ; seq++) {
    const id = makeResidentId({ birth: '1988-08-08', seq });
    if (id.endsWith('X')) return id;
  }
}

test('Excel 导出：演示数据导出全部登记数据，提示保存位置与条数，下载得到同一个工作簿', async ({
  page,
  demo,
  host,
}, testInfo) => {
  const residentId = idEndingInX();
  await registerEnrolledPerson(page, demo, '卢思远', residentId);

  await demo.open('数据交换');
  const panel = new ExportPanelPage(page);
  await panel.open();
  await expect(panel.register('残疾人')).toBeChecked();
  await expect(panel.panel.getByText('残疾人（1 人）')).toBeVisible();
  await expect(panel.panel.getByText('托养机构（20 家）')).toBeVisible();
  await expect(panel.panel.getByText('服务人员（0 人）')).toBeVisible();
  const folder = path.join(host.dataDir, 'exports');
  await expect(panel.destination).toHaveValue(folder);

  await panel.exportTo();
  const fileName = `阳光家园数据-龙岗区残疾人联合会-${today().replace(/-/g, '')}.xlsx`;
  const written = path.join(folder, fileName);
  await expect(panel.saved).toContainText(`已保存并核对：${written}`);
  await expect(panel.saved).toContainText('残疾人 1 人、托养机构 20 家、服务人员 0 人');
  await keepScreenshot(page, testInfo, 'export-saved');

  const [download] = await Promise.all([page.waitForEvent('download'), panel.downloadButton.click()]);
  expect(download.suggestedFilename()).toBe(fileName);
  const file = testInfo.outputPath(fileName);
  await download.saveAs(file);
  expect(await readFile(file)).toEqual(await readFile(written));

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  expect(book.worksheets.map((s) => s.name)).toEqual(['残疾人', '托养机构', '服务人员', '说明']);
  const id = book.getWorksheet('残疾人')!.getCell('B2');
  expect([id.value, id.type, id.numFmt]).toEqual([residentId, ExcelJS.ValueType.String, '@']);
  expect(book.getWorksheet('托养机构')!.rowCount).toBe(21);
});

test('Excel 导出：填写的文件夹不是完整路径时说明原因，不写任何文件', async ({ page, demo }) => {
  await demo.open('数据交换');
  const panel = new ExportPanelPage(page);
  await panel.open();
  await panel.exportTo('报送');
  await expect(panel.failure).toContainText('请填写完整的文件夹路径');
  await expect(panel.saved).toBeHidden();
});

/** Exports every register from the panel and saves the download under the test's output folder. */
async function exportAndDownload(page: Page, panel: ExportPanelPage, name: string): Promise<string> {
  await panel.exportTo();
  await expect(panel.saved).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), panel.downloadButton.click()]);
  const file = test.info().outputPath(name);
  await download.saveAs(file);
  return file;
}

/** The 残疾人 sheet of a workbook as plain values, one object per row. */
async function personRows(file: string): Promise<Record<string, unknown>[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet('残疾人')!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return rows;
}

test('Excel 导出后在另一个登记库中导入，得到相同的残疾人数据', async ({ page, demo }) => {
  const residentId = idEndingInX();
  await registerEnrolledPerson(page, demo, '卢思远', residentId);

  await demo.open('数据交换');
  const panel = new ExportPanelPage(page);
  await panel.open();
  const fromA = await exportAndDownload(page, panel, 'from-a.xlsx');

  // Register B: another data folder with the same demo district and institutions, no persons.
  const other = await BrowserHost.start(await makeDataDir());
  try {
    await openApp(page, other);
    const shell = await new FirstRunPage(page).chooseDemo();
    await shell.open('数据交换');
    const imports = page.getByRole('tabpanel', { name: 'Excel 导入' });
    await imports.locator('input[type=file]').setInputFiles(fromA);
    await imports.getByRole('button', { name: /校验（预览）/ }).click();
    await expect(imports.getByText('全部 1 行校验通过')).toBeVisible();
    await imports.getByRole('button', { name: /导入 1 条有效记录/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: buttonName('导入') })
      .click();
    await expect(imports.getByTestId('import-committed')).toContainText('已导入 1 条记录');

    await panel.open();
    const fromB = await exportAndDownload(page, panel, 'from-b.xlsx');
    const [a, b] = [await personRows(fromA), await personRows(fromB)];
    expect(a).toHaveLength(1);
    expect(b).toEqual(a);
    expect(b[0]).toMatchObject({
      姓名: '卢思远',
      身份证号: residentId,
      托养方式: '寄宿制托养',
      托养机构: '龙岗区残疾人托养中心',
    });
  } finally {
    await other.stop();
    await removeDataDir(other.dataDir);
  }
});
