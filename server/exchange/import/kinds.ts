import type { SheetKind } from '../columns';
import type { InstitutionIndex } from './institutions-index';
import type { Places } from './places';
import type { RowReader } from './row-reader';

/** What a row reader needs besides the row: the register's places and institutions, loaded once. */
export interface ReadEnv {
  places: Places;
  institutions: InstitutionIndex;
  /** The clerk's answer when the sheet has 托养方式 but no 托养开始日期 column. */
  placements?: PlacementChoice;
}

/**
 * How care placements are read: the start date from one date for every row (the sheet has no
 * start date column), or none imported at all; absent means from the sheet's own columns.
 */
export interface PlacementChoice {
  skip: boolean;
  /** YYYY-MM-DD, used where the sheet has no start date column. */
  startDate: string | null;
}

/** A value that must be unique: within the sheet and against the register. */
export interface RowKey {
  field: string;
  /** e.g. 'residentId' or 'institutionName'; keys of different types never clash. */
  type: string;
  value: string;
}

export interface ReadResult<R> {
  /** The register input, when the row has no errors. */
  record: R | null;
  keys: RowKey[];
}

/** One register's import: how a row becomes its input and what must stay unique. */
export interface KindReader<R, K extends SheetKind = SheetKind> {
  kind: K;
  read(r: RowReader, env: ReadEnv): ReadResult<R>;
}
