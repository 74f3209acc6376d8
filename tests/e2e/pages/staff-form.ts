import { expect, type Locator, type Page } from '@playwright/test';
import { fieldError, formItem } from './staff-controls';
import { chooseOption } from './select';
import { buttonName } from './text';

export type StaffPost = '社工' | '医疗' | '康复' | '护理' | '心理辅导' | '职业培训' | '就业指导' | '管理' | '公益岗';

/** What a clerk types into the 登记服务人员 form; sex and birth date come from the ID. */
export interface StaffDraft {
  name: string;
  residentId: string;
  /** 用人单位: an institution's name; left alone it is the office's own 区残联公益岗. */
  employer?: string;
  post: StaffPost;
  phone?: string;
}

/** 登记服务人员 / 修改服务人员信息 (renderer/pages/staff/StaffFormPage.tsx). */
export class StaffFormPage {
  readonly form: Locator;
  readonly createHeading: Locator;
  readonly saveButton: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator('form');
    this.createHeading = this.form.getByRole('heading', { name: '登记服务人员' });
    this.saveButton = this.form.getByRole('button', { name: buttonName('保存') });
  }

  item(label: string): Locator {
    return formItem(this.form, label);
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** The red message under a field. */
  error(label: string): Locator {
    return fieldError(this.form, label);
  }

  async fill(d: StaffDraft): Promise<void> {
    await this.field('姓名').fill(d.name);
    await this.field('身份证号').fill(d.residentId);
    if (d.employer !== undefined) {
      await chooseOption(this.page, this.field('用人单位'), d.employer, d.employer);
      await expect(this.item('用人单位')).toContainText(d.employer);
    }
    await chooseOption(this.page, this.field('岗位'), d.post);
    await expect(this.item('岗位')).toContainText(d.post);
    if (d.phone !== undefined) await this.field('联系电话').fill(d.phone);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
