import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { keepScreenshot, test, expect } from './fixtures/app';
import { artifact } from './fixtures/paths';
import { buttonName } from './pages/text';

const year = new Date().getFullYear();

test('打印花名册：预览显示标题与页数，保存为 PDF 得到正确的文件，打印记录列出此次操作', async ({ page, demo }, testInfo) => {
  await demo.open('托养机构');
  await page.getByRole('button', { name: buttonName('打印花名册') }).click();
  const dialog = page.getByRole('dialog', { name: /打印预览/ });
  await expect(dialog).toContainText(`龙岗区${year}年度阳光家园计划托养服务机构花名册`);
  await expect(dialog).toContainText('共 2 页');
  // The preview is the document itself, in a sandboxed frame.
  const frame = page.frameLocator('iframe[title*="花名册"]');
  await expect(frame.getByRole('heading', { name: `龙岗区${year}年度阳光家园计划托养服务机构花名册` }).first()).toBeVisible();
  await expect(frame.getByText('第 2 页 共 2 页')).toBeVisible();
  await keepScreenshot(page, testInfo, 'print-preview');

  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /保存为 PDF/ }).click()]);
  expect(download.suggestedFilename()).toBe(`龙岗区${year}年度阳光家园计划托养服务机构花名册.pdf`);
  const file = artifact('e2e-roster.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('第1页共2页');
  expect(text).toContain('第2页共2页');
  expect((await readFile(file)).subarray(0, 4).toString()).toBe('%PDF');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await demo.open('打印');
  const history = page.locator('.ant-card').filter({ hasText: '打印记录' });
  await expect(history.getByRole('row').nth(1)).toContainText(`龙岗区${year}年度阳光家园计划托养服务机构花名册`);
  await expect(history.getByRole('row').nth(1)).toContainText('PDF');
  await keepScreenshot(page, testInfo, 'printing-page');
});
