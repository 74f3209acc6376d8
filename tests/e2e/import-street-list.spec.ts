import { streetListWorkbook } from '../fixtures/street-list';
import { makeCert, makeResidentId } from '../fixtures/synthetic';
import { keepScreenshot, test, expect } from './fixtures/app';
import { ImportPanelPage } from './pages/import-panel';
import { PersonDetailPage } from './pages/person-detail';
import { PersonFormPage } from './pages/person-form';
import { PersonListPage } from './pages/person-list';

// A street office's own list (tests/fixtures/street-list.ts): title rows, 监护人 without a relation
// column, 托养方式 without start dates, phones written every which way. Invented people only.
const PLACES = { street: '龙城街道', community: '龙西社区', dayCare: '龙岗区残疾人托养中心' };
const DATE_MESSAGE = '请填写有效日期（年-月-日）';

test('Excel 导入：街道自己的名单按建议的列对应，回答一次托养开始日期后导入有效行，电话按统一格式保存', async ({
  page,
  demo: shell,
}, testInfo) => {
  const wb = await streetListWorkbook(PLACES);
  const panel = new ImportPanelPage(page);
  await shell.open('数据交换');
  await panel.upload(wb.fileName, wb.buffer);
  await expect(panel.shown(panel.headerRow)).toContainText(`第 ${wb.headerRow} 行`);
  await expect(panel.shown(panel.mapping('监护人姓名'))).toContainText('K 列 · 监护人');
  await expect(panel.shown(panel.mapping('居住街道'))).toContainText('G 列 · 街道（乡镇）');
  await expect(panel.shown(panel.mapping('居住社区'))).toContainText('H 列 · 社区(村)');
  await expect(panel.shown(panel.mapping('与监护人关系'))).toContainText('不导入');
  await expect(panel.shown(panel.mapping('托养开始日期'))).toContainText('不导入');

  // Said once, above the buttons: what is left out, what is missing, and the one question.
  await expect(panel.unmatched).toContainText('以下列没有对应到任何登记项，不会导入：A“序号”、O“兴趣爱好”');
  await expect(panel.relationMissing).toContainText('关系记为“未知”');
  await expect(panel.careStart).toContainText('表中有“托养方式”列，但没有“托养开始日期”列');

  // Unanswered, nothing is checked: the question says so, not every row.
  await panel.previewButton.click();
  await expect(panel.careStartError).toHaveText(
    '表中没有“托养开始日期”列：请填写本次统一使用的托养开始日期，或选择本次不导入托养安置',
  );
  await expect(panel.summary).toHaveCount(0);
  // A day the calendar does not have is refused with the one date message.
  await panel.careStartOn('2023-02-30');
  await panel.previewButton.click();
  await expect(panel.careStartError).toHaveText(DATE_MESSAGE);
  await expect(panel.summary).toHaveCount(0);

  await panel.careStartOn('2026-01-05');
  await panel.preview();
  await expect(panel.careStartError).toHaveCount(0);
  await expect(panel.count('数据行')).toHaveText(String(wb.good.length + 1));
  await expect(panel.count('有效')).toHaveText(String(wb.good.length));
  await expect(panel.count('有错误')).toHaveText('1');
  await expect(panel.count('同时安置托养')).toHaveText('2');
  await expect(panel.error(wb.badRow, '身份证号码')).toHaveCount(1);
  const warnings = await panel.openWarnings();
  await expect(warnings.getByText('性别列为“女”，身份证号显示为“男”，两者不一致，以身份证号为准')).toBeVisible();
  await expect(
    warnings.getByText('出生日期列为“1980-05-05”，身份证号显示为 1981-05-05，两者不一致，以身份证号为准'),
  ).toBeVisible();
  await expect(warnings.getByText('姓名“王 芳”中的空格已去掉，按“王芳”导入，请核对')).toBeVisible();
  await keepScreenshot(page, testInfo, 'street-list-preview');

  await panel.commit();
  await expect(panel.committed).toContainText(`已导入 ${wb.good.length} 条记录`);
  await expect(panel.committed).toContainText('其中 2 人同时办理了托养安置');

  await shell.open('残疾人');
  const list = new PersonListPage(page);
  await list.expectTotal(wb.good.length);
  await list.openPerson('王芳');
  const detail = new PersonDetailPage(page);
  await expect(detail.title('王芳')).toBeVisible();
  await expect(detail.value('联系电话')).toHaveText('13605865048');
  await expect(detail.value('监护人')).toContainText('王大山（未知）0755-12345678');
  await expect(detail.enrolmentRows.first()).toContainText('2026-01-05');
});

test('登记残疾人：发证日期键入不存在的日期 2023-02-30，给出统一的中文提示，不保存', async ({ page, demo: shell }) => {
  const form = new PersonFormPage(page);
  await shell.open('残疾人');
  await new PersonListPage(page).createButton.click();
  const id = makeResidentId({ birth: '1980-04-04', seq: 7 });
  await form.fill({ name: '陈小红', residentId: id, certNumber: makeCert(id, 5, 2), street: PLACES.street });
  const date = form.field('发证日期');
  await date.click();
  await date.fill('2023-02-30');
  await date.press('Tab');
  await expect(form.error('发证日期')).toHaveText(DATE_MESSAGE);
  await form.saveButton.click();
  await expect(form.error('发证日期')).toHaveText(DATE_MESSAGE);
  await expect(form.createHeading).toBeVisible();

  // A leap day is a day.
  await date.click();
  await date.fill('2024-02-29');
  await date.press('Tab');
  await expect(form.error('发证日期')).toHaveCount(0);
});
