import { keepScreenshot, test, expect } from './fixtures/app';
import { InstitutionListPage } from './pages/institution-list';

const ZH = ['首页', '托养机构', '残疾人', '服务人员', '资助发放', '打印', '数据交换', '系统设置'];
const EN = ['Home', 'Institutions', 'Persons', 'Staff', 'Subsidies', 'Printing', 'Data exchange', 'Settings'];

test('English 按钮切换为英文界面，刷新后保持，“中文”切换回来', async ({ page, demo: shell }, testInfo) => {
  await expect(shell.menuItems).toHaveText(ZH);
  await shell.languageButton('English').click();
  await expect(shell.menuItems).toHaveText(EN);
  await expect(shell.languageButton('中文')).toBeVisible();

  await shell.open('Institutions');
  await expect(page.getByRole('heading', { name: 'Care institutions' })).toBeVisible();
  await expect(page.locator('.ant-pagination-total-text')).toHaveText(/^\d+ in total$/);
  await keepScreenshot(page, testInfo, 'institution-list-en');

  await page.reload();
  await expect(shell.menuItems).toHaveText(EN);
  await expect(page.getByRole('heading', { name: 'Care institutions' })).toBeVisible();

  await shell.languageButton('中文').click();
  await expect(shell.menuItems).toHaveText(ZH);
  await expect(new InstitutionListPage(page).heading).toBeVisible();
  await page.reload();
  await expect(shell.menuItems).toHaveText(ZH);
  await expect(shell.languageButton('English')).toBeVisible();
});
