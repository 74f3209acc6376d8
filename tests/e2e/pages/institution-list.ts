import { expect, type Locator, type Page } from '@playwright/test';
import { buttonName } from './text';

/** 托养机构 list (renderer/pages/institutions/InstitutionListPage.tsx). */
export class InstitutionListPage {
  readonly heading: Locator;
  readonly searchBox: Locator;
  readonly searchButton: Locator;
  readonly createButton: Locator;
  readonly total: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '托养机构', exact: true });
    this.searchBox = page.getByPlaceholder('机构名称或统一社会信用代码');
    this.searchButton = page.getByRole('button', { name: buttonName('查询') });
    this.createButton = page.getByRole('button', { name: buttonName('新增') });
    this.total = page.locator('.ant-pagination-total-text');
    this.rows = page.locator('.ant-table-tbody').getByRole('row');
  }

  /** The list row of one institution, found by its name link. */
  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The number in “共 N 条”. */
  async totalCount(): Promise<number> {
    await this.settled();
    await expect(this.total).toHaveText(/^共 \d+ 条$/);
    const text = await this.total.textContent();
    return Number(/\d+/.exec(text ?? '')?.[0]);
  }

  /** “共 N 条” once the list has finished loading (a cached page shows while it refreshes). */
  async expectTotal(n: number): Promise<void> {
    await this.settled();
    await expect(this.total).toHaveText(`共 ${n} 条`);
  }

  /**
   * Searches and waits for the answer: the old rows stay up while the new ones load, so the
   * table is only read once the list request has come back and the spinner is gone.
   */
  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    const answered = this.page.waitForResponse((r) => new URL(r.url()).pathname === '/rpc/institutions/list');
    await this.searchButton.click();
    await answered;
    await expect.poll(() => this.filters().get('q')).toBe(text.trim());
    await this.settled();
  }

  /** The list's filters, kept in the query of the hash route (#/institutions?q=…). */
  filters(): URLSearchParams {
    const hash = new URL(this.page.url()).hash;
    return new URLSearchParams(hash.split('?')[1] ?? '');
  }

  /** No request in flight: what the table shows is the answer to the current filters. */
  async settled(): Promise<void> {
    await expect(this.page.locator('.ant-table-wrapper .ant-spin-spinning')).toHaveCount(0);
  }

  async openInstitution(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
  }
}
