import { os } from './os';
import * as divisionsSvc from '#server/services/division-service';

/** Handlers of the divisions area; who may call each and what it trusts is the trust line on its procedure in server/contract/divisions.ts. */
export const divisionsRoutes = os.divisions.router({
  tree: os.divisions.tree.handler(({ context, input }) => divisionsSvc.divisionTree(context, input.includeArchived)),
  create: os.divisions.create.handler(({ context, input }) => divisionsSvc.createDivision(context, input)),
  rename: os.divisions.rename.handler(({ context, input }) => divisionsSvc.renameDivision(context, input)),
  move: os.divisions.move.handler(({ context, input }) => divisionsSvc.moveDivision(context, input)),
  archive: os.divisions.archive.handler(({ context, input }) => divisionsSvc.archiveDivision(context, input)),
});
