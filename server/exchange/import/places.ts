import { divisions } from '#db/schema';
import type { MessageCode } from '#domain/messages';
import type { ReadHandle } from '#server/kernel';
import { normaliseLabel } from './labels';

interface Place {
  id: number;
  name: string;
  archived: boolean;
}

export type PlaceResult =
  { ok: true; id: number; name: string } | { ok: false; code: MessageCode; params?: Record<string, string> };

// Sheets write 龙城, 龙城街道 or 龙城街道办事处 for the same street, 龙西 or 龙西社区 for a community.
const STREET_SUFFIX = /(街道办事处|街道办|街道|镇人民政府|镇)$/;
const COMMUNITY_SUFFIX = /(社区居委会|社区居民委员会|居委会|社区|村委会|村民委员会|村)$/;

/** Name → place, by full name first and then by name without its suffix; live places win over archived ones. */
class NameIndex {
  private readonly exact = new Map<string, Place>();
  private readonly stem = new Map<string, Place | 'ambiguous'>();

  constructor(private readonly suffix: RegExp) {}

  add(p: Place): void {
    const key = normaliseLabel(p.name);
    const known = this.exact.get(key);
    if (!known || (known.archived && !p.archived)) this.exact.set(key, p);
    const stem = key.replace(this.suffix, '');
    const other = this.stem.get(stem);
    if (other === undefined) this.stem.set(stem, p);
    else if (other !== 'ambiguous' && other.id !== p.id) {
      if (other.archived !== p.archived) this.stem.set(stem, other.archived ? p : other);
      else this.stem.set(stem, 'ambiguous');
    }
  }

  find(name: string): Place | undefined {
    const key = normaliseLabel(name);
    const exact = this.exact.get(key);
    if (exact) return exact;
    const stem = this.stem.get(key.replace(this.suffix, ''));
    return stem === 'ambiguous' ? undefined : stem;
  }
}

/**
 * The office's streets and their communities, loaded once per validation: street and
 * community names in a sheet are resolved here, with the services' own place rules (a live
 * street; a community of that street; nothing archived).
 */
export class Places {
  private readonly streets = new NameIndex(STREET_SUFFIX);
  private readonly communities = new Map<number, NameIndex>();

  constructor(tx: ReadHandle) {
    const rows = tx
      .select({
        id: divisions.id,
        name: divisions.name,
        level: divisions.level,
        parentId: divisions.parentId,
        archivedAt: divisions.archivedAt,
      })
      .from(divisions)
      .all();
    for (const r of rows) {
      const place = { id: r.id, name: r.name, archived: r.archivedAt !== null };
      if (r.level === 'street') this.streets.add(place);
      if (r.level === 'community' && r.parentId !== null) {
        let index = this.communities.get(r.parentId);
        if (!index) this.communities.set(r.parentId, (index = new NameIndex(COMMUNITY_SUFFIX)));
        index.add(place);
      }
    }
  }

  street(name: string): PlaceResult {
    const s = this.streets.find(name);
    if (!s) return { ok: false, code: 'import.street.unknown', params: { name } };
    if (s.archived) return { ok: false, code: 'division.archivedChoice' };
    return { ok: true, id: s.id, name: s.name };
  }

  community(streetId: number, streetName: string, name: string): PlaceResult {
    const c = this.communities.get(streetId)?.find(name);
    if (!c) return { ok: false, code: 'import.community.unknown', params: { street: streetName, name } };
    if (c.archived) return { ok: false, code: 'division.archivedChoice' };
    return { ok: true, id: c.id, name: c.name };
  }
}
