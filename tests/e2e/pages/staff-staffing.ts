import type { Locator, Page } from '@playwright/test';

const COLUMNS = [
  '用人单位',
  '社工',
  '医疗',
  '康复',
  '护理',
  '心理辅导',
  '职业培训',
  '就业指导',
  '管理',
  '公益岗',
  '合计',
  '持有效上岗证',
] as const;

/** 人员配备统计 (renderer/pages/staff/StaffingPage.tsx, /#/staff/staffing). */
export class StaffingPage {
  readonly heading: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '人员配备统计', exact: true });
    this.rows = page.locator('.ant-table-tbody').getByRole('row');
  }

  row(employer: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name: employer, exact: true }) });
  }

  cell(employer: string, column: (typeof COLUMNS)[number]): Locator {
    return this.row(employer).locator('td').nth(COLUMNS.indexOf(column));
  }
}
