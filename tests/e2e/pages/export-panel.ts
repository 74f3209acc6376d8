import type { Locator, Page } from '@playwright/test';
import { buttonName } from './text';

export type RegisterName = '残疾人' | '托养机构' | '服务人员';

/** 数据交换 → Excel 导出 (renderer/pages/exchange/ExportPanel.tsx). */
export class ExportPanelPage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly includeArchived: Locator;
  /** The 保存位置 box: a USB stick, the export folder, or a typed path. */
  readonly destination: Locator;
  readonly exportButton: Locator;
  /** The green notice once the workbook is written and read back. */
  readonly saved: Locator;
  readonly downloadButton: Locator;
  /** The red notice when the export was refused. */
  readonly failure: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Excel 导出' });
    this.panel = page.getByRole('tabpanel', { name: 'Excel 导出' });
    this.includeArchived = this.panel.getByRole('switch', { name: '包含已归档的记录' });
    this.destination = this.panel.getByRole('combobox', { name: '保存位置' });
    this.exportButton = this.panel.getByRole('button', { name: buttonName('导出') });
    this.saved = this.panel.getByRole('alert').filter({ hasText: '已导出 Excel 工作簿' });
    this.downloadButton = this.saved.getByRole('link', { name: /下载到本机/ });
    this.failure = this.panel.getByRole('alert').filter({ hasText: '导出失败' });
  }

  /** The checkbox of a register; its label carries the current count, e.g. 托养机构（20 家）. */
  register(name: RegisterName): Locator {
    return this.panel.getByRole('checkbox', { name: new RegExp(`^${name}`) });
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  async exportTo(folder?: string): Promise<void> {
    if (folder !== undefined) await this.destination.fill(folder);
    await this.exportButton.click();
  }
}
