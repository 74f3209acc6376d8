import { expect, type Locator, type Page } from '@playwright/test';
import { card, fieldError, formItem, typeDate, typeRange } from './staff-controls';
import { buttonName, exactly } from './text';

/** One person's page: details, 上岗证, 培训记录, 职业（执业）资格, 变更记录 (StaffDetailPage.tsx). */
export class StaffDetailPage {
  /** 上岗证 card (PermitCard.tsx): the permits table and 发放上岗证. */
  readonly permits: Locator;
  readonly issueButton: Locator;
  readonly permitRows: Locator;
  /** The permits table when empty: “未持证”. */
  readonly noPermit: Locator;
  /** 培训记录 card (TrainingCard.tsx). */
  readonly training: Locator;
  readonly trainButton: Locator;
  readonly trainingRows: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.permits = card(page, '上岗证');
    this.issueButton = this.permits.getByRole('button', { name: '发放上岗证' });
    this.permitRows = this.permits.locator('.ant-table-tbody > tr.ant-table-row');
    this.noPermit = this.permits.locator('.ant-table-placeholder').getByText('未持证', { exact: true });
    this.training = card(page, '培训记录');
    this.trainButton = this.training.getByRole('button', { name: '登记培训' });
    this.trainingRows = this.training.locator('.ant-table-tbody > tr.ant-table-row');
    this.history = card(page, '变更记录');
  }

  title(name: string): Locator {
    return this.page.locator('.ant-card-head-title').getByRole('heading', { name, exact: true });
  }

  /** The value cell beside a label in the details table. */
  value(label: string): Locator {
    return this.page
      .locator('.ant-descriptions-item-label')
      .filter({ hasText: exactly(label) })
      .locator('xpath=following-sibling::*[contains(@class, "ant-descriptions-item-content")][1]');
  }

  /** A permit's row in the 上岗证 table, by its number. */
  permitRow(number: string): Locator {
    return this.permitRows.filter({ has: this.page.getByRole('cell', { name: number, exact: true }) });
  }

  /** The number cell (证号, the first column) of every permit row. */
  permitNumbers(): Locator {
    return this.permitRows.locator('td:first-child');
  }
}

/** 登记培训 dialog on the person's page (TrainingCard.tsx). */
export class TrainingDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page
      .getByRole('dialog')
      .filter({ has: page.locator('.ant-modal-title', { hasText: exactly('登记培训') }) });
  }

  /** Course, dates and result; hours stay at the dialog's 16. */
  async record(t: { course: string; start: string; end: string; result: '合格' | '不合格' }): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByLabel('培训课程', { exact: true }).fill(t.course);
    await typeRange(formItem(this.dialog, '开始日期 ~ 结束日期'), t.start, t.end);
    await this.dialog.getByRole('radio', { name: t.result, exact: true }).check();
    await this.dialog.getByRole('button', { name: buttonName('确定') }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** 发放上岗证 / 续期 / 暂停 / 恢复 / 吊销 dialog (PermitCard.tsx). */
export class PermitDialog {
  readonly dialog: Locator;
  /** The red banner for refusals that belong to no field (no passed training…). */
  readonly banner: Locator;
  readonly okButton: Locator;
  readonly cancelButton: Locator;

  constructor(
    readonly page: Page,
    title: '发放上岗证' | '续期' | '暂停' | '恢复' | '吊销' = '发放上岗证',
  ) {
    this.dialog = page
      .getByRole('dialog')
      .filter({ has: page.locator('.ant-modal-title', { hasText: exactly(title) }) });
    this.banner = this.dialog.locator('.ant-alert-error');
    this.okButton = this.dialog.getByRole('button', { name: buttonName('确定') });
    this.cancelButton = this.dialog.getByRole('button', { name: buttonName('取消') });
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  error(label: string): Locator {
    return fieldError(this.dialog, label);
  }

  /** Sets the issue date and validity (the dialog opens on today and 3 years). */
  async setDates(d: { issueDate?: string; validYears?: number }): Promise<void> {
    if (d.issueDate !== undefined) await typeDate(this.field('发证日期'), d.issueDate);
    if (d.validYears !== undefined) await this.field('有效期（年）').fill(String(d.validYears));
  }

  async confirm(): Promise<void> {
    await this.okButton.click();
  }
}
