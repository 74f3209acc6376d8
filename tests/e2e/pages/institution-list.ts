import { expect, type Locator, type Page } from '@playwright/test';
import { SearchableList } from './searchable-list';
import { buttonName } from './text';

/** 托养机构 list (renderer/pages/institutions/InstitutionListPage.tsx). */
export class InstitutionListPage extends SearchableList {
  readonly heading: Locator;
  readonly createButton: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    super(page, page.getByPlaceholder('机构名称或统一社会信用代码'), '/rpc/institutions/list');
    this.heading = page.getByRole('heading', { name: '托养机构', exact: true });
    this.createButton = page.getByRole('button', { name: buttonName('新增') });
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

  async openInstitution(name: string): Promise<void> {
    await this.open(name);
  }
}
