import { app, BrowserWindow, dialog, ipcMain, Menu, MessageChannelMain, utilityProcess, type UtilityProcess } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultDataDir } from '../server/paths';
import { registerPrinting } from './printing';
import { registerFolderPicker } from './folders';
import { hardenApp } from './security';
import { isAppUrl } from './url-policy';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const dataDir = defaultDataDir();
const rendererFile = path.join(here, '../renderer/index.html');
// The one page this app shows; every navigation and port request is checked against it.
const appUrl = devServerUrl ?? pathToFileURL(rendererFile).href;

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same register file; focus the first window instead.
  app.quit();
} else {
  app.setPath('userData', dataDir);
  hardenApp(appUrl);
  registerPrinting(appUrl);
  registerFolderPicker(appUrl);
  let core: UtilityProcess | null = null;
  let win: BrowserWindow | null = null;

  const startCore = (): UtilityProcess => {
    const child = utilityProcess.fork(path.join(here, 'server-process.js'), ['--data-dir', dataDir], {
      serviceName: '阳光家园数据服务',
    });
    child.on('exit', (code) => {
      if (code !== 0) console.error(`[main] register service exited with ${code}`);
    });
    // The data folder cannot be used (missing, read-only, full …): one clear line, then quit non-zero.
    child.on('message', (message: { type?: string; message?: string }) => {
      if (message.type !== 'startFailed') return;
      console.error(message.message);
      dialog.showErrorBox('阳光家园托养服务管理系统', message.message ?? '');
      app.exit(2);
    });
    return child;
  };

  const createWindow = (): void => {
    win = new BrowserWindow({
      width: 1366,
      height: 860,
      minWidth: 1100,
      minHeight: 700,
      title: '阳光家园托养服务管理系统',
      show: false,
      webPreferences: {
        preload: path.join(here, '../preload/index.cjs'),
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webviewTag: false,
        spellcheck: false,
      },
    });
    win.once('ready-to-show', () => win?.show());
    if (devServerUrl) void win.loadURL(devServerUrl);
    else void win.loadFile(rendererFile);
  };

  // The renderer asks for its API port; only our own top frame gets one.
  ipcMain.on('register:request-port', (event) => {
    if (!core || !event.senderFrame || !isAppUrl(event.senderFrame.url, appUrl)) return;
    const { port1, port2 } = new MessageChannelMain();
    core.postMessage({ type: 'connect' }, [port1]);
    event.sender.postMessage('register:port', null, [port2]);
  });

  app.on('second-instance', () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });

  void app.whenReady().then(() => {
    Menu.setApplicationMenu(null);
    core = startCore();
    createWindow();
  });

  app.on('window-all-closed', () => {
    core?.kill();
    app.quit();
  });
}
