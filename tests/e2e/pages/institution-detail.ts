import type { Locator, Page } from '@playwright/test';
import { buttonName, exactly } from './text';

/** One institution's page: its fields, assessments and 变更记录 (InstitutionDetailPage.tsx). */
export class InstitutionDetailPage {
  readonly editButton: Locator;
  readonly history: Locator;
  readonly historyRows: Locator;

  constructor(readonly page: Page) {
    this.editButton = page.getByRole('button', { name: buttonName('编辑') });
    this.history = page
      .locator('.ant-card')
      .filter({ has: page.locator('.ant-card-head-title', { hasText: exactly('变更记录') }) });
    this.historyRows = this.history.locator('.ant-table-tbody').getByRole('row');
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

  /** History rows of one kind of action (新增, 修改…). */
  historyOf(action: string): Locator {
    return this.historyRows.filter({ has: this.page.getByRole('cell', { name: action, exact: true }) });
  }
}
