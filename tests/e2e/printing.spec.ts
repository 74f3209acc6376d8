import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { keepScreenshot, test, expect } from './fixtures/app';
import { artifact } from './fixtures/paths';
import { buttonName } from './pages/text';
import { makeResidentId } from '../fixtures/synthetic';
import { registerEnrolledPerson } from './pages/person-detail';

const year = new Date().getFullYear();

test('打印花名册：预览显示标题与页数，保存为 PDF 得到正确的文件，打印记录列出此次操作', async ({
  page,
  demo,
}, testInfo) => {
  await demo.open('托养机构');
  await page.getByRole('button', { name: buttonName('打印花名册') }).click();
  const dialog = page.getByRole('dialog', { name: /打印预览/ });
  await expect(dialog).toContainText(`龙岗区${year}年度阳光家园计划托养服务机构花名册`);
  await expect(dialog).toContainText('共 2 页');
  // The preview is the document itself, in a sandboxed frame.
  const frame = page.frameLocator('iframe[title*="花名册"]');
  await expect(
    frame.getByRole('heading', { name: `龙岗区${year}年度阳光家园计划托养服务机构花名册` }).first(),
  ).toBeVisible();
  await expect(frame.getByText('第 2 页 共 2 页')).toBeVisible();
  await keepScreenshot(page, testInfo, 'print-preview');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /保存为 PDF/ }).click(),
  ]);
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

test('阳光家园服务卡：申请 → 打印待印卡片 → 确认已打印 → 确认已发放，打印记录列出此次打印', async ({
  page,
  demo,
}, testInfo) => {
  // An invented person, enrolled in residential care (tests/fixtures/synthetic.ts).
  const residentId = makeResidentId({ birth: '1990-05-06', seq: 37 });
  await registerEnrolledPerson(page, demo, '卢思远', residentId);

  await page.getByRole('button', { name: /申请服务卡/ }).click();
  const cardTag = page.getByText(/^440307\d{7}[\dX] · 待打印$/);
  await expect(cardTag).toBeVisible();
  const cardNumber = ((await cardTag.textContent()) ?? '').split(' ')[0] ?? '';

  await demo.open('打印');
  const cards = page.locator('.ant-card').filter({ hasText: '阳光家园服务卡' }).first();
  await expect(cards.getByRole('row', { name: new RegExp(cardNumber) })).toContainText('卢思远');
  await cards.getByRole('button', { name: '打印待印卡片' }).click();
  const dialog = page.getByRole('dialog', { name: /打印预览/ });
  await expect(dialog).toContainText('共 2 页');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /保存为 PDF/ }).click(),
  ]);
  const file = artifact('e2e-card-sheet.pdf');
  await download.saveAs(file);
  expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain(cardNumber);
  await page.keyboard.press('Escape');

  await cards
    .getByRole('row', { name: new RegExp(cardNumber) })
    .getByRole('checkbox')
    .check();
  await cards.getByRole('button', { name: '确认已打印' }).click();
  await expect(page.getByText(/已标记为已打印/)).toBeVisible();
  await cards.getByRole('tab', { name: '已打印' }).click();
  await cards
    .getByRole('row', { name: new RegExp(cardNumber) })
    .getByRole('checkbox')
    .check();
  await cards.getByRole('button', { name: '确认已发放' }).click();
  await cards.getByRole('tab', { name: '已发放' }).click();
  await expect(cards.getByRole('row', { name: new RegExp(cardNumber) })).toContainText('已发放');
  await keepScreenshot(page, testInfo, 'cards-handed-over');

  const history = page.locator('.ant-card').filter({ hasText: '打印记录' });
  await expect(history.getByRole('row').nth(1)).toContainText('服务卡');
  await expect(history.getByRole('row').nth(1)).toContainText(
    await demo.actor.textContent().then((t) => (t ?? '').replace('当前用户：', '').trim()),
  );
});
