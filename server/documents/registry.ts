import type { ServiceContext } from '../services/context';
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

export const DOCUMENTS = {
  'roster.institutions': rosterDoc(institutionRoster),
  'roster.persons': rosterDoc(personRoster),
  'roster.staff': rosterDoc(staffRoster),
} satisfies Record<string, DocumentDef>;

export type DocumentKey = keyof typeof DOCUMENTS;
export const DOCUMENT_KEYS = Object.keys(DOCUMENTS) as DocumentKey[];
