import { expect, type Locator, type Page } from '@playwright/test';

/** 年审 on a chosen reference date (renderer/pages/persons/AnnualReviewPage.tsx). */
export class AnnualReviewPage {
  readonly heading: Locator;
  readonly refDate: Locator;
  readonly total: Locator;
  readonly rows: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '年审', exact: true });
    this.refDate = page.getByLabel('年审基准日', { exact: true });
    this.total = page.locator('.ant-pagination-total-text');
    this.rows = page
      .locator('.ant-table-tbody')
      .getByRole('row')
      .filter({ has: page.getByRole('link') });
    this.empty = page.locator('.ant-table-tbody').getByText('该基准日没有需要处理的人员', { exact: true });
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** Types the date into the picker as a clerk would and waits for the review of that date. */
  async chooseDate(isoDate: string): Promise<void> {
    const answered = this.page.waitForResponse((r) => new URL(r.url()).pathname === '/rpc/persons/annualReview');
    await this.refDate.click();
    await this.refDate.fill(isoDate);
    await this.refDate.press('Enter');
    await answered;
    await expect(this.refDate).toHaveValue(isoDate);
    await expect
      .poll(() => new URLSearchParams(new URL(this.page.url()).hash.split('?')[1] ?? '').get('date'))
      .toBe(isoDate);
    await expect(this.page.locator('.ant-table-wrapper .ant-spin-spinning')).toHaveCount(0);
  }
}
