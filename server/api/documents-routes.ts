import { os } from './os';
import * as printSvc from '#server/documents/print-service';

/** Handlers of the documents area; who may call each and what it trusts is the trust line on its procedure in server/contract/documents.ts. */
export const documentsRoutes = os.documents.router({
  render: os.documents.render.handler(({ context, input }) =>
    printSvc.renderDocument(context, input.key, input.params),
  ),
  pdf: os.documents.pdf.handler(({ context, input }) => printSvc.documentPdf(context, input.key, input.params)),
  recordPrint: os.documents.recordPrint.handler(({ context, input }) => {
    printSvc.recordPrint(
      context,
      input.request.key,
      printSvc.renderDocument(context, input.request.key, input.request.params),
      input.copies,
      'print',
    );
    return { ok: true as const };
  }),
  columns: os.documents.columns.handler(({ context, input }) => printSvc.rosterColumns(context, input.key)),
  setColumns: os.documents.setColumns.handler(({ context, input }) =>
    printSvc.setRosterColumns(context, input.key, input.columns),
  ),
  history: os.documents.history.handler(({ context, input }) => printSvc.printHistory(context, input)),
});
