import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileSafely } from '#server/kernel/files/safe-files';
import { folderFault } from '#server/kernel/storage-faults';
import { isAppUrl } from './url-policy';

/**
 * Printing for the desktop host: documents arrive as HTML from our own renderer and are laid out
 * in a hidden, sandboxed window with JavaScript off, then sent to the system print dialog or
 * saved as PDF where the clerk chooses (a USB stick, a shared folder).
 */
async function withDocument<T>(html: string, run: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await run(win);
  } finally {
    win.destroy();
  }
}

export function registerPrinting(appUrl: string): void {
  // Only our own page may ask, and it may pass only a string of HTML and a file name.
  const trusted = (e: IpcMainInvokeEvent) => Boolean(e.senderFrame && isAppUrl(e.senderFrame.url, appUrl));

  ipcMain.handle('print:html', async (e, html: unknown) => {
    if (!trusted(e) || typeof html !== 'string') return { printed: false };
    return withDocument(
      html,
      (win) =>
        new Promise<{ printed: boolean }>((resolve) =>
          win.webContents.print({ silent: false, printBackground: true }, (printed) => resolve({ printed })),
        ),
    );
  });

  ipcMain.handle('print:pdf', async (e, html: unknown, name: unknown) => {
    if (!trusted(e) || typeof html !== 'string' || typeof name !== 'string') return { saved: false };
    const pdf = await withDocument(html, (win) =>
      win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true }),
    );
    const parent = BrowserWindow.fromWebContents(e.sender) ?? undefined;
    const options = {
      defaultPath: `${name.replace(/[\\/:*?"<>|]/g, '_')}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    const folder = path.dirname(choice.filePath);
    try {
      // Temp file, fsync, rename: a pulled stick never leaves half a PDF under the chosen name.
      await writeFileSafely(
        folder,
        path.basename(choice.filePath),
        (temp) => fs.writeFile(temp, pdf),
        async () => undefined,
        { overwrite: true },
      );
    } catch (error) {
      // The renderer shows this in the clerk's language: which folder, and what to do.
      const fault = folderFault(error, folder);
      if (fault) return { saved: false, error: fault };
      throw error;
    }
    return { saved: true };
  });
}
