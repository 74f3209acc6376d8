import type { Locator, Page } from '@playwright/test';
import { exactly } from './text';

/** 在托人员 and 入住率 on an institution's page (renderer/pages/institutions/RecipientsCard.tsx). */
export class RecipientsCard {
  readonly card: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.card = page
      .locator('.ant-card')
      .filter({ has: page.locator('.ant-card-head-title', { hasText: exactly('在托人员') }) });
    this.rows = this.card
      .locator('.ant-table-tbody')
      .getByRole('row')
      .filter({ has: page.getByRole('link') });
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** 入住率（寄宿制托养） or 入住率（日间照料）: “used / capacity（rate）”. */
  occupancy(mode: '寄宿制托养' | '日间照料'): Locator {
    return this.card
      .locator('.ant-descriptions-item-label')
      .filter({ hasText: exactly(`入住率（${mode}）`) })
      .locator('xpath=following-sibling::*[contains(@class, "ant-descriptions-item-content")][1]');
  }
}
