import * as officeSvc from '#server/services/office-service';
import * as packageSvc from '#server/exchange/package/package-service';
import { os } from './os';

/** Handlers of the packages part of 数据交换; who may call each and what it trusts is the trust line on its procedure in server/contract/packages.ts. */
export const packagesRoutes = os.packages.router({
  office: os.packages.office.handler(({ context }) => officeSvc.officeInfo(context)),
  setOffice: os.packages.setOffice.handler(({ context, input }) => officeSvc.setOffice(context, input)),
  exportKey: os.packages.exportKey.handler(({ context, input }) => officeSvc.exportOfficeKey(context, input.directory)),
  export: os.packages.export.handler(({ context, input }) => packageSvc.exportPackage(context, input)),
  readKeyFile: os.packages.readKeyFile.handler(({ context, input }) =>
    officeSvc.readKeyFile(context, input.dataBase64),
  ),
  registerOffice: os.packages.registerOffice.handler(({ context, input }) => officeSvc.registerOffice(context, input)),
  offices: os.packages.offices.handler(({ context }) => officeSvc.lowerOffices(context)),
  archiveOffice: os.packages.archiveOffice.handler(({ context, input }) =>
    officeSvc.archiveLowerOffice(context, input),
  ),
  import: os.packages.import.handler(({ context, input }) => packageSvc.importPackage(context, input)),
  conflicts: os.packages.conflicts.handler(({ context, input }) => packageSvc.listConflicts(context, input.status)),
  resolveConflict: os.packages.resolveConflict.handler(({ context, input }) =>
    packageSvc.resolveConflict(context, input),
  ),
  log: os.packages.log.handler(({ context, input }) => packageSvc.packageLogPage(context, input)),
  origin: os.packages.origin.handler(({ context, input }) => packageSvc.recordOrigin(context, input)),
});
