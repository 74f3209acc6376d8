import { readdirSync } from 'node:fs';
import { fillUp, mountRefusal, mountTmpfs, unmountAll } from '../server/mounts';
import { buttonName } from './pages/text';
import { test, expect } from './fixtures/app';
import { ExportPanelPage } from './pages/export-panel';
import { PackagesPanel } from './pages/packages-panel';

/**
 * A full USB stick (a 64 kB tmpfs filled to the last byte), as the clerk meets it: the export is
 * refused where the clerk acted, naming the folder and what to do, and nothing is left on it.
 */
test.skip(mountRefusal !== null, mountRefusal ?? '');
test.afterEach(() => unmountAll());

const PASSWORD = 'Pinghu2026!';

test('U 盘已满：Excel 导出说明哪个文件夹空间不足，不留下文件', async ({ page, demo }) => {
  const stick = mountTmpfs({ size: '64k' });
  fillUp(stick);
  await demo.open('数据交换');
  const panel = new ExportPanelPage(page);
  await panel.open();
  await panel.exportTo(stick);
  await expect(panel.failure).toContainText(
    `“${stick}”所在磁盘空间不足，文件未保存，也未留下不完整的文件。请清理空间或换一个 U 盘后重试`,
  );
  await expect(panel.saved).toBeHidden();
  expect(readdirSync(stick)).toEqual(['filler.bin']);
});

test('U 盘已满：生成数据包时在保存位置下说明原因，不留下文件，编号不变', async ({ page, demo }) => {
  const stick = mountTmpfs({ size: '64k' });
  fillUp(stick);
  await demo.open('数据交换');
  const panel = new PackagesPanel(page);
  await panel.open();
  await panel.becomeStreet('平湖街道');
  await expect(panel.exportCard.getByTestId('next-sequence')).toContainText('1');
  await panel.exportCard.getByRole('combobox', { name: '保存位置' }).fill(stick);
  await panel.exportCard.getByLabel('数据包密码', { exact: true }).fill(PASSWORD);
  await panel.exportCard.getByLabel('确认密码', { exact: true }).fill(PASSWORD);
  await panel.exportCard.getByRole('button', { name: buttonName('生成数据包') }).click();
  await expect(
    panel.exportCard.getByText(
      `“${stick}”所在磁盘空间不足，文件未保存，也未留下不完整的文件。请清理空间或换一个 U 盘后重试`,
    ),
  ).toBeVisible();
  await expect(panel.exportCard.getByText(/^已保存并核对：/)).toBeHidden();
  expect(readdirSync(stick)).toEqual(['filler.bin']);
  await expect(panel.exportCard.getByTestId('next-sequence')).toContainText('1');
});
