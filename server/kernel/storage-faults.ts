import type { MessageCode } from '#domain/messages';

/**
 * One mapping from what the disk said (SQLite result codes, Node errno codes) to a message that
 * names the disk or folder and what to do. SQLite errors are about the data folder (the register
 * file lives there); errno codes are about the folder being written when one is known (an export
 * folder, a USB stick), else about the data folder too. Pure (no register, no Electron), so the
 * desktop main process uses it as well; storage-errors.ts turns it into the API's refusal.
 */
export type StorageProblem = 'full' | 'readOnly' | 'denied' | 'io' | 'cantOpen';

const FILE_CODES: Record<string, StorageProblem> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'readOnly',
  EACCES: 'denied',
  EPERM: 'denied',
  EIO: 'io',
};

function sqliteProblem(code: string): StorageProblem | null {
  if (code.startsWith('SQLITE_FULL')) return 'full';
  if (code.startsWith('SQLITE_READONLY')) return 'readOnly';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'cantOpen';
  if (code.startsWith('SQLITE_IOERR')) return 'io';
  if (code.startsWith('SQLITE_PERM')) return 'denied';
  return null;
}

export interface StorageFault {
  source: 'sqlite' | 'file';
  problem: StorageProblem;
  code: string;
}

/** The disk fault behind an error, looking through a few `cause` links (a stream wraps ENOSPC). */
export function storageFault(error: unknown): StorageFault | null {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      const sqlite = code.startsWith('SQLITE_') ? sqliteProblem(code) : null;
      if (sqlite) return { source: 'sqlite', problem: sqlite, code };
      const file = FILE_CODES[code];
      if (file) return { source: 'file', problem: file, code };
    }
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

export const DATA_CODES: Record<StorageProblem, MessageCode> = {
  full: 'storage.data.full',
  readOnly: 'storage.data.readOnly',
  denied: 'storage.data.denied',
  io: 'storage.data.io',
  cantOpen: 'storage.data.cantOpen',
};
export const FOLDER_CODES: Record<StorageProblem, MessageCode> = {
  full: 'storage.folder.full',
  readOnly: 'storage.folder.readOnly',
  denied: 'storage.folder.denied',
  io: 'storage.folder.io',
  cantOpen: 'storage.folder.io',
};

/** The message code and params of a disk fault while writing `folder` (for hosts that pass codes, not errors). */
export function folderFault(
  error: unknown,
  folder: string,
): { code: MessageCode; params: Record<string, string> } | null {
  const fault = storageFault(error);
  return fault ? { code: FOLDER_CODES[fault.problem], params: { folder, code: fault.code } } : null;
}
