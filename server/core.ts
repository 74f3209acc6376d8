import { openRegister, type Register } from '#db';
import pkg from '../package.json' with { type: 'json' };
import { registerFile } from './paths';
import type { ServiceContext } from '#server/kernel';
import { defaultExportDir } from '#server/kernel/files/safe-files';
import { reconcileFileWrites, type Reconciled } from '#server/kernel/files/file-journal';

export { router, type AppRouter } from '#server/api/router';
export { handlerOptions, rpcHandlerOptions } from '#server/api/errors';

export const APP_VERSION: string = pkg.version;

export interface CoreOptions {
  dataDir: string;
  actor: string;
  nativeBinding?: string;
  migrationsFolder?: string;
}

export interface Core {
  register: Register;
  context: ServiceContext;
  /** What start-up settled of file writes a crash left unfinished (see file-journal.ts). */
  recovered: Reconciled;
  close(): void;
}

/**
 * Opens (and if needed migrates) the register, then settles file writes a crash left pending
 * (each file and its record both kept, or neither) before any request is served; both hosts call
 * this once at start-up.
 */
export function startCore(options: CoreOptions): Core {
  const file = registerFile(options.dataDir);
  const register = openRegister({
    file,
    appVersion: APP_VERSION,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}),
  });
  const context: ServiceContext = { db: register.db, actor: options.actor, appVersion: APP_VERSION, dataFile: file };
  let recovered: Reconciled;
  try {
    recovered = reconcileFileWrites(context, [defaultExportDir(file)]);
  } catch (error) {
    register.close();
    throw error;
  }
  return { register, context, recovered, close: () => register.close() };
}
