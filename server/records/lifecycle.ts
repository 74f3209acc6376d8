/** The lifecycle columns of every register table that an audit snapshot reports. */
export interface Lifecycle {
  archivedAt: string | null;
  version: number;
}

/** A row just inserted holds the tables' defaults: not archived, version 1. */
export const INSERTED: Lifecycle = { archivedAt: null, version: 1 };
