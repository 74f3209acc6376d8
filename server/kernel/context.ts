import type Database from 'better-sqlite3';
import type { RegisterDb } from '#db';

/**
 * Who is acting and on which register; built per request by the host. Every service, loader
 * and exchange step takes it: nothing below the API reads a global.
 */
export interface ServiceContext {
  db: RegisterDb;
  actor: string;
  appVersion: string;
  dataFile: string;
}

/**
 * The better-sqlite3 connection under drizzle (drizzle() attaches it as $client; RegisterDb's
 * type does not say so), for bulk paths where a prepared statement per page or per row beats
 * building a query each time: the Excel import and export.
 */
export const sqliteOf = (ctx: ServiceContext): Database.Database =>
  (ctx.db as RegisterDb & { $client: Database.Database }).$client;
