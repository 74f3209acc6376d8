import path from 'node:path';
import { RuleError } from './';
import { DATA_CODES, FOLDER_CODES, storageFault } from './storage-faults';

export { storageFault, type StorageProblem } from './storage-faults';

/**
 * The refusal for a disk fault (kind STORAGE, HTTP 507; declared in contract/base.ts), or null when the error is not one. `dataFile` is the register
 * file; `folder` (with the form `field` it was typed in) the folder being written, if any.
 */
export function storageError(
  error: unknown,
  where: { dataFile: string; folder?: string; field?: string },
): RuleError | null {
  if (error instanceof RuleError) return null;
  const fault = storageFault(error);
  if (!fault) return null;
  if (fault.source === 'file' && where.folder) {
    return new RuleError('STORAGE', [
      {
        field: where.field ?? 'folder',
        code: FOLDER_CODES[fault.problem],
        params: { folder: where.folder, code: fault.code },
      },
    ]);
  }
  return new RuleError('STORAGE', [
    {
      field: 'storage',
      code: DATA_CODES[fault.problem],
      params: { folder: path.dirname(where.dataFile), code: fault.code },
    },
  ]);
}
