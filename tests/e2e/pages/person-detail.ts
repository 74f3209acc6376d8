import { expect, type Locator, type Page } from '@playwright/test';
import { makeCert } from '../../fixtures/synthetic';
import type { AppShell } from './app-shell';
import { PersonFormPage } from './person-form';
import { chooseOption } from './select';
import { buttonName, exactly } from './text';

/** A card of the person's page, by its title (托养安置, 摸底调查, 变更记录…). */
function card(page: Page, title: string): Locator {
  return page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: exactly(title) }) });
}

/** One person's page: details, 托养安置, 摸底调查 and 变更记录 (PersonDetailPage.tsx). */
export class PersonDetailPage {
  readonly editButton: Locator;
  readonly enrolment: Locator;
  readonly enrolButton: Locator;
  readonly enrolmentRows: Locator;
  readonly history: Locator;
  readonly historyRows: Locator;

  constructor(readonly page: Page) {
    this.editButton = page.getByRole('button', { name: buttonName('编辑') });
    this.enrolment = card(page, '托养安置');
    this.enrolButton = this.enrolment.getByRole('button', { name: '安置托养' });
    this.enrolmentRows = this.enrolment.locator('.ant-table-tbody').getByRole('row');
    this.history = card(page, '变更记录');
    this.historyRows = this.history.locator('.ant-table-tbody').getByRole('row');
  }

  title(name: string): Locator {
    return this.page.locator('.ant-card-head-title').getByRole('heading', { name, exact: true });
  }

  /** The value cell beside a label in the details table. */
  value(label: string): Locator {
    return this.page
      .locator('.ant-descriptions-item-label')
      .filter({ hasText: exactly(label) })
      .locator('xpath=following-sibling::*[contains(@class, "ant-descriptions-item-content")][1]');
  }

  /** The eye button beside a masked number (身份证号 or 残疾人证号). */
  revealButton(label: '身份证号' | '残疾人证号' = '身份证号'): Locator {
    return this.value(label).getByRole('button', { name: '显示完整证件号' });
  }

  /** The number as shown (masked, or in full once revealed). */
  number(label: '身份证号' | '残疾人证号' = '身份证号'): Locator {
    return this.value(label).locator('code');
  }

  /** History rows of one kind of action (新增, 查看完整证件号, 安置托养…). */
  historyOf(action: string): Locator {
    return this.historyRows.filter({ has: this.page.getByRole('cell', { name: action, exact: true }) });
  }
}

/** 安置托养 dialog (EnrolModal.tsx): mode, an institution offering it, start date. */
export class EnrolDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog').filter({ hasText: '安置托养' });
  }

  item(label: string): Locator {
    return this.dialog.locator('.ant-form-item').filter({ has: this.page.locator(`label[title="${label}"]`) });
  }

  /** Picks an option of one of the dialog's selects by its visible text. */
  async choose(label: string, option: string): Promise<void> {
    await chooseOption(this.page, this.dialog.getByLabel(label, { exact: true }), option);
  }

  async enrol(mode: '寄宿制托养' | '日间照料' | '居家托养服务', institution: string): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await this.choose('托养方式', mode);
    await this.choose('托养机构', institution);
    await this.dialog.getByRole('button', { name: buttonName('确定') }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/**
 * Registers an invented person in 龙城街道 from the persons list and places them in residential
 * care at the demo's 龙岗区残疾人托养中心; leaves the page on their detail.
 */
export async function registerEnrolledPerson(
  page: Page,
  shell: AppShell,
  name: string,
  residentId: string,
): Promise<PersonDetailPage> {
  await shell.open('残疾人');
  await page.getByRole('button', { name: /登记残疾人/ }).click();
  const form = new PersonFormPage(page);
  await form.fill({ name, residentId, certNumber: makeCert(residentId, 5, 2), street: '龙城街道' });
  await form.save();
  const detail = new PersonDetailPage(page);
  await expect(detail.title(name)).toBeVisible();
  await detail.enrolButton.click();
  await new EnrolDialog(page).enrol('寄宿制托养', '龙岗区残疾人托养中心');
  await expect(detail.enrolmentRows.first()).toContainText('龙岗区残疾人托养中心');
  return detail;
}
