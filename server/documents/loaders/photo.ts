import type { ServiceContext } from '#server/kernel';
import { getPhoto, type PhotoOwner } from '#server/services/photo-service';

/** The stored photo as a data: URL (type already checked from its bytes on upload), or null. */
export function photoUrl(ctx: ServiceContext, kind: PhotoOwner, id: number): string | null {
  const p = getPhoto(ctx, kind, id);
  return p ? `data:${p.mime};base64,${p.dataBase64}` : null;
}
