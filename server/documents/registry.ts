import type { ServiceContext } from '../kernel';
import { renderCardSheet } from './card-sheet';
import { renderCardSingle } from './card-single';
import { renderDesignationCertificate } from './designation-certificate';
import { renderDesignationSign } from './designation-sign';
import { renderInstitutionForm } from './institution-form';
import { renderPermitCard } from './permit-card';
import { renderPermitA5 } from './permit-certificate';
import { renderPersonForm } from './person-form';
import { institutionRoster, personRoster, renderRosterDoc, type RosterDef, staffRoster } from './rosters';

/**
 * Every printable document, by key. `version` is the template version written to the print
 * history, so a reprint can say which layout the original used. Add a document by adding a
 * module and an entry here.
 */
export interface Rendered {
  title: string;
  html: string;
  pages: number;
  ids: number[];
}

interface DocumentDef {
  version: number;
  roster?: RosterDef<never>;
  render(ctx: ServiceContext, params: Record<string, unknown>, columns: string[]): Rendered;
}

function rosterDoc<P>(def: RosterDef<P>): DocumentDef {
  return {
    version: 1,
    roster: def as RosterDef<never>,
    render: (ctx, params, columns) => {
      const out = renderRosterDoc(ctx, def, params as P, columns);
      const title = /<title>(.*?)<\/title>/.exec(out.html)?.[1] ?? '';
      return { ...out, title };
    },
  };
}

/** A document of one or a few records; its params were validated by the contract for its key. */
function recordDoc<P>(version: number, render: (ctx: ServiceContext, params: P) => Rendered): DocumentDef {
  return { version, render: (ctx, params) => render(ctx, params as P) };
}

export const DOCUMENTS = {
  'roster.institutions': rosterDoc(institutionRoster),
  'roster.persons': rosterDoc(personRoster),
  'roster.staff': rosterDoc(staffRoster),
  'form.person': recordDoc(1, renderPersonForm),
  'form.institution': recordDoc(1, renderInstitutionForm),
  'card.single': recordDoc(1, renderCardSingle),
  'card.sheet': recordDoc(1, renderCardSheet),
  'permit.card': recordDoc(1, renderPermitCard),
  'permit.a5': recordDoc(1, renderPermitA5),
  'designation.certificate': recordDoc(1, renderDesignationCertificate),
  'designation.sign': recordDoc(1, renderDesignationSign),
} satisfies Record<string, DocumentDef>;

export type DocumentKey = keyof typeof DOCUMENTS;
export const DOCUMENT_KEYS = Object.keys(DOCUMENTS) as DocumentKey[];
