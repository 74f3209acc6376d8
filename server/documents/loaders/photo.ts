import type { ServiceContext } from '../../kernel';
import { getPhoto, type PhotoOwner } from '../../services/photo-service';

/** The stored photo as a data: URL (type already checked from its bytes on upload), or null. */
export function photoUrl(ctx: ServiceContext, kind: PhotoOwner, id: number): string | null {
  const p = getPhoto(ctx, kind, id);
  return p ? `data:${p.mime};base64,${p.dataBase64}` : null;
}
