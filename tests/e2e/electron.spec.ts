import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { APP_FOLDER, defaultDataDir } from '#server/paths';
import { DEMO_INSTITUTIONS } from '#server/services/demo-data';
import { keepScreenshot } from './fixtures/app';
import { ELECTRON_MAIN, ROOT } from './fixtures/paths';
import { FirstRunPage } from './pages/app-shell';
import { InstitutionListPage } from './pages/institution-list';

type Binary = { ok: true; path: string } | { ok: false; reason: string };

/**
 * Where the Electron binary is, found the way node_modules/electron/index.js finds it but without
 * requiring that package: requiring it starts a download when the binary is missing.
 */
function electronBinary(): Binary {
  const pkg = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const bin = path.join(override, name || 'electron');
    return existsSync(bin)
      ? { ok: true, path: bin }
      : { ok: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${bin} does not exist` };
  }
  if (!name)
    return {
      ok: false,
      reason: `no Electron binary: ${pathFile} is missing (the Electron download did not run or failed)`,
    };
  const bin = path.join(pkg, 'dist', name);
  return existsSync(bin) ? { ok: true, path: bin } : { ok: false, reason: `no Electron binary: ${bin} does not exist` };
}

/** The binary when this machine can run the desktop host, or why it cannot. */
function desktopHost(): Binary {
  const bin = electronBinary();
  if (!bin.ok) return bin;
  if (!existsSync(ELECTRON_MAIN))
    return { ok: false, reason: `${ELECTRON_MAIN} is missing: run \`npx electron-vite build\` first` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'no display for Electron (DISPLAY is not set): run the tests under xvfb-run' };
  }
  return bin;
}

// eslint-disable-next-line no-empty-pattern
test('桌面版（Electron）：首次运行 → 载入演示数据 → 托养机构列表', async ({}, testInfo) => {
  const bin = desktopHost();
  if (!bin.ok) {
    console.log(`[electron.spec] skipped: ${bin.reason}`);
    test.skip(true, bin.reason);
    return;
  }

  // A fresh home, so the desktop host opens a new register file instead of the user's own.
  const home = await mkdtemp(path.join(os.tmpdir(), 'shr-e2e-electron-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  Object.assign(env, {
    HOME: home,
    USERPROFILE: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    APPDATA: path.join(home, 'AppData', 'Roaming'),
  });
  // Load the built renderer, never a dev server.
  delete env.ELECTRON_RENDERER_URL;
  const dataDir =
    process.platform === 'darwin' ? path.join(home, 'Library', 'Application Support', APP_FOLDER) : defaultDataDir(env);

  let app: ElectronApplication | null = null;
  try {
    app = await electron.launch({
      executablePath: bin.path,
      // Chromium's sandbox refuses to start as root (containers, CI).
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ELECTRON_MAIN],
      cwd: ROOT,
      env,
      timeout: 30_000,
    });
    const page = await app.firstWindow();
    const firstRun = new FirstRunPage(page);
    await expect(firstRun.demo).toBeVisible({ timeout: 20_000 });
    await expect(firstRun.dataFile).toContainText(dataDir);
    const shell = await firstRun.chooseDemo();
    await shell.open('托养机构');
    const list = new InstitutionListPage(page);
    await expect(list.row('龙岗区残疾人托养中心')).toBeVisible();
    await list.expectTotal(DEMO_INSTITUTIONS.length);
    await keepScreenshot(page, testInfo, 'electron-institution-list');
  } finally {
    await app?.close();
    await rm(home, { recursive: true, force: true, maxRetries: 3 });
  }
});
