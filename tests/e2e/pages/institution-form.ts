import { type Locator, type Page } from '@playwright/test';
import { chooseOption } from './select';
import { buttonName } from './text';

/** What a clerk types into the 托养机构 form; labels are the zh-CN field labels. */
export interface InstitutionDraft {
  name?: string;
  creditCode?: string;
  ownership?: '公办' | '民办' | '民办公助';
  street?: string;
  address?: string;
  personInCharge?: string;
  phone?: string;
  modes?: ('寄宿制托养' | '日间照料' | '居家托养服务')[];
  beds?: number;
  dayPlaces?: number;
}

/** 新增 / 编辑托养机构 (renderer/pages/institutions/InstitutionFormPage.tsx). */
export class InstitutionFormPage {
  readonly form: Locator;
  readonly createHeading: Locator;
  readonly editHeading: Locator;
  readonly saveButton: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator('form');
    this.createHeading = this.form.getByRole('heading', { name: '新增托养机构' });
    this.editHeading = this.form.getByRole('heading', { name: '编辑托养机构' });
    this.saveButton = this.form.getByRole('button', { name: buttonName('保存') });
  }

  /** The form item (label, control and message) of one field. */
  item(label: string): Locator {
    return this.form.locator('.ant-form-item').filter({ has: this.page.locator(`label[title="${label}"]`) });
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** The red message under a field. */
  error(label: string): Locator {
    return this.item(label).locator('.ant-form-item-explain-error');
  }

  async fill(d: InstitutionDraft): Promise<void> {
    if (d.name !== undefined) await this.field('机构名称').fill(d.name);
    if (d.creditCode !== undefined) await this.field('统一社会信用代码').fill(d.creditCode);
    if (d.ownership !== undefined) await this.item('举办性质').getByText(d.ownership, { exact: true }).click();
    if (d.street !== undefined) await this.chooseStreet(d.street);
    if (d.address !== undefined) await this.field('地址').fill(d.address);
    if (d.personInCharge !== undefined) await this.field('负责人').fill(d.personInCharge);
    if (d.phone !== undefined) await this.field('联系电话').fill(d.phone);
    for (const mode of d.modes ?? []) await this.item('托养方式').getByLabel(mode, { exact: true }).check();
    if (d.beds !== undefined) await this.field('床位数').fill(String(d.beds));
    if (d.dayPlaces !== undefined) await this.field('日间照料名额').fill(String(d.dayPlaces));
  }

  /** The street select is searchable: type the name and take the match. */
  async chooseStreet(street: string): Promise<void> {
    await chooseOption(this.page, this.field('所属街道'), street, street);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
