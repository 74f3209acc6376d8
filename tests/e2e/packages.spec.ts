import { zhCN as messages } from '#domain/messages';
import { makeCert, makeResidentId } from '../fixtures/synthetic';
import { keepScreenshot, openApp, test, expect } from './fixtures/app';
import { BrowserHost, makeDataDir, removeDataDir } from './fixtures/host';
import { FirstRunPage } from './pages/app-shell';
import { PackagesPanel } from './pages/packages-panel';
import { PersonDetailPage } from './pages/person-detail';
import { PersonFormPage } from './pages/person-form';
import { PersonListPage } from './pages/person-list';
import { buttonName } from './pages/text';

const PASSWORD = 'Pinghu2026!';

test('数据包：街道上报，区残联登记公钥后导入；再次导入提示已导入，密码错误给出提示，遗失的数据包须确认后才跳过', async ({
  page,
  demo: street,
  browser,
}, testInfo) => {
  // 平湖街道's copy: the demo register set up as a street office, with one recipient of its own.
  const residentId = makeResidentId({ birth: '1991-07-08', seq: 61 });
  await street.open('残疾人');
  await page.getByRole('button', { name: /登记残疾人/ }).click();
  const form = new PersonFormPage(page);
  await form.fill({ name: '卓一帆', residentId, certNumber: makeCert(residentId, 4, 3), street: '平湖街道' });
  await form.save();
  await expect(new PersonDetailPage(page).title('卓一帆')).toBeVisible();

  await street.open('数据交换');
  const out = new PackagesPanel(page);
  await out.open();
  await out.becomeStreet('平湖街道');
  await expect(out.office.getByTestId('office-name')).toHaveText('平湖街道残疾人联合会');
  const streetFingerprint = (await out.fingerprint.textContent()) ?? '';
  const keyFile = await out.exportKey();
  expect(keyFile).toMatch(/440307001000-平湖街道残疾人联合会\.shrkey$/);
  await expect(out.exportCard.getByTestId('next-sequence')).toHaveText('将生成第 1 号数据包');
  const packageFile = await out.exportPackage(PASSWORD);
  expect(packageFile).toMatch(/440307001000-平湖街道残疾人联合会-数据包第0001号-\d{8}\.shrpkg$/);
  await expect(out.exportCard.getByTestId('export-rows')).toContainText('残疾人 1 人');
  await expect(out.exportCard.getByTestId('next-sequence')).toHaveText('将生成第 2 号数据包');
  await keepScreenshot(page, testInfo, 'package-exported');

  // 龙岗区残联: a second browser host on its own data folder, in its own browser context.
  const districtDir = await makeDataDir();
  const districtHost = await BrowserHost.start(districtDir);
  const context = await browser.newContext();
  try {
    const districtPage = await context.newPage();
    await openApp(districtPage, districtHost);
    const district = await new FirstRunPage(districtPage).chooseDemo();
    await district.open('数据交换');
    const inbox = new PackagesPanel(districtPage);
    await inbox.open();

    expect(await inbox.registerLowerOffice(keyFile)).toBe(streetFingerprint);
    await expect(inbox.lowerOffice('平湖街道残疾人联合会')).toContainText('尚未接收');

    await inbox.importPackage(packageFile, PASSWORD);
    await expect(inbox.result).toContainText('已导入“平湖街道残疾人联合会”的第 1 号数据包');
    await expect(inbox.resultCell('残疾人', '新增')).toHaveText('1');
    await expect(inbox.resultCell('托养机构', '无变化')).toHaveText('20');
    await expect(inbox.lowerOffice('平湖街道残疾人联合会')).toContainText('第 1 号');
    await keepScreenshot(districtPage, testInfo, 'package-imported');

    // The same package again: told it was imported already, nothing changed.
    await inbox.importPackage(packageFile, PASSWORD);
    await expect(inbox.result).toContainText('“平湖街道残疾人联合会”的第 1 号数据包已经导入过，本次未作任何改动');

    // A wrong password: refused with the reason on the password field.
    await inbox.importPackage(packageFile, 'Pinghu2026?');
    await expect(inbox.refused).toContainText(messages['packages.password.wrong']);
    await expect(inbox.passwordError()).toHaveText(messages['packages.password.wrong']);
    await expect(inbox.log.locator('.ant-table-tbody').getByRole('row').first()).toContainText('已拒绝');
    await keepScreenshot(districtPage, testInfo, 'package-wrong-password');

    // No. 2 is lost on the way; no. 3 is refused until the clerk confirms skipping it.
    await out.exportPackage(PASSWORD);
    const third = await out.exportPackage(PASSWORD);
    expect(third).toMatch(/数据包第0003号/);
    await inbox.importPackage(third, PASSWORD);
    await expect(inbox.refused).toContainText('缺少“平湖街道残疾人联合会”的第2号数据包');
    await inbox.refused.getByRole('button', { name: '确认已遗失，跳过并导入' }).click();
    await districtPage
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonName('确定') })
      .click();
    await expect(inbox.result).toContainText(
      '已导入“平湖街道残疾人联合会”的第 3 号数据包；已按确认跳过遗失的第 2 号数据包',
    );
    await expect(inbox.lowerOffice('平湖街道残疾人联合会')).toContainText('第 3 号');

    // The recipient is in the district's register now, showing where it came from.
    await district.open('残疾人');
    const list = new PersonListPage(districtPage);
    await list.search('卓一帆');
    await list.openPerson('卓一帆');
    await expect(new PersonDetailPage(districtPage).value('来源单位')).toHaveText(
      '平湖街道残疾人联合会（第 1 号数据包）',
    );
  } finally {
    await context.close();
    await districtHost.stop();
    await removeDataDir(districtDir);
  }
});
