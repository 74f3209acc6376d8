import { expect, type Locator, type Page } from '@playwright/test';
import { tableSettled } from './staff-controls';

/** 上岗证预警 (renderer/pages/staff/PermitWorklistPage.tsx, /#/staff/permits). */
export class PermitWorklistPage {
  readonly heading: Locator;
  readonly days: Locator;
  readonly rows: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '上岗证预警', exact: true });
    this.days = page.getByLabel('到期预警天数', { exact: true });
    this.rows = page
      .locator('.ant-table-tbody')
      .getByRole('row')
      .filter({ has: page.getByRole('link') });
    this.empty = page.locator('.ant-table-tbody').getByText('所有在岗人员均持有效上岗证', { exact: true });
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The warning window in days, kept in the hash route (#/staff/permits?days=…). */
  daysInUrl(): string | null {
    return new URLSearchParams(new URL(this.page.url()).hash.split('?')[1] ?? '').get('days');
  }

  /** Types a new warning window and waits for the worklist of that window. */
  async setDays(days: number): Promise<void> {
    await this.days.fill(String(days));
    await expect.poll(() => this.daysInUrl()).toBe(String(days));
    await tableSettled(this.page);
  }
}
