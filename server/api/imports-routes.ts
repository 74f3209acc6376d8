import { mapped } from './errors';
import { os } from './os';
import * as importSvc from '#server/exchange/import/import-service';

/** Handlers of the imports part of 数据交换; who may call each and what it trusts is the trust line on its procedure in server/contract/imports.ts. */
export const importsRoutes = os.imports.router({
  open: os.imports.open.handler(({ context, input }) => importSvc.openImport(context, input)),
  configure: os.imports.configure.handler(({ context, input }) => importSvc.configureImport(context, input)),
  preview: os.imports.preview.handler(({ context, input }) => mapped(importSvc.previewImport(context, input), context)),
  commit: os.imports.commit.handler(({ context, input }) => mapped(importSvc.commitImport(context, input), context)),
  errorReport: os.imports.errorReport.handler(({ context, input }) => importSvc.importErrorReport(context, input)),
  discard: os.imports.discard.handler(({ context, input }) => importSvc.discardImport(context, input.importId)),
});
