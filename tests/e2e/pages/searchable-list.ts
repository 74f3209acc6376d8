import { expect, type Locator, type Page } from '@playwright/test';
import { buttonName } from './text';

/**
 * A register list with one search box, its filters kept in the hash route's query
 * (#/persons?q=…), paged by antd Table: what institution and person lists share.
 */
export class SearchableList {
  readonly searchButton: Locator;
  readonly total: Locator;

  constructor(
    readonly page: Page,
    readonly searchBox: Locator,
    /** The list procedure's path, e.g. /rpc/persons/list. */
    private readonly listPath: string,
  ) {
    this.searchButton = page.getByRole('button', { name: buttonName('查询') });
    this.total = page.locator('.ant-pagination-total-text');
  }

  /**
   * Searches and waits for the answer: the old rows stay up while the new ones load, so the
   * table is only read once the list request has come back and the spinner is gone.
   */
  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    const answered = this.page.waitForResponse((r) => new URL(r.url()).pathname === this.listPath);
    await this.searchButton.click();
    await answered;
    await expect.poll(() => this.filters().get('q')).toBe(text.trim());
    await this.settled();
  }

  /** The list's filters, kept in the query of the hash route. */
  filters(): URLSearchParams {
    const hash = new URL(this.page.url()).hash;
    return new URLSearchParams(hash.split('?')[1] ?? '');
  }

  /** No request in flight: what the table shows is the answer to the current filters. */
  async settled(): Promise<void> {
    await expect(this.page.locator('.ant-table-wrapper .ant-spin-spinning')).toHaveCount(0);
  }

  /** Opens a record by its name link. */
  async open(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
  }
}
