import { cardsContract } from './cards';
import { divisionsContract } from './divisions';
import { documentsContract } from './documents';
import { exportsContract } from './exports';
import { importsContract } from './imports';
import { institutionsContract } from './institutions';
import { packagesContract } from './packages';
import { personsContract } from './persons';
import { settingsContract } from './settings';
import { setupContract } from './setup';
import { staffContract } from './staff';
import { volunteersContract } from './volunteers';

export type * from './types';
export type * from './card-types';
export { institutionListInput, type InstitutionListInput, type InstitutionListQuery } from './institutions';
export { personListInput, type PersonListInput, type PersonListQuery } from './persons';
export { documentRequest, type DocumentRequest, type DocumentKeyName } from './documents';
export { staffListInput, type StaffListInput, type StaffListQuery } from './staff';

/**
 * The one API contract, shared by both hosts and the renderer: one file per area, each
 * procedure with its trust line (see base.ts). Pure: zod and domain only, so the renderer can
 * import its types without pulling in Node.
 */
export const contract = {
  setup: setupContract,
  divisions: divisionsContract,
  institutions: institutionsContract,
  settings: settingsContract,
  documents: documentsContract,
  cards: cardsContract,
  imports: importsContract,
  exports: exportsContract,
  packages: packagesContract,
  persons: personsContract,
  staff: staffContract,
  volunteers: volunteersContract,
};

export type Contract = typeof contract;
