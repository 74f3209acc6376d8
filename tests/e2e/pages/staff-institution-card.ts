import type { Locator, Page } from '@playwright/test';
import { card } from './staff-controls';

/** 服务人员及持证情况 on an institution's page (renderer/pages/institutions/InstitutionStaffCard.tsx). */
export class InstitutionStaffCard {
  readonly card: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.card = card(page, '服务人员及持证情况');
    this.rows = this.card
      .locator('.ant-table-tbody')
      .getByRole('row')
      .filter({ has: page.getByRole('link') });
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The 上岗证 cell (third column: 姓名, 岗位, 上岗证, 离职日期). */
  permit(name: string): Locator {
    return this.row(name).locator('td').nth(2);
  }
}
