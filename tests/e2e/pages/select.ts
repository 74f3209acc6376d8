import { expect, type Locator, type Page } from '@playwright/test';
import { exactly } from './text';

/** The antd select root around a combobox input; it shows the chosen option's label. */
function selectRoot(select: Locator): Locator {
  return select.locator(`xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]`);
}

/**
 * Opens a select and clicks the option with this text, then checks the select shows it. A
 * searchable select is typed into first (`search`), as a clerk would with a long list.
 *
 * Retried as a whole: on a loaded machine a click can land on the dropdown while its opening
 * animation still runs and be lost, which once failed CI with the choice silently unmade.
 */
export async function chooseOption(page: Page, select: Locator, option: string, search?: string): Promise<void> {
  const shown = selectRoot(select);
  await expect(async () => {
    if (!((await shown.textContent()) ?? '').includes(option)) {
      await select.click();
      if (search !== undefined) await select.fill(search);
      const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
        hasText: search === undefined ? exactly(option) : option,
      });
      await item.first().click({ timeout: 5_000 });
    }
    await expect(shown).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
}
