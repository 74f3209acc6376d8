import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  MessageChannelMain,
  utilityProcess,
  type UtilityProcess,
} from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultDataDir } from '#server/paths';
import { registerPrinting } from './printing';
import { registerFolderPicker } from './folders';
import { hardenApp } from './security';
import { logLine, openServiceLog, serviceLogFile } from './service-log';
import { lastLine, lastLineOf, ServiceSupervisor, type ServiceStatus } from './service-supervisor';
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
  // Restarts a register service that exits on its own; the policy lives in service-supervisor.ts.
  const supervisor = new ServiceSupervisor();
  const logFile = serviceLogFile(dataDir);
  const log = openServiceLog(logFile);
  let stderrSeen: Parameters<typeof lastLineOf>[0] = { line: null, tail: '' };
  const failed = (): ServiceStatus => ({ state: 'failed', logFile, lastError: lastLine(stderrSeen) });

  const tellWindow = (status: ServiceStatus): void => {
    if (win && !win.isDestroyed()) win.webContents.send('register:status', status);
  };

  /** A new MessagePort to the running service for the window's API client. */
  const connect = (target: Electron.WebContents): void => {
    if (!core) return;
    const { port1, port2 } = new MessageChannelMain();
    core.postMessage({ type: 'connect' }, [port1]);
    target.postMessage('register:port', null, [port2]);
  };

  const startCore = (): UtilityProcess => {
    const child = utilityProcess.fork(path.join(here, 'server-process.js'), ['--data-dir', dataDir], {
      serviceName: '阳光家园数据服务',
      stdio: 'pipe',
    });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    stderrSeen = { line: null, tail: '' };
    child.stderr?.on('data', (chunk: Buffer | string) => {
      stderrSeen = lastLineOf(stderrSeen, chunk.toString());
      // Output can still drain after the exit that made main give up: keep the window's reason current.
      if (supervisor.state === 'failed') tellWindow(failed());
    });
    logLine(log, 'register service started');
    child.on('exit', (code) => {
      if (core === child) core = null;
      logLine(log, `register service exited with code ${code}`);
      const decision = supervisor.exited(Date.now());
      if (decision.action === 'restart') {
        tellWindow({ state: 'restarting' });
        setTimeout(() => {
          if (supervisor.state !== 'restarting') return;
          core = startCore();
          supervisor.started();
          if (win && !win.isDestroyed()) connect(win.webContents);
          tellWindow({ state: 'restarted' });
        }, decision.delayMs);
      } else if (decision.action === 'giveUp') {
        logLine(log, `register service stopped after ${decision.crashes} crashes within a minute; not restarted`);
        console.error(`[main] register service keeps exiting; see ${logFile}`);
        tellWindow(failed());
      }
    });
    // The data folder cannot be used (missing, read-only, full …): one clear line, then quit non-zero.
    child.on('message', (message: { type?: string; message?: string }) => {
      if (message.type !== 'startFailed') return;
      // Not a crash to restart from: the same folder would fail the same way.
      supervisor.stop();
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
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url, appUrl)) return;
    // A window that loads after the service gave up learns it at once instead of waiting forever.
    if (supervisor.state === 'failed') return event.sender.send('register:status', failed());
    connect(event.sender);
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
    // Our own kill is not a crash.
    supervisor.stop();
    core?.kill();
    app.quit();
  });
}
