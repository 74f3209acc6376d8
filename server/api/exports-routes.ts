import { mapped } from './errors';
import { os } from './os';
import * as exportSvc from '../exchange/export/export-service';

/** Handlers of the exports part of 数据交换; see router.ts for the trust rule of every handler. */
export const exportsRoutes = os.exports.router({
  // Any session; lists removable drives and the default folder, nothing else of the disk.
  destinations: os.exports.destinations.handler(({ context }) => exportSvc.exportDestinations(context)),
  // Any session; read only.
  counts: os.exports.counts.handler(({ context, input }) => exportSvc.exportCounts(context, input.includeArchived)),
  // Trusts validated input; the folder is the clerk's own choice and is checked (absolute, a folder, writable) before anything is written.
  workbook: os.exports.workbook.handler(({ context, input }) => mapped(exportSvc.exportWorkbookEvents(context, input), context)),
});
