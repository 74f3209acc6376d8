import ExcelJS from 'exceljs';
import { rowBombXml, xlsxOf } from '../fixtures/raw-xlsx';
import { makeCert, makeResidentId } from '../fixtures/synthetic';
import { keepScreenshot, test, expect } from './fixtures/app';
import { ImportPanelPage } from './pages/import-panel';
import { PersonListPage } from './pages/person-list';

// Invented people only (valid check characters); the streets and communities are the demo district's.
const HEADER = ['姓名', '身份证号', '残疾人证号', '居住街道', '居住社区'];
const id = (seq: number) => makeResidentId({ birth: '1972-03-04', seq });
const person = (name: string, seq: number, street: string, community: string) => [
  name,
  id(seq),
  makeCert(id(seq), 1, 2),
  street,
  community,
];

/** A street office's workbook: one sheet per street, the same header (the second under a title, its columns in another order). */
async function streetWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const first = wb.addWorksheet('龙城街道');
  first.addRow(HEADER);
  first.addRow(person('周文静', 21, '龙城街道', '龙西社区'));
  first.addRow(person('吴海涛', 22, '龙城街道', '愉园社区'));
  const second = wb.addWorksheet('平湖街道');
  second.addRow(['平湖街道残疾人名单']);
  const order = [0, 3, 4, 1, 2];
  second.addRow(order.map((i) => HEADER[i]));
  // 吴海涛 moved: he is on both lists.
  for (const p of [person('郑晓燕', 23, '平湖街道', '平湖社区'), person('吴海涛', 22, '平湖街道', '山厦社区')])
    second.addRow(order.map((i) => p[i]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('Excel 导入：一个工作簿的两个工作表一起校验、一起导入，两表都有的人报为重复并指出第一次出现的工作表和行', async ({
  page,
  demo: shell,
}, testInfo) => {
  const panel = new ImportPanelPage(page);
  await shell.open('数据交换');
  await panel.upload('各街道名单.xlsx', await streetWorkbook());
  await expect(panel.shown(panel.sheet)).toContainText('龙城街道');
  await panel.moreSheet('平湖街道').check();

  await panel.preview();
  await expect(panel.count('数据行')).toHaveText('4');
  await expect(panel.count('有效')).toHaveText('3');
  await expect(panel.count('有错误')).toHaveText('1');
  await expect(panel.count('表内重复')).toHaveText('1');
  await expect(panel.sheetError('平湖街道', 4)).toContainText('与工作表“龙城街道”第 3 行的身份证号重复');
  await expect(panel.sheetError('平湖街道', 4)).toContainText(id(22));
  await expect(panel.commitButton).toHaveText(/导入 3 条有效记录/);
  await keepScreenshot(page, testInfo, 'import-two-sheets');

  const confirmation = await panel.commit();
  expect(confirmation).toContain('将导入 3 条有效记录；1 行有错误，将被跳过，不会导入。');
  await expect(panel.committed).toContainText('已导入 3 条记录');

  await shell.open('残疾人');
  const list = new PersonListPage(page);
  await list.expectTotal(3);
  for (const name of ['周文静', '吴海涛', '郑晓燕']) await expect(list.row(name)).toHaveCount(1);
});

test('Excel 导入：几百 KB 的文件里一个工作表有上百万行（超过 Excel 的行数上限），立即拒绝并说明原因，不导入任何内容', async ({
  page,
  demo: shell,
}) => {
  const panel = new ImportPanelPage(page);
  await shell.open('数据交换');
  await panel.upload('花名册.xlsx', xlsxOf({ 残疾人: rowBombXml(HEADER, 1_100_000) }));
  await expect(panel.refused).toContainText('工作表“残疾人”超过 1,048,576 行');
  await expect(panel.previewButton).toHaveCount(0);
  await shell.open('残疾人');
  await new PersonListPage(page).expectTotal(0);
});
