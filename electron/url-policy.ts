/**
 * "Is this URL ours?" as small pure predicates, so they can be unit-tested and every guard in
 * main uses the same answer.
 */

/** The app's own pages: the packaged renderer on file://, or the dev server during development. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return parsed.origin === dev.origin;
  }
  return parsed.protocol === 'file:' && /\/renderer\/index\.html$/.test(parsed.pathname);
}

/** External links a clerk may open in the system browser: plain https pages only. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.hostname.includes('.');
}
