import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the built app (out/). The npm test script builds first; this config
 * never builds. tests/e2e/global-setup.ts fails early and plainly when out/ is missing.
 *
 * Chromium comes from the OS (Debian's /usr/bin/chromium): `npx playwright install` cannot
 * download browsers on the office machines this runs on. CHROMIUM_PATH overrides it.
 */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  globalSetup: './tests/e2e/global-setup.ts',
  // Every test starts its own browser host on its own temp data folder, so tests are independent.
  fullyParallel: true,
  // Two CPU cores: two workers, each driving one browser host and one Chromium.
  workers: 2,
  // Generous: long flows (create, edit, restart the host) on a busy 2-core machine; never a speed check.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 860 },
    actionTimeout: 15_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
});
