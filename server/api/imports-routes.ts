import { mapped } from './errors';
import { os } from './os';
import * as importSvc from '../exchange/import/import-service';

/** Handlers of the imports part of 数据交换; see router.ts for the trust rule of every handler. */
export const importsRoutes = os.imports.router({
  // Trusts nothing of the upload: the format is read from the bytes, size capped, the file never touches the disk.
  open: os.imports.open.handler(({ context, input }) => importSvc.openImport(context, input)),
  // The session must belong to this register; sheet and row are checked against the file.
  configure: os.imports.configure.handler(({ context, input }) => importSvc.configureImport(context, input)),
  // Read only; the mapping is checked (required fields, one column per field) before any row.
  preview: os.imports.preview.handler(({ context, input }) => mapped(importSvc.previewImport(context, input), context)),
  // Checks the rows again if the register changed since; all valid rows in one transaction, or none.
  commit: os.imports.commit.handler(({ context, input }) => mapped(importSvc.commitImport(context, input), context)),
  // Read only; the same checks as preview.
  errorReport: os.imports.errorReport.handler(({ context, input }) => importSvc.importErrorReport(context, input)),
  // Only lets go of the parsed file held in memory.
  discard: os.imports.discard.handler(({ context, input }) => importSvc.discardImport(context, input.importId)),
});
