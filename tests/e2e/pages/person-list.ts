import { expect, type Locator, type Page } from '@playwright/test';
import { SearchableList } from './searchable-list';
import { buttonName } from './text';

/** 残疾人 list (renderer/pages/persons/PersonListPage.tsx). */
export class PersonListPage extends SearchableList {
  readonly heading: Locator;
  readonly createButton: Locator;
  readonly reviewButton: Locator;
  readonly table: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    super(page, page.getByPlaceholder('姓名、拼音首字母、身份证号或残疾人证号的任意片段'), '/rpc/persons/list');
    this.heading = page.getByRole('heading', { name: '残疾人', exact: true });
    this.createButton = page.getByRole('button', { name: '登记残疾人' });
    this.reviewButton = page.getByRole('button', { name: buttonName('年审') });
    this.table = page.locator('.ant-table-wrapper');
    this.rows = page
      .locator('.ant-table-tbody')
      .getByRole('row')
      .filter({ has: page.getByRole('link') });
  }

  /** The list row of one person, found by the name link. */
  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The row's names, in order. */
  names(): Locator {
    return this.rows.locator('td:first-child a');
  }

  /** “共 N 条” once the list has loaded; an empty list has no pager, only “暂无数据”. */
  async expectTotal(n: number): Promise<void> {
    await this.settled();
    if (n === 0) {
      await expect(this.table.locator('.ant-empty-description')).toHaveText('暂无数据');
      await expect(this.rows).toHaveCount(0);
      await expect(this.total).toHaveCount(0);
    } else {
      await expect(this.total).toHaveText(`共 ${n} 条`);
    }
  }

  async openPerson(name: string): Promise<void> {
    await this.open(name);
  }
}
