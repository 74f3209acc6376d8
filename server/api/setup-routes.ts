import { os } from './os';
import * as setupSvc from '#server/services/setup-service';

/** Handlers of the first-run area; who may call each and what it trusts is the trust line on its procedure in server/contract/setup.ts. */
export const setupRoutes = os.setup.router({
  status: os.setup.status.handler(({ context }) => setupSvc.setupStatus(context)),
  loadDemo: os.setup.loadDemo.handler(({ context }) => setupSvc.loadDemo(context)),
  startEmpty: os.setup.startEmpty.handler(({ context }) => setupSvc.startEmpty(context)),
});
