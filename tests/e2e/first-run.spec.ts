import { DEMO_INSTITUTIONS } from '#server/services/demo-data';
import { keepScreenshot, openApp, test, expect } from './fixtures/app';
import { FirstRunPage } from './pages/app-shell';
import { InstitutionListPage } from './pages/institution-list';

const MENU = ['首页', '托养机构', '残疾人', '服务人员', '资助发放', '打印', '数据交换', '系统设置'];

test('首次运行：载入演示数据后显示主界面、托养机构列表，未建成的页面明确提示', async ({
  page,
  host,
  dataDir,
}, testInfo) => {
  await openApp(page, host);
  const firstRun = new FirstRunPage(page);
  await expect(firstRun.title).toBeVisible();
  await expect(firstRun.demo).toBeVisible();
  await expect(firstRun.empty).toBeVisible();
  // The clerk is told which file this register lives in: the fresh folder of this test.
  await expect(firstRun.dataFile).toContainText(dataDir);
  await keepScreenshot(page, testInfo, 'first-run');

  const shell = await firstRun.chooseDemo();
  await expect(shell.menuItems).toHaveText(MENU);
  await expect(page.getByRole('heading', { name: '阳光家园托养服务管理系统' })).toBeVisible();
  await expect(page.getByText('龙岗区', { exact: true })).toBeVisible();
  await keepScreenshot(page, testInfo, 'home');

  await shell.open('托养机构');
  const list = new InstitutionListPage(page);
  await expect(list.heading).toBeVisible();
  await expect(list.row('龙岗区残疾人托养中心')).toBeVisible();
  await expect(list.row('龙岗区残疾人托养中心')).toContainText('龙城街道');
  await list.expectTotal(DEMO_INSTITUTIONS.length);
  await keepScreenshot(page, testInfo, 'institution-list');

  // A section later versions fill in says so instead of showing an empty page.
  await shell.open('资助发放');
  await expect(page.getByText('功能建设中', { exact: true })).toBeVisible();
  await expect(page.getByText('“资助发放”功能正在建设中，将在后续版本提供。')).toBeVisible();
  await keepScreenshot(page, testInfo, 'not-built');

  // The choice is made once: the register opens straight into the app from now on.
  await page.reload();
  await expect(shell.menuItems).toHaveText(MENU);
  await expect(firstRun.title).toBeHidden();
});

test('首次运行：从空白开始得到空的托养机构列表', async ({ page, host }) => {
  await openApp(page, host);
  await new FirstRunPage(page).empty.click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: '托养机构' }).click();
  const list = new InstitutionListPage(page);
  await expect(list.heading).toBeVisible();
  await expect(page.locator('.ant-empty-description')).toHaveText('暂无数据');
  await expect(list.rows.getByRole('link')).toHaveCount(0);
});
