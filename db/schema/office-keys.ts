import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * 本单位密钥: the office's Ed25519 key pair that signs its data packages. Kept apart from
 * schema_meta, the settings store, so nothing that reads or copies settings ever touches the
 * private key; it never leaves the register file. The public key's SHA-256 is the fingerprint
 * the office above registered, so a key row is never rewritten: one is active at a time, and a
 * replaced one would stay as 'retired'.
 */
export const officeKeys = sqliteTable(
  'office_keys',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // SPKI DER, base64.
    publicKey: text('public_key').notNull(),
    // PKCS8 DER, base64.
    privateKey: text('private_key').notNull(),
    status: text('status', { enum: ['active', 'retired'] })
      .notNull()
      .default('active'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('office_keys_active_uq')
      .on(t.status)
      .where(sql`${t.status} = 'active'`),
  ],
);

export type OfficeKeyRow = typeof officeKeys.$inferSelect;
