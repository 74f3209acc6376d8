import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './select';
import { buttonName, exactly } from './text';

/** A card of the panel, by its title: the nearest card around that title (the page itself is a card too). */
function card(page: Page, title: string): Locator {
  return page
    .locator('.ant-card-head-title', { hasText: exactly(title) })
    .locator(`xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-card ')][1]`);
}

/** The path in a “已保存并核对：…” notice (renderer/components/SavedFile.tsx). */
async function savedPath(scope: Locator): Promise<string> {
  const text = scope.getByText(/^已保存并核对：/);
  await expect(text).toBeVisible({ timeout: 60_000 });
  return ((await text.textContent()) ?? '').replace(/^已保存并核对：/, '').trim();
}

/** 数据交换 → 数据包上报与接收 (renderer/pages/exchange/PackagesPanel.tsx and its cards). */
export class PackagesPanel {
  readonly tab: Locator;
  readonly office: Locator;
  readonly fingerprint: Locator;
  readonly exportCard: Locator;
  readonly receive: Locator;
  readonly result: Locator;
  readonly refused: Locator;
  readonly log: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: '数据包上报与接收' });
    this.office = card(page, '本单位');
    this.fingerprint = this.office.getByTestId('office-fingerprint');
    this.exportCard = card(page, '上报数据包');
    this.receive = card(page, '接收数据包');
    this.result = this.receive.getByTestId('import-result');
    this.refused = this.receive.getByTestId('import-refused');
    this.log = card(page, '交换记录');
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.office).toBeVisible();
  }

  /** 修改 → level 街道 and the street; the name follows the street. */
  async becomeStreet(street: string): Promise<void> {
    await this.office.getByRole('button', { name: buttonName('修改') }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '街道' }).check();
    await chooseOption(this.page, dialog.getByLabel('所在街道'), street, street);
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await expect(dialog).toBeHidden();
  }

  /** 导出公钥; returns where the key file was written. */
  async exportKey(): Promise<string> {
    await this.office.getByRole('button', { name: buttonName('导出公钥') }).click();
    return savedPath(this.office);
  }

  /** 生成数据包 to the first offered destination; returns where the package was written. */
  async exportPackage(password: string): Promise<string> {
    await this.exportCard.getByLabel('数据包密码', { exact: true }).fill(password);
    await this.exportCard.getByLabel('确认密码', { exact: true }).fill(password);
    await this.exportCard.getByRole('button', { name: buttonName('生成数据包') }).click();
    return savedPath(this.exportCard);
  }

  /** 登记下级单位 with a key file; returns the fingerprint shown for the phone check, then confirms. */
  async registerLowerOffice(keyFile: string): Promise<string> {
    await this.receive.getByRole('button', { name: buttonName('登记下级单位') }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles(keyFile);
    const shown = dialog.getByTestId('key-fingerprint');
    await expect(shown).toBeVisible();
    const fingerprint = (await shown.textContent()) ?? '';
    await dialog.getByRole('button', { name: '指纹一致，确认登记' }).click();
    await expect(dialog).toBeHidden();
    return fingerprint;
  }

  lowerOffice(name: string): Locator {
    return this.receive.locator('.ant-table-tbody').getByRole('row').filter({ hasText: name });
  }

  async importPackage(file: string, password: string): Promise<void> {
    await this.receive.locator('input[type=file]').setInputFiles(file);
    await expect(this.receive.getByTestId('chosen-package')).toBeVisible();
    await this.receive.getByLabel('数据包密码', { exact: true }).fill(password);
    await this.receive.getByRole('button', { name: buttonName('导入') }).click();
  }

  /** One count of the import summary: register (残疾人, 行政区划…) by column (新增, 更新, 无变化, 冲突). */
  resultCell(part: string, column: '新增' | '更新' | '无变化' | '冲突'): Locator {
    const index = ['类别', '新增', '更新', '无变化', '冲突'].indexOf(column);
    return this.result
      .locator('.ant-table-tbody')
      .getByRole('row')
      .filter({ hasText: part })
      .getByRole('cell')
      .nth(index);
  }

  passwordError(): Locator {
    return this.receive
      .locator('.ant-form-item')
      .filter({ has: this.page.locator('label[title="数据包密码"]') })
      .locator('.ant-form-item-explain-error');
  }
}
