import { expect, type Locator, type Page } from '@playwright/test';
import { fieldError, formItem } from './staff-controls';
import { chooseOption } from './select';
import { buttonName, exactly } from './text';

export interface VolunteerDraft {
  name?: string;
  /** 专业背景 as labelled: 心理咨询, 康复, 护理… */
  backgrounds?: string[];
  organisation?: string;
  hours?: number;
  /** One 服务机构, by name. */
  institution?: string;
}

/** 志愿者 (renderer/pages/volunteers/VolunteersPage.tsx, /#/volunteers). */
export class VolunteersPage {
  readonly heading: Locator;
  readonly createButton: Locator;
  readonly rows: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '志愿者', exact: true });
    this.createButton = page.getByRole('button', { name: '登记志愿者' });
    this.rows = page.locator('.ant-table-tbody > tr.ant-table-row');
    this.dialog = page
      .getByRole('dialog')
      .filter({ has: page.locator('.ant-modal-title', { hasText: exactly('登记志愿者') }) });
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  /** The red message under a field of the dialog. */
  error(label: string): Locator {
    return fieldError(this.dialog, label);
  }

  async openCreate(): Promise<void> {
    await this.createButton.click();
    await expect(this.dialog).toBeVisible();
  }

  async fill(v: VolunteerDraft): Promise<void> {
    if (v.name !== undefined) await this.dialog.getByLabel('姓名', { exact: true }).fill(v.name);
    for (const b of v.backgrounds ?? []) await this.dialog.getByRole('checkbox', { name: b, exact: true }).check();
    if (v.organisation !== undefined) await this.dialog.getByLabel('所在单位', { exact: true }).fill(v.organisation);
    if (v.hours !== undefined) await this.dialog.getByLabel('服务时长（小时）', { exact: true }).fill(String(v.hours));
    if (v.institution !== undefined) {
      await chooseOption(this.page, this.dialog.getByLabel('服务机构', { exact: true }), v.institution, v.institution);
      // Close the option list by clicking the dialog's title (Escape would close the dialog).
      await this.dialog.locator('.ant-modal-title').click();
      await expect(formItem(this.dialog, '服务机构')).toContainText(v.institution);
    }
  }

  async confirm(): Promise<void> {
    await this.dialog.getByRole('button', { name: buttonName('确定') }).click();
  }
}
