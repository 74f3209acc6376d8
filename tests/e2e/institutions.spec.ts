import os from 'node:os';
import { zhCN as messages } from '#domain/messages';
import { DEMO_INSTITUTIONS } from '#server/services/demo-data';
import { makeCreditCode } from '../fixtures/synthetic';
import { keepScreenshot, openApp, test, expect } from './fixtures/app';
import { InstitutionDetailPage } from './pages/institution-detail';
import { InstitutionFormPage, type InstitutionDraft } from './pages/institution-form';
import { InstitutionListPage } from './pages/institution-list';

/** A credit code with a wrong check character: the last one swapped for another valid one. */
function withWrongCheckChar(code: string): string {
  return code.slice(0, 17) + (code.endsWith('0') ? '1' : '0');
}

/** The clerk the host records (server/paths.ts osActor): the OS user running the tests. */
function clerk(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

const CREDIT_CODE = makeCreditCode();
const NAME = '龙岗区晨光托养服务中心';
const DRAFT: InstitutionDraft = {
  name: NAME,
  ownership: '民办',
  street: '龙城街道',
  address: '深圳市龙岗区龙城街道测试路8号',
  personInCharge: '王测试',
  phone: '0755-28880000',
  modes: ['寄宿制托养', '日间照料'],
  beds: 20,
  dayPlaces: 30,
};

test('登记托养机构：校验位错误不保存；改正后保存、可查询、可修改并留痕，重启后仍在', async ({
  page,
  host,
  demo: shell,
}, testInfo) => {
  const list = new InstitutionListPage(page);
  const form = new InstitutionFormPage(page);
  const detail = new InstitutionDetailPage(page);

  await shell.open('托养机构');
  const before = await list.totalCount();

  // A wrong check character is caught on the field, with the domain rule's Chinese message.
  await list.createButton.click();
  await expect(form.createHeading).toBeVisible();
  await form.fill({ ...DRAFT, creditCode: withWrongCheckChar(CREDIT_CODE) });
  await form.save();
  await expect(form.error('统一社会信用代码')).toHaveText(messages['creditCode.checkChar']);
  await expect(form.createHeading).toBeVisible();
  await keepScreenshot(page, testInfo, 'institution-form-credit-code-error');

  // Nothing was saved: the list, freshly loaded, has the same count.
  await shell.open('托养机构');
  await page.reload();
  await list.expectTotal(before);
  await expect(list.row(NAME)).toHaveCount(0);

  // With the right code it saves and opens the new record.
  await list.createButton.click();
  await form.fill({ ...DRAFT, creditCode: CREDIT_CODE });
  await expect(form.error('统一社会信用代码')).toHaveCount(0);
  await form.save();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(detail.title(NAME)).toBeVisible();
  await expect(detail.value('统一社会信用代码')).toHaveText(CREDIT_CODE);
  await expect(detail.value('所属街道')).toHaveText('龙城街道');
  await expect(detail.value('负责人')).toHaveText('王测试');
  await expect(detail.value('床位数')).toHaveText('20');
  await expect(detail.historyOf('新增')).toHaveCount(1);

  // The list counts it, and the search box finds it by a piece of its name or of its code.
  await shell.open('托养机构');
  await list.expectTotal(before + 1);
  await list.search('晨光');
  await list.expectTotal(1);
  await expect(list.row(NAME)).toBeVisible();
  await list.search(CREDIT_CODE.slice(8, 14).toLowerCase());
  await list.expectTotal(1);
  await expect(list.row(NAME)).toContainText(CREDIT_CODE);
  await keepScreenshot(page, testInfo, 'institution-list-search');

  // Edit: the detail shows the new values and the history says what changed and who did it.
  await list.openInstitution(NAME);
  await detail.editButton.click();
  await expect(form.editHeading).toBeVisible();
  await expect(form.field('机构名称')).toHaveValue(NAME);
  await form.fill({ personInCharge: '李测试', beds: 25 });
  await form.save();
  await expect(detail.title(NAME)).toBeVisible();
  await expect(detail.value('负责人')).toHaveText('李测试');
  await expect(detail.value('床位数')).toHaveText('25');
  const change = detail.historyOf('修改');
  await expect(change).toHaveCount(1);
  await expect(change).toContainText(clerk());
  await expect(change).toContainText('负责人：王测试 → 李测试');
  await expect(change).toContainText('床位数：20 → 25');
  await keepScreenshot(page, testInfo, 'institution-detail-history');

  // Stop the host and start it again on the same data folder.
  const oldToken = host.token;
  await host.restart();
  expect(host.token).not.toBe(oldToken);
  // The old session does not open the restarted host; its new address does.
  await page.goto(`${host.origin}/`);
  await expect(page.getByText(messages['host.noToken'])).toBeVisible();
  await openApp(page, host);
  await shell.open('托养机构');
  await list.expectTotal(before + 1);
  await list.search('晨光');
  await list.openInstitution(NAME);
  await expect(detail.value('负责人')).toHaveText('李测试');
  await expect(detail.value('床位数')).toHaveText('25');
  await expect(detail.historyOf('修改')).toContainText('负责人：王测试 → 李测试');
});

test('寄宿制托养床位数为 0 时床位数字段报错，不保存', async ({ page, demo: shell }, testInfo) => {
  const list = new InstitutionListPage(page);
  const form = new InstitutionFormPage(page);
  await shell.open('托养机构');
  const before = await list.totalCount();

  await list.createButton.click();
  await form.fill({ ...DRAFT, name: '龙岗区零床位测试托养院', modes: ['寄宿制托养'], beds: 0, dayPlaces: 0 });
  await form.save();
  await expect(form.error('床位数')).toHaveText(messages['institution.beds.requiredForResidential']);
  await expect(form.createHeading).toBeVisible();
  await keepScreenshot(page, testInfo, 'institution-form-beds-error');

  await shell.open('托养机构');
  await page.reload();
  await list.expectTotal(before);
});

test('从详情返回列表时，查询条件和结果保留', async ({ page, demo: shell }) => {
  const list = new InstitutionListPage(page);
  const filtered = DEMO_INSTITUTIONS.filter((d) => d.name.includes('托养中心')).length;
  await shell.open('托养机构');
  await list.search('托养中心');
  await list.expectTotal(filtered);
  await list.openInstitution('龙岗区残疾人托养中心');
  await expect(new InstitutionDetailPage(page).title('龙岗区残疾人托养中心')).toBeVisible();
  await page.goBack();
  await expect(list.searchBox).toHaveValue('托养中心');
  await list.expectTotal(filtered);
});

test('归档托养机构：确认后不再出现在列表中，勾选“含已归档”仍可查到并恢复，变更记录留痕', async ({
  page,
  demo: shell,
}) => {
  const name = '龙岗区启智日间照料中心';
  await shell.open('托养机构');
  const list = new InstitutionListPage(page);
  await list.openInstitution(name);
  await page.getByRole('button', { name: /归\s*档/ }).click();
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(page.getByText('已归档', { exact: true })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '归档' })).toBeVisible();

  await shell.open('托养机构');
  await list.expectTotal(DEMO_INSTITUTIONS.length - 1);
  await expect(list.row(name)).toHaveCount(0);
  // The filter lives in the URL, so the box turns on once the list has re-read it.
  const archived = page.getByRole('checkbox', { name: '含已归档' });
  await archived.click();
  await expect(archived).toBeChecked();
  await list.settled();
  await list.expectTotal(DEMO_INSTITUTIONS.length);
  await list.openInstitution(name);
  await page.getByRole('button', { name: /恢\s*复/ }).click();
  await expect(page.getByText('已归档', { exact: true })).toHaveCount(0);
});
