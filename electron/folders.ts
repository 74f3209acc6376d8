import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './url-policy';

/**
 * The native folder picker for exports and packages (a USB stick, a shared folder). Only the
 * chosen path goes back; the register service writes there itself and checks it can.
 */
export function registerFolderPicker(appUrl: string): void {
  const trusted = (e: IpcMainInvokeEvent) => Boolean(e.senderFrame && isAppUrl(e.senderFrame.url, appUrl));
  ipcMain.handle('folder:pick', async (e) => {
    if (!trusted(e)) return { path: null };
    const parent = BrowserWindow.fromWebContents(e.sender) ?? undefined;
    const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
    const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return { path: choice.canceled ? null : (choice.filePaths[0] ?? null) };
  });
}
