import * as officeSvc from '../services/office-service';
import * as packageSvc from '../exchange/package/package-service';
import { os } from './os';

/**
 * Handlers of the packages part of 数据交换; see router.ts for the trust rule of every handler.
 * Uploaded files are trusted for nothing: every byte is checked (format, password, hashes,
 * signature against a registered key, sequence) before anything is written.
 */
export const packagesRoutes = os.packages.router({
  // Any session; makes the office key on first need.
  office: os.packages.office.handler(({ context }) => officeSvc.officeInfo(context)),
  // Trusts validated input; the code is checked against the register's divisions for the level.
  setOffice: os.packages.setOffice.handler(({ context, input }) => officeSvc.setOffice(context, input)),
  // Writes only the public key; the folder is the clerk's choice (absolute path), else a USB stick, else beside the register.
  exportKey: os.packages.exportKey.handler(({ context, input }) => officeSvc.exportOfficeKey(context, input.directory)),
  // Trusts the folder the clerk chose (absolute path) and the password rule; the file is read back and verified.
  export: os.packages.export.handler(({ context, input }) => packageSvc.exportPackage(context, input)),
  // Reads an uploaded key file and checks it could be registered; writes nothing.
  readKeyFile: os.packages.readKeyFile.handler(({ context, input }) => officeSvc.readKeyFile(context, input.dataBase64)),
  // Registers only the key whose fingerprint the clerk confirmed.
  registerOffice: os.packages.registerOffice.handler(({ context, input }) => officeSvc.registerOffice(context, input)),
  offices: os.packages.offices.handler(({ context }) => officeSvc.lowerOffices(context)),
  archiveOffice: os.packages.archiveOffice.handler(({ context, input }) => officeSvc.archiveLowerOffice(context, input)),
  // Trusts nothing of the upload; every attempt, refused or not, is logged.
  import: os.packages.import.handler(({ context, input }) => packageSvc.importPackage(context, input)),
  // Any session; IDs masked.
  conflicts: os.packages.conflicts.handler(({ context, input }) => packageSvc.listConflicts(context, input.status)),
  // Trusts validated input; the conflict must still be open.
  resolveConflict: os.packages.resolveConflict.handler(({ context, input }) => packageSvc.resolveConflict(context, input)),
  log: os.packages.log.handler(({ context, input }) => packageSvc.packageLogPage(context, input)),
  origin: os.packages.origin.handler(({ context, input }) => packageSvc.recordOrigin(context, input)),
});
