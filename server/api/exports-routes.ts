import { mapped } from './errors';
import { os } from './os';
import * as exportSvc from '#server/exchange/export/export-service';

/** Handlers of the exports part of 数据交换; who may call each and what it trusts is the trust line on its procedure in server/contract/exports.ts. */
export const exportsRoutes = os.exports.router({
  destinations: os.exports.destinations.handler(({ context }) => exportSvc.exportDestinations(context)),
  counts: os.exports.counts.handler(({ context, input }) => exportSvc.exportCounts(context, input.includeArchived)),
  workbook: os.exports.workbook.handler(({ context, input }) =>
    mapped(exportSvc.exportWorkbookEvents(context, input), context),
  ),
});
