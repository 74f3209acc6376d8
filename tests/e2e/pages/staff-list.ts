import { expect, type Locator, type Page } from '@playwright/test';
import { tableSettled } from './staff-controls';

/** 服务人员 list (renderer/pages/staff/StaffListPage.tsx). */
export class StaffListPage {
  readonly heading: Locator;
  readonly createButton: Locator;
  readonly worklistButton: Locator;
  readonly batchTrainingButton: Locator;
  readonly staffingButton: Locator;
  readonly volunteersButton: Locator;
  readonly table: Locator;
  readonly total: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '服务人员', exact: true });
    this.createButton = page.getByRole('button', { name: '登记服务人员' });
    this.worklistButton = page.getByRole('button', { name: '上岗证预警' });
    this.batchTrainingButton = page.getByRole('button', { name: '批量登记培训' });
    this.staffingButton = page.getByRole('button', { name: '人员配备统计' });
    this.volunteersButton = page.getByRole('button', { name: '志愿者' });
    this.table = page.locator('.ant-table-wrapper');
    this.total = page.locator('.ant-pagination-total-text');
    this.rows = page
      .locator('.ant-table-tbody')
      .getByRole('row')
      .filter({ has: page.getByRole('link') });
  }

  /** The list row of one person, found by the name link. */
  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The cell of a column (by its header text) in one person's row. */
  cell(name: string, column: string): Locator {
    return this.row(name).locator('td').nth(this.columnIndex(column));
  }

  private columnIndex(column: string): number {
    const columns = ['姓名', '性别', '身份证号', '用人单位', '岗位', '上岗证', '离职日期', '操作'];
    const i = columns.indexOf(column);
    if (i < 0) throw new Error(`No column ${column}`);
    return i;
  }

  /** “共 N 条” once the list has loaded; an empty list has no pager, only “暂无数据”. */
  async expectTotal(n: number): Promise<void> {
    await tableSettled(this.page);
    if (n === 0) {
      await expect(this.table.locator('.ant-empty-description')).toHaveText('暂无数据');
      await expect(this.rows).toHaveCount(0);
    } else {
      await expect(this.total).toHaveText(`共 ${n} 条`);
    }
  }

  async openStaff(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
  }
}
