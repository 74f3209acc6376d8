import { type Locator, type Page } from '@playwright/test';
import { chooseOption } from './select';
import { buttonName } from './text';

/** What a clerk types into the 登记残疾人 form; sex and birth date come from the ID, never typed. */
export interface PersonDraft {
  name?: string;
  residentId?: string;
  certNumber?: string;
  /** 居住街道, chosen by typing its name into the searchable select. */
  street?: string;
}

/** 登记残疾人 / 修改残疾人信息 (renderer/pages/persons/PersonFormPage.tsx). */
export class PersonFormPage {
  readonly form: Locator;
  readonly createHeading: Locator;
  readonly saveButton: Locator;
  /** The line under 身份证号 with what the ID says: “男 · 出生 1972-03-15 · 54岁”. */
  readonly derived: Locator;
  /** The warning under 身份证号 when the ID is already registered, and its link. */
  readonly duplicateWarning: Locator;
  readonly openExisting: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator('form');
    this.createHeading = this.form.getByRole('heading', { name: '登记残疾人' });
    this.saveButton = this.form.getByRole('button', { name: buttonName('保存') });
    this.derived = this.item('身份证号').getByTestId('derived');
    this.duplicateWarning = this.item('身份证号').getByRole('alert');
    this.openExisting = this.duplicateWarning.getByRole('link', { name: '查看已登记记录' });
  }

  /** The form item (label, control, hints and message) of one field. */
  item(label: string): Locator {
    return this.form.locator('.ant-form-item').filter({ has: this.page.locator(`label[title="${label}"]`) });
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** The red message under a field. */
  error(label: string): Locator {
    return this.item(label).locator('.ant-form-item-explain-error');
  }

  /** The grey note under a field (残疾人证号: “已按证号填入：…”). */
  extra(label: string): Locator {
    return this.item(label).locator('.ant-form-item-extra');
  }

  /** What a select shows as chosen (残疾类别, 残疾等级, 居住街道…). */
  selected(label: string): Locator {
    return this.item(label).locator('.ant-select-content, .ant-select-selection-item').first();
  }

  async fill(d: PersonDraft): Promise<void> {
    if (d.name !== undefined) await this.field('姓名').fill(d.name);
    if (d.residentId !== undefined) await this.field('身份证号').fill(d.residentId);
    if (d.certNumber !== undefined) await this.field('残疾人证号').fill(d.certNumber);
    if (d.street !== undefined) await this.chooseStreet(d.street);
  }

  /** The street select is searchable: type the name and take the match. */
  async chooseStreet(street: string): Promise<void> {
    await chooseOption(this.page, this.field('居住街道'), street, street);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
