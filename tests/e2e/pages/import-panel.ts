import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './select';
import { buttonName, exactly } from './text';

export type ImportKind = '残疾人' | '托养机构' | '服务人员';

/** 数据交换 → Excel 导入 (renderer/pages/exchange/ImportPanel.tsx). */
export class ImportPanelPage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly fileInput: Locator;
  readonly sheet: Locator;
  readonly headerRow: Locator;
  readonly twoRowHeader: Locator;
  readonly templateUsed: Locator;
  readonly previewButton: Locator;
  readonly commitButton: Locator;
  readonly reportButton: Locator;
  readonly progress: Locator;
  readonly summary: Locator;
  readonly errors: Locator;
  readonly committed: Locator;
  /** The red notice when a file is refused (e.g. a legacy .xls). */
  readonly refused: Locator;
  /** Said once at the mapping step: columns not imported, a guardian column without relations. */
  readonly unmatched: Locator;
  readonly relationMissing: Locator;
  /** The one question of a sheet with 托养方式 but no start date column, and its red line. */
  readonly careStart: Locator;
  readonly careStartError: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Excel 导入' });
    this.panel = page.getByRole('tabpanel', { name: 'Excel 导入' });
    this.fileInput = this.panel.locator('input[type=file]');
    this.sheet = this.panel.getByRole('combobox', { name: '工作表' });
    this.headerRow = this.panel.getByRole('combobox', { name: '表头所在行' });
    this.twoRowHeader = this.panel.getByText('表头占两行（上一行为合并的分组标题）');
    this.templateUsed = this.panel.getByTestId('template-used');
    this.previewButton = this.panel.getByRole('button', { name: /校验（预览）/ });
    this.commitButton = this.panel.getByRole('button', { name: /导入 \d+ 条有效记录/ });
    this.reportButton = this.panel.getByRole('button', { name: /下载错误报告/ });
    this.progress = this.panel.getByTestId('import-progress');
    this.summary = this.panel.getByTestId('import-summary');
    this.errors = this.panel.getByTestId('import-errors');
    this.committed = this.panel.getByTestId('import-committed');
    this.refused = this.panel.getByTestId('import-refused');
    this.unmatched = this.panel.getByTestId('import-unmatched');
    this.relationMissing = this.panel.getByTestId('import-relation-missing');
    this.careStart = this.panel.getByTestId('import-care-start');
    this.careStartError = this.panel.getByTestId('import-care-start-error');
  }

  /** Answers the care start question with one date, typed as a clerk types it. */
  async careStartOn(date: string): Promise<void> {
    await this.careStart.getByRole('radio', { name: '全部按此日期安置' }).check();
    const input = this.careStart.locator('.ant-picker input');
    await input.click();
    await input.fill(date);
    await input.press('Tab');
  }

  async skipPlacements(): Promise<void> {
    await this.careStart.getByRole('radio', { name: /本次不导入托养安置/ }).check();
  }

  /** The 同时导入 tick box of a further sheet (its label: “name（第 N 行为表头）”). */
  moreSheet(name: string): Locator {
    return this.panel
      .getByTestId('import-more-sheets')
      .getByRole('checkbox', { name: new RegExp(`^${name}（第 \\d+ 行为表头）$`) });
  }

  /** The errors-table rows of one sheet row when several sheets were checked (工作表 is the first column). */
  sheetError(sheet: string, row: number): Locator {
    return this.errors
      .locator('tbody tr')
      .filter({ has: this.page.locator('td:nth-child(1)', { hasText: exactly(sheet) }) })
      .filter({ has: this.page.locator('td:nth-child(2)', { hasText: exactly(String(row)) }) });
  }

  async chooseKind(kind: ImportKind): Promise<void> {
    await this.panel.getByRole('radio', { name: kind }).check();
  }

  /** Picks a file the way the upload button's file dialog would. */
  async upload(name: string, buffer: Buffer): Promise<void> {
    const mimeType = name.endsWith('.csv')
      ? 'text/csv'
      : name.endsWith('.xls')
        ? 'application/vnd.ms-excel'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await this.fileInput.setInputFiles({ name, mimeType, buffer });
  }

  /** What a select shows as chosen. */
  shown(select: Locator): Locator {
    return select.locator(
      `xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]`,
    );
  }

  /** The column select of one register field in the mapping table. */
  mapping(field: string): Locator {
    return this.panel.getByTestId('import-mapping').getByRole('combobox', { name: field, exact: true });
  }

  /** The red line under a field's column select when the server refused the mapping. */
  mappingError(field: string): Locator {
    return this.panel
      .getByTestId('import-mapping')
      .locator('tbody tr')
      .filter({ has: this.page.getByRole('combobox', { name: field, exact: true }) })
      .locator('.ant-typography-danger')
      .filter({ hasNotText: /^\*\s*$/ });
  }

  async map(field: string, option: string): Promise<void> {
    await chooseOption(this.page, this.mapping(field), option);
  }

  /** One count of the check's summary (数据行, 有效, 有错误, 表内重复, 与系统重复…). */
  count(title: string): Locator {
    return this.summary
      .locator('.ant-statistic')
      .filter({ has: this.page.getByText(title, { exact: true }) })
      .locator('.ant-statistic-content-value');
  }

  /** The errors-table row of one sheet row and column (列 shows “header（letter）”). */
  error(row: number, column: string): Locator {
    return this.errors
      .locator('tbody tr')
      .filter({ has: this.page.locator('td:nth-child(1)', { hasText: exactly(String(row)) }) })
      .filter({
        has: this.page.locator('td:nth-child(2)', {
          hasText: new RegExp(`^${column.replace(/[*()（）]/g, (c) => `\\${c}`)}（[A-Z]+）$`),
        }),
      });
  }

  /** Opens the collapsed 提示 list and returns it. */
  async openWarnings(): Promise<Locator> {
    await this.panel.getByRole('button', { name: /^提示（\d+ 处，不影响导入）/ }).click();
    const list = this.panel.getByTestId('import-warnings');
    await expect(list).toBeVisible();
    return list;
  }

  async preview(): Promise<void> {
    await this.previewButton.click();
    await expect(this.summary).toBeVisible();
  }

  /** 导入 N 条有效记录, then 导入 in the confirmation; returns the confirmation's text. */
  async commit(): Promise<string> {
    await this.commitButton.click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '确认导入' });
    await expect(dialog).toBeVisible();
    const text = (await dialog.textContent()) ?? '';
    await dialog.getByRole('button', { name: buttonName('导入') }).click();
    await expect(this.committed).toBeVisible();
    return text;
  }
}
