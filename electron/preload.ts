import { contextBridge, ipcRenderer } from 'electron';

/**
 * The whole preload: a hand-off of the API MessagePort (again after a service restart) and the service's status, printing of document HTML, and the native folder picker. contextBridge cannot
 * carry a MessagePort, so it goes to the page by window.postMessage with the port transferred.
 */
ipcRenderer.on('register:port', (event) => {
  window.postMessage(
    { type: 'register:port' },
    window.location.origin === 'null' ? '*' : window.location.origin,
    event.ports,
  );
});

contextBridge.exposeInMainWorld('registerHost', {
  kind: 'electron',
  requestPort: (): void => ipcRenderer.send('register:request-port'),
  printHtml: (html: string): Promise<{ printed: boolean }> => ipcRenderer.invoke('print:html', html),
  savePdf: (
    html: string,
    name: string,
  ): Promise<{ saved: boolean; error?: { code: string; params: Record<string, string> } }> =>
    ipcRenderer.invoke('print:pdf', html, name),
  pickFolder: (): Promise<{ path: string | null }> => ipcRenderer.invoke('folder:pick'),
  // The register service restarting, restarted (a new port follows) or given up; see electron/service-supervisor.ts.
  onServiceStatus: (listener: (status: unknown) => void): void => {
    ipcRenderer.on('register:status', (_event, status: unknown) => listener(status));
  },
});
