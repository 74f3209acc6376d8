import { eq } from 'drizzle-orm';
import { personPhotos, persons } from '../../db/schema';
import { checkPhoto } from '../../domain/person/photo';
import { inTransaction, invalid, notFound, nowIso, type ServiceContext, writeAudit } from './context';

export function getPhoto(ctx: ServiceContext, personId: number): { mime: string; dataBase64: string } | null {
  const row = ctx.db.select().from(personPhotos).where(eq(personPhotos.personId, personId)).get();
  return row ? { mime: row.mime, dataBase64: Buffer.from(row.data).toString('base64') } : null;
}

/** Stores the photo in the register itself, so a copied data file carries its photos along. */
export function setPhoto(ctx: ServiceContext, input: { id: number; dataBase64: string }): { ok: true } {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const checked = checkPhoto(bytes);
  if (!checked.ok) throw invalid('photo', checked.error);
  return inTransaction(ctx, (tx) => {
    if (!tx.select({ id: persons.id }).from(persons).where(eq(persons.id, input.id)).get()) throw notFound('person.notFound');
    tx.insert(personPhotos)
      .values({ personId: input.id, mime: checked.mime, data: bytes })
      .onConflictDoUpdate({ target: personPhotos.personId, set: { mime: checked.mime, data: bytes, updatedAt: nowIso() } })
      .run();
    writeAudit(tx, ctx, { action: 'photo', entity: 'person', entityId: input.id, after: { mime: checked.mime, bytes: bytes.length } });
    return { ok: true as const };
  });
}
