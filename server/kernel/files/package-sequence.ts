import { and, eq, isNotNull, max, or } from 'drizzle-orm';
import { getMeta } from '#db';
import { fileWrites } from '#db/schema';

type Db = Parameters<typeof getMeta>[0];

/** The last package sequence number logged as exported; bumped in the transaction that logs it. */
export const SEQUENCE_KEY = 'package_last_sequence';
/** Where the next package's period starts: the end of the last one's. */
export const PERIOD_KEY = 'package_last_period_to';

export const lastSequence = (db: Db): number => Number(getMeta(db, SEQUENCE_KEY) ?? '0');

/**
 * The number the next package gets. Beyond the last one logged, a number is used up as soon as
 * its file may have reached its final name (a USB stick may carry it even if the export never
 * finished) or while its write is still running; only a write that failed before the rename
 * gives its number back.
 */
export function nextSequence(db: Db): number {
  const taken = db
    .select({ n: max(fileWrites.sequence) })
    .from(fileWrites)
    .where(and(eq(fileWrites.kind, 'package'), or(isNotNull(fileWrites.finalPath), eq(fileWrites.status, 'pending'))))
    .get()?.n;
  return Math.max(lastSequence(db), taken ?? 0) + 1;
}
