import { expect, type Locator, type Page } from '@playwright/test';
import { exactly } from './text';

/**
 * antd controls as a clerk works them, shared by the staff page objects
 * (renderer/pages/staff/*, renderer/pages/volunteers/*, renderer/pages/settings/PermitPatternSetting.tsx).
 */

/** The form item (label, control, hints and message) of one field, inside `scope`. */
export function formItem(scope: Locator, label: string): Locator {
  return scope.locator('.ant-form-item').filter({ has: scope.page().locator(`label[title="${label}"]`) });
}

/** The red message under a field. */
export function fieldError(scope: Locator, label: string): Locator {
  return formItem(scope, label).locator('.ant-form-item-explain-error');
}

/** A card by its exact title (上岗证, 培训记录, 服务人员及持证情况…). */
export function card(page: Page, title: string): Locator {
  return page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: exactly(title) }) });
}

/** Types a date into a DatePicker input and commits it with Enter. */
export async function typeDate(input: Locator, isoDate: string): Promise<void> {
  await input.click();
  await input.fill(isoDate);
  await input.press('Enter');
  await expect(input).toHaveValue(isoDate);
}

/** Types both ends of a RangePicker (its two inputs), each committed with Enter. */
export async function typeRange(picker: Locator, start: string, end: string): Promise<void> {
  const inputs = picker.locator('input');
  await inputs.nth(0).click();
  await inputs.nth(0).fill(start);
  await inputs.nth(0).press('Enter');
  await inputs.nth(1).fill(end);
  await inputs.nth(1).press('Enter');
  await expect(inputs.nth(0)).toHaveValue(start);
  await expect(inputs.nth(1)).toHaveValue(end);
}

/** The list has answered: no table spinner is left. */
export async function tableSettled(page: Page): Promise<void> {
  await expect(page.locator('.ant-table-wrapper .ant-spin-spinning')).toHaveCount(0);
}
