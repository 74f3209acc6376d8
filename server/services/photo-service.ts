import { eq } from 'drizzle-orm';
import { personPhotos, persons, staff, staffPhotos } from '#db/schema';
import { checkPhoto } from '#domain/person/photo';
import { inTransaction, invalid, notFound, nowIso, type ServiceContext, writeAudit } from '#server/kernel';

/** Photos of persons (cards, forms) and of staff (上岗证), stored in the register itself. */
const STORES = {
  person: { photos: personPhotos, key: personPhotos.personId, owner: persons.id, missing: 'person.notFound' },
  staff: { photos: staffPhotos, key: staffPhotos.staffId, owner: staff.id, missing: 'staff.notFound' },
} as const;
export type PhotoOwner = keyof typeof STORES;

export function getPhoto(
  ctx: ServiceContext,
  kind: PhotoOwner,
  id: number,
): { mime: string; dataBase64: string } | null {
  const store = STORES[kind];
  const row = ctx.db
    .select({ mime: store.photos.mime, data: store.photos.data })
    .from(store.photos)
    .where(eq(store.key, id))
    .get();
  return row ? { mime: row.mime, dataBase64: Buffer.from(row.data).toString('base64') } : null;
}

/** The type is read from the bytes, whatever the upload claims; a copied data file carries its photos. */
export function setPhoto(
  ctx: ServiceContext,
  kind: PhotoOwner,
  input: { id: number; dataBase64: string },
): { ok: true } {
  const store = STORES[kind];
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const checked = checkPhoto(bytes);
  if (!checked.ok) throw invalid('photo', checked.error);
  return inTransaction(ctx, (tx) => {
    const ownerTable = kind === 'person' ? persons : staff;
    if (!tx.select({ id: store.owner }).from(ownerTable).where(eq(store.owner, input.id)).get())
      throw notFound(store.missing);
    const values = { mime: checked.mime, data: bytes, updatedAt: nowIso() };
    if (kind === 'person') {
      tx.insert(personPhotos)
        .values({ personId: input.id, ...values })
        .onConflictDoUpdate({ target: personPhotos.personId, set: values })
        .run();
    } else {
      tx.insert(staffPhotos)
        .values({ staffId: input.id, ...values })
        .onConflictDoUpdate({ target: staffPhotos.staffId, set: values })
        .run();
    }
    writeAudit(tx, ctx, {
      action: 'photo',
      entity: kind,
      entityId: input.id,
      after: { mime: checked.mime, bytes: bytes.length },
    });
    return { ok: true as const };
  });
}
