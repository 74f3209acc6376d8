import fs from 'node:fs';
import path from 'node:path';
import { formatMessage, type MessageCode } from '#domain/messages';
import { storageFault, type StorageProblem } from '#server/kernel/storage-faults';

type HostProblem = StorageProblem | 'missing' | 'notFolder';

const HOST_CODES: Record<HostProblem, MessageCode> = {
  missing: 'host.dataDir.missing',
  notFolder: 'host.dataDir.notFolder',
  readOnly: 'host.dataDir.readOnly',
  denied: 'host.dataDir.denied',
  full: 'host.dataDir.full',
  cantOpen: 'host.dataDir.cantOpen',
  io: 'host.dataDir.io',
};

const codeOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'ERROR';
};

/** Why a missing folder could not be made: the nearest folder above it that exists is read-only or not ours. */
function ancestorFault(dir: string): string | null {
  for (let at = path.dirname(dir); ; at = path.dirname(at)) {
    if (fs.existsSync(at)) {
      try {
        fs.accessSync(at, fs.constants.W_OK);
        return null;
      } catch (probe) {
        return codeOf(probe);
      }
    }
    if (path.dirname(at) === at) return null;
  }
}

/**
 * Why the register could not be opened in `dataDir`, as the folder is now: missing (and could not
 * be created), read-only, not writable, full, or its file not openable. Null when the folder is
 * not the cause (e.g. a file from a newer version, which says so itself).
 */
export function dataFolderProblem(error: unknown, dataDir: string): { problem: HostProblem; code: string } | null {
  if (!fs.existsSync(dataDir)) return { problem: 'missing', code: ancestorFault(dataDir) ?? codeOf(error) };
  if (!fs.statSync(dataDir).isDirectory()) return { problem: 'notFolder', code: codeOf(error) };
  try {
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (probe) {
    const code = codeOf(probe);
    return { problem: code === 'EROFS' ? 'readOnly' : 'denied', code };
  }
  const fault = storageFault(error);
  if (fault) return { problem: fault.problem, code: fault.code };
  const code = codeOf(error);
  // The register file is something else (a folder, not a database): it cannot be opened.
  if (code === 'SQLITE_NOTADB' || code === 'EISDIR') return { problem: 'cantOpen', code };
  if (code === 'ENOTDIR' || code === 'ENOENT') return { problem: 'missing', code };
  return null;
}

/**
 * The one line both hosts print (and the desktop shows) when they cannot start: Chinese, then
 * English, naming the data folder and what to do. Other start-up errors keep their own message.
 */
export function startFailureLine(error: unknown, dataDir: string): string {
  const found = dataFolderProblem(error, dataDir);
  if (!found) return error instanceof Error ? error.message : String(error);
  const params = { folder: dataDir, code: found.code };
  const code = HOST_CODES[found.problem];
  return `${formatMessage(code, params)} / ${formatMessage(code, params, 'en')}`;
}
