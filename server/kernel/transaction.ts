import type { RegisterDb } from '#db';
import type { ServiceContext } from './context';

/** A write handle: the transaction one user action runs in. */
export type Tx = Parameters<Parameters<RegisterDb['transaction']>[0]>[0];

/**
 * A read handle: a transaction or the database, seen through `select` only, so a function that
 * takes one cannot write (the compiler refuses insert, update and delete on it).
 */
export type ReadHandle = Pick<Tx, 'select'>;

/**
 * Runs one user action in one IMMEDIATE transaction (the write lock is taken up front, so two
 * windows saving at once queue instead of failing half-way).
 */
export function inTransaction<T>(ctx: ServiceContext, fn: (tx: Tx) => T): T {
  return ctx.db.transaction(fn, { behavior: 'immediate' });
}
