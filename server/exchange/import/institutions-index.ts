import { count, isNull } from 'drizzle-orm';
import { enrolments, institutions } from '#db/schema';
import type { CareMode } from '#domain/institution/enums';
import { placesFor } from '#domain/institution/capacity';
import { normalizeIdentifier } from '#domain/text';
import type { ReadHandle } from '#server/kernel';
import { normaliseLabel } from './labels';

export interface KnownInstitution {
  id: number;
  name: string;
  offers: Record<CareMode, boolean>;
  beds: number;
  dayPlaces: number;
}

/**
 * The live institutions by name and credit code, with their open enrolments per mode: staff
 * employers and care placements in a sheet are resolved here without a query per row.
 */
export class InstitutionIndex {
  private readonly byName = new Map<string, KnownInstitution>();
  private readonly byCode = new Map<string, KnownInstitution>();
  private readonly byId = new Map<number, KnownInstitution>();
  private readonly used = new Map<string, number>();

  constructor(tx: ReadHandle) {
    const rows = tx.select().from(institutions).where(isNull(institutions.archivedAt)).all();
    for (const r of rows) {
      const known: KnownInstitution = {
        id: r.id,
        name: r.name,
        offers: { residential: r.modeResidential, dayCare: r.modeDayCare, homeCare: r.modeHomeCare },
        beds: r.beds,
        dayPlaces: r.dayPlaces,
      };
      this.byId.set(r.id, known);
      const key = normaliseLabel(r.name);
      if (!this.byName.has(key)) this.byName.set(key, known);
      if (r.creditCode) this.byCode.set(r.creditCode, known);
    }
    const open = tx
      .select({ institutionId: enrolments.institutionId, mode: enrolments.mode, n: count() })
      .from(enrolments)
      .where(isNull(enrolments.endDate))
      .groupBy(enrolments.institutionId, enrolments.mode)
      .all();
    for (const o of open) if (o.institutionId !== null) this.used.set(`${o.institutionId}:${o.mode}`, o.n);
  }

  /** By name, or by credit code (employers are often given by code). */
  find(text: string): KnownInstitution | undefined {
    return this.byName.get(normaliseLabel(text)) ?? this.byCode.get(normalizeIdentifier(text).replace(/\s+/g, ''));
  }

  /** Places taken in a mode, counting the placements earlier rows of the sheet make. */
  usedPlaces(id: number, mode: CareMode): number {
    return this.used.get(`${id}:${mode}`) ?? 0;
  }

  /** The enrol rule's places for this mode (domain/institution/capacity.ts); null: no limit. */
  capacity(id: number, mode: CareMode): number | null {
    const inst = this.byId.get(id);
    return inst ? placesFor(inst, mode) : null;
  }

  takePlace(id: number, mode: CareMode): void {
    this.used.set(`${id}:${mode}`, this.usedPlaces(id, mode) + 1);
  }
}
