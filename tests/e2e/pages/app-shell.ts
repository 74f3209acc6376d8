import { expect, type Locator, type Page } from '@playwright/test';
import { buttonName } from './text';

/** The first-run choice on a new register file (renderer/app/FirstRun.tsx). */
export class FirstRunPage {
  readonly title: Locator;
  readonly demo: Locator;
  readonly empty: Locator;
  readonly dataFile: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { name: '欢迎使用阳光家园托养服务管理系统' });
    this.demo = page.getByText('载入演示数据', { exact: true });
    this.empty = page.getByText('从空白开始', { exact: true });
    this.dataFile = page.getByText(/^数据文件：/);
  }

  async chooseDemo(): Promise<AppShell> {
    await this.demo.click();
    const shell = new AppShell(this.page);
    await expect(shell.menu).toBeVisible();
    return shell;
  }
}

/** The side menu and header around every page (renderer/app/Shell.tsx). */
export class AppShell {
  readonly menu: Locator;
  readonly menuItems: Locator;
  readonly actor: Locator;

  constructor(readonly page: Page) {
    this.menu = page.getByRole('menu');
    this.menuItems = this.menu.getByRole('menuitem');
    this.actor = page.locator('header').getByText(/^(当前用户：|User: )/);
  }

  menuItem(name: string): Locator {
    return this.menu.getByRole('menuitem', { name });
  }

  /** The header button that switches language; it is labelled with the other language. */
  languageButton(label: 'English' | '中文'): Locator {
    return this.page.locator('header').getByRole('button', { name: buttonName(label) });
  }

  async open(name: string): Promise<void> {
    await this.menuItem(name).click();
  }
}
