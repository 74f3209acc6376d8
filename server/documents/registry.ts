import type { z } from 'zod';
import type { documentRequest, DocumentKeyName } from '#server/contract/documents';
import type { ServiceContext } from '#server/kernel';
import { renderCardSheet } from './card-sheet';
import { renderCardSingle } from './card-single';
import { renderDesignationCertificate } from './designation-certificate';
import { renderDesignationSign } from './designation-sign';
import { renderInstitutionForm } from './institution-form';
import { loadCardSheet, loadCardSingle } from './loaders/card-data';
import { loadDesignation } from './loaders/designation-data';
import { loadInstitutionForm } from './loaders/institution-form-data';
import { loadPermitHolder } from './loaders/permit-data';
import { loadPersonForm } from './loaders/person-form-data';
import { loadInstitutionRoster, loadPersonRoster, loadStaffRoster } from './loaders/roster-data';
import { renderPermitCard } from './permit-card';
import { renderPermitA5 } from './permit-certificate';
import { renderPersonForm } from './person-form';
import type { Rendered } from './rendered';
import {
  institutionRoster,
  personRoster,
  renderRosterDoc,
  type RosterData,
  type RosterDef,
  type RosterLayout,
  staffRoster,
} from './rosters';

export type { Rendered } from './rendered';

/** The contract's document keys: a key added there is a compile error here until it is listed. */
export type DocumentKey = DocumentKeyName;
/** The params of one document, as the contract validated them (defaults applied). */
export type DocumentParams<K extends DocumentKey> = Extract<z.output<typeof documentRequest>, { key: K }>['params'];

/** The data a loader read, waiting to be rendered: from here on no database is touched. */
export interface LoadedDocument {
  render(): Rendered;
}

/**
 * One printable document. `version` is the template version written to the print history, so a
 * reprint can say which layout the original used. `load` reads what the document prints through
 * the services (refusing what may not be printed); the renderer it pairs with is pure.
 */
export interface DocumentDef<P> {
  version: number;
  roster?: RosterLayout;
  load: (ctx: ServiceContext, params: P, columns: string[]) => LoadedDocument;
}

/** Pairs a loader with its renderer; the compiler checks that one's data is the other's input. */
function recordDoc<P, D>(
  version: number,
  load: (ctx: ServiceContext, params: P) => D,
  render: (data: D) => Rendered,
): DocumentDef<P> {
  return {
    version,
    load: (ctx, params) => {
      const data = load(ctx, params);
      return { render: () => render(data) };
    },
  };
}

/** A roster: its loader reads the records with the clerk's chosen columns, and its columns are listed for the picker. */
function rosterDoc<P, D>(
  def: RosterDef<D>,
  load: (ctx: ServiceContext, params: P, columns: string[]) => RosterData<D>,
): DocumentDef<P> {
  return {
    version: 1,
    roster: def,
    load: (ctx, params, columns) => {
      const data = load(ctx, params, columns);
      return { render: () => renderRosterDoc(def, data) };
    },
  };
}

/** Every printable document, by key. Add a document by adding its renderer, its loader and an entry here. */
export const DOCUMENTS: { [K in DocumentKey]: DocumentDef<DocumentParams<K>> } = {
  'roster.institutions': rosterDoc(institutionRoster, loadInstitutionRoster),
  'roster.persons': rosterDoc(personRoster, loadPersonRoster),
  'roster.staff': rosterDoc(staffRoster, loadStaffRoster),
  'form.person': recordDoc(1, loadPersonForm, renderPersonForm),
  'form.institution': recordDoc(1, loadInstitutionForm, renderInstitutionForm),
  'card.single': recordDoc(1, loadCardSingle, renderCardSingle),
  'card.sheet': recordDoc(1, loadCardSheet, renderCardSheet),
  'permit.card': recordDoc(1, loadPermitHolder, renderPermitCard),
  'permit.a5': recordDoc(1, loadPermitHolder, renderPermitA5),
  'designation.certificate': recordDoc(1, loadDesignation, renderDesignationCertificate),
  'designation.sign': recordDoc(1, loadDesignation, renderDesignationSign),
};

export const DOCUMENT_KEYS = Object.keys(DOCUMENTS) as DocumentKey[];
