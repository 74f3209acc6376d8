import { os } from './os';
import * as permitSvc from '#server/services/permit-service';

/** Handlers of the settings area; who may call each and what it trusts is the trust line on its procedure in server/contract/settings.ts. */
export const settingsRoutes = os.settings.router({
  permitPattern: os.settings.permitPattern.handler(({ context }) => permitSvc.permitPatternSetting(context)),
  setPermitPattern: os.settings.setPermitPattern.handler(({ context, input }) =>
    permitSvc.setPermitPattern(context, input.pattern),
  ),
});
