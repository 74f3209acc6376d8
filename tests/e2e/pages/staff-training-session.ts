import { expect, type Locator, type Page } from '@playwright/test';
import { card, formItem, typeRange } from './staff-controls';
import { chooseOption } from './select';
import { buttonName } from './text';

/** 批量登记培训 (renderer/pages/staff/TrainingSessionPage.tsx, /#/staff/training-session). */
export class TrainingSessionPage {
  readonly heading: Locator;
  readonly form: Locator;
  readonly attendeesCard: Locator;
  /** One row per attendee: 人员, 结果, 结业证书编号 and a remove button. */
  readonly attendees: Locator;
  readonly addAttendeeButton: Locator;
  readonly saveButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '批量登记培训', exact: true });
    this.form = page.locator('form');
    this.attendeesCard = card(page, '参训人员');
    this.attendees = this.attendeesCard.locator('.ant-card-body > .ant-row');
    this.addAttendeeButton = this.attendeesCard.getByRole('button', { name: '添加参训人员' });
    this.saveButton = this.form.getByRole('button', { name: buttonName('保存') });
  }

  async fillCourse(c: { course: string; start: string; end: string }): Promise<void> {
    await this.form.getByLabel('培训课程', { exact: true }).fill(c.course);
    await typeRange(formItem(this.form, '开始日期 ~ 结束日期'), c.start, c.end);
  }

  /**
   * Fills the attendee rows in order, adding rows as needed (the page opens with one).
   * `option` is what the 人员 select lists: “姓名（用人单位）”.
   */
  async fillAttendees(list: { name: string; option: string; result: '合格' | '不合格' }[]): Promise<void> {
    for (const [i, a] of list.entries()) {
      if ((await this.attendees.count()) <= i) await this.addAttendeeButton.click();
      const row = this.attendees.nth(i);
      await chooseOption(this.page, row.getByLabel('人员', { exact: true }), a.option, a.name);
      await expect(row).toContainText(a.option);
      await row.getByRole('radio', { name: a.result, exact: true }).check();
    }
    await expect(this.attendees).toHaveCount(list.length);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
