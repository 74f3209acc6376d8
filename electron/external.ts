import { shell } from 'electron';
import { isSafeExternalUrl } from './url-policy';

/** The one place that may open a URL outside the app (the lint rule bans shell.openExternal elsewhere). */
export function openExternalChecked(url: string): void {
  if (!isSafeExternalUrl(url)) return;
  // eslint-disable-next-line no-restricted-properties -- this is the checked helper
  void shell.openExternal(url);
}
