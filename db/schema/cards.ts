import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { persons } from './persons';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * 阳光家园服务卡, issued requested → printed → handedOver. `void` is kept free for a lost or
 * withdrawn card: only a non-void card counts as the person's live card (partial unique index),
 * so a replacement can later be issued without a schema change. Who did each step is in the
 * audit trail; `actor` is who moved the card last.
 */
export const serviceCards = sqliteTable(
  'service_cards',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    cardNumber: text('card_number').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    status: text('status', { enum: ['requested', 'printed', 'handedOver', 'void'] })
      .notNull()
      .default('requested'),
    requestedAt: text('requested_at').notNull().default(now),
    printedAt: text('printed_at'),
    handedOverAt: text('handed_over_at'),
    // 打印批次 of markPrinted, e.g. 2026-003: which sheet run a card came out of.
    batchNo: text('batch_no'),
    actor: text('actor').notNull(),
  },
  (t) => [
    uniqueIndex('service_cards_number_uq').on(t.cardNumber),
    uniqueIndex('service_cards_year_seq_uq').on(t.year, t.seq),
    uniqueIndex('service_cards_live_uq')
      .on(t.personId)
      .where(sql`${t.status} <> 'void'`),
    index('service_cards_status_idx').on(t.status, t.cardNumber),
  ],
);

/** The last card sequence number used per year; bumped inside the requesting transaction. */
export const cardSequences = sqliteTable('card_sequences', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

export type ServiceCardRow = typeof serviceCards.$inferSelect;
