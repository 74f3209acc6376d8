import os from 'node:os';
import path from 'node:path';

/** Folder name under the OS's per-user app-data folder; the desktop host uses the same one. */
export const APP_FOLDER = 'sunshine-home-register';

/** The per-user app-data folder Electron would use for this app (app.getPath('userData')). */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_FOLDER);
}

export const registerFile = (dataDir: string) => path.join(dataDir, 'register.sqlite');

/** Until accounts exist, the clerk is the OS user. */
export function osActor(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
