/**
 * "Is this URL ours?" as small pure predicates, so they can be unit-tested and every guard in
 * main uses the same answer.
 */

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The app's own page: exactly the packaged renderer file (any hash route or query), or, during
 * development, the dev server's origin. `appUrl` is that renderer's file:// URL or the dev URL.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const candidate = parse(url);
  const app = parse(appUrl);
  if (!candidate || !app) return false;
  if (app.protocol === 'file:') return candidate.protocol === 'file:' && candidate.pathname === app.pathname;
  return (app.protocol === 'http:' || app.protocol === 'https:') && candidate.origin === app.origin;
}

const IP_LITERAL = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

/** External links a clerk may open in the system browser: https pages on named public hosts. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  const host = parsed.hostname;
  return host.includes('.') && !IP_LITERAL.test(host) && !host.endsWith('.local') && host !== 'localhost';
}
