import { zhCN as messages } from '#domain/messages';
import { keepScreenshot, test, expect } from './fixtures/app';
import { DivisionsPage } from './pages/divisions';

test('行政区划：社区代码与街道前缀不符时报错，改正后出现在树中', async ({ page, demo: shell }, testInfo) => {
  await shell.open('系统设置');
  const divisions = new DivisionsPage(page);
  await expect(divisions.tab).toHaveAttribute('aria-selected', 'true');
  await divisions.expand('龙岗区');
  await expect(divisions.row('龙城街道')).toContainText('440307006000');
  await divisions.expand('龙城街道');
  await expect(divisions.row('龙西社区')).toBeVisible();
  // Communities are the lowest level: nothing to expand.
  await expect(divisions.toggle('龙西社区')).toHaveCount(0);

  await divisions.addChild('龙城街道');
  await expect(divisions.modal).toContainText('新增下级：龙城街道');
  // The code starts prefilled with the street's 9-digit prefix.
  await expect(divisions.modalField('区划代码')).toHaveValue('440307006');
  await divisions.modalField('名称').fill('晨光社区');
  // 440307001… is 平湖街道's prefix, not 龙城街道's.
  await divisions.modalField('区划代码').fill('440307001099');
  await divisions.confirm();
  await expect(divisions.modalError('区划代码')).toHaveText(messages['division.code.parentPrefix']);
  await keepScreenshot(page, testInfo, 'division-code-error');

  await divisions.modalField('区划代码').fill('440307006099');
  await divisions.confirm();
  await expect(divisions.modal).toBeHidden();
  await expect(divisions.row('晨光社区')).toBeVisible();
  await expect(divisions.row('晨光社区')).toContainText('440307006099');
  await expect(divisions.row('晨光社区')).toContainText('社区（村）');
  await keepScreenshot(page, testInfo, 'division-tree');

  // It was saved, not just drawn: still there after a reload.
  await page.reload();
  await divisions.expand('龙岗区');
  await divisions.expand('龙城街道');
  await expect(divisions.row('晨光社区')).toBeVisible();
});
