/**
 * What every document renders to, and the heading most of them print. Its own file so the
 * registry (which imports every renderer) and the renderers (which return this) do not import
 * each other.
 */
export interface Rendered {
  title: string;
  html: string;
  pages: number;
  /** The records printed, for the print history. */
  ids: number[];
}

/** District, issuing unit, and the year and date of printing, as rosters and forms head them. */
export interface Heading {
  district: string;
  unit: string;
  year: number;
  date: string;
}
