import type { Locator, Page } from '@playwright/test';
import { fieldError } from './staff-controls';
import { buttonName } from './text';

/** 系统设置 → 上岗证编号规则 (renderer/pages/settings/PermitPatternSetting.tsx). */
export class PermitPatternSettingPage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly pattern: Locator;
  readonly error: Locator;
  /** “示例（今年第1号）：…” under the field. */
  readonly example: Locator;
  readonly saveButton: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: '上岗证编号规则' });
    this.panel = page.getByRole('tabpanel', { name: '上岗证编号规则' });
    this.pattern = this.panel.getByLabel('上岗证编号规则', { exact: true });
    this.error = fieldError(this.panel, '上岗证编号规则');
    this.example = this.panel.getByText(/^示例（今年第1号）：/);
    this.saveButton = this.panel.getByRole('button', { name: buttonName('保存') });
  }

  async setPattern(pattern: string): Promise<void> {
    await this.pattern.fill(pattern);
    await this.saveButton.click();
  }
}
