import { expect, type Locator, type Page } from '@playwright/test';
import { buttonName, exactly } from './text';

/** 系统设置 → 行政区划 (renderer/pages/settings/DivisionEditor.tsx and DivisionFormModal.tsx). */
export class DivisionsPage {
  readonly tab: Locator;
  readonly rows: Locator;
  readonly modal: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: '行政区划' });
    this.rows = page.locator('.ant-table-tbody').getByRole('row');
    this.modal = page.getByRole('dialog');
  }

  /** The tree row of one division, by its exact name. */
  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByText(exactly(name)) });
  }

  /** The row's expand/collapse button; rows without children have none (antd keeps an invisible spacer). */
  toggle(name: string): Locator {
    return this.row(name).locator('button.ant-table-row-expand-icon:not(.ant-table-row-expand-icon-spaced)');
  }

  async expand(name: string): Promise<void> {
    const toggle = this.toggle(name);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  async addChild(parent: string): Promise<void> {
    await this.row(parent).getByRole('button', { name: '新增下级' }).click();
    await expect(this.modal).toBeVisible();
  }

  modalField(label: string): Locator {
    return this.modal.getByLabel(label, { exact: true });
  }

  modalError(label: string): Locator {
    return this.modal
      .locator('.ant-form-item')
      .filter({ has: this.page.locator(`label[title="${label}"]`) })
      .locator('.ant-form-item-explain-error');
  }

  async confirm(): Promise<void> {
    await this.modal.getByRole('button', { name: buttonName('确定') }).click();
  }
}
