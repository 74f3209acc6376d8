/**
 * Files between the clerk's computer and the API. The API takes and gives bytes (base64), never
 * paths, so the same code works in the browser host and in Electron.
 */

/** A chosen file's bytes as base64. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands bytes the API returned (base64) to the browser as a file download. */
export function downloadBase64(fileName: string, dataBase64: string, mime = 'application/octet-stream'): void {
  const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The browser host serves files the register wrote at /files/<id>; in Electron the file is
 * already where the clerk chose, so there is nothing to download.
 */
export const downloadUrl = (downloadId: string): string | null => (window.registerHost ? null : `/files/${downloadId}`);
