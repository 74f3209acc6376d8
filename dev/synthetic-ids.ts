import { residentIdCheckChar } from '#domain/identity/resident-id';
import type { Random } from './random';

/** Dates as whole days since 1970-01-01 (UTC), so the generator does plain integer arithmetic. */
const MS_PER_DAY = 86_400_000;
export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
const isoCache = new Map<number, string>();
/** Memoised: a million people are born, certified and surveyed on a few tens of thousands of days. */
export const isoOf = (day: number): string => {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
};
export const addYears = (day: number, years: number): number => {
  const d = new Date(day * MS_PER_DAY);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return Math.round(d.getTime() / MS_PER_DAY);
};

const FIRST_BIRTH = dayOf('1950-01-01');
const BIRTH_DAYS = dayOf('2010-12-31') - FIRST_BIRTH + 1;
const ORDERS = 1000;
/** Odd and coprime to 1000: walks all 1000 order codes of a day, alternating odd (male) and even. */
const ORDER_STRIDE = 337;

const idOf = (area: string, day: number, order: number): string => {
  const first17 = area + isoOf(day).replace(/-/g, '') + String(order).padStart(3, '0');
  return first17 + residentIdCheckChar(first17);
};

/**
 * Hands out check-valid 身份证号 in one area, born 1950–2010, never the same twice: each birth day
 * has its own walk through the 1000 order codes, and numbers already in the register are skipped.
 */
export class ResidentIdAllocator {
  private readonly used = new Uint16Array(BIRTH_DAYS);
  private readonly taken = new Uint8Array(Math.ceil((BIRTH_DAYS * ORDERS) / 8));

  constructor(
    private readonly area: string,
    private readonly random: Random,
  ) {
    if (!/^\d{6}$/.test(area)) throw new RangeError(`area code must be 6 digits: ${area}`);
  }

  /** Marks a number already held by someone, if it lies in this allocator's range. */
  markTaken(id: string): void {
    if (!id.startsWith(this.area) || id.length !== 18) return;
    const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
    const day = dayOf(birth) - FIRST_BIRTH;
    if (!(day >= 0 && day < BIRTH_DAYS)) return;
    this.setBit(day * ORDERS + Number(id.slice(14, 17)));
  }

  /** A fresh number and the birth day it encodes. */
  next(): { id: string; birthDay: number } {
    for (;;) {
      const day = this.random.int(0, BIRTH_DAYS - 1);
      while ((this.used[day] ?? ORDERS) < ORDERS) {
        const k = (this.used[day] ?? 0) + 1;
        this.used[day] = k;
        const order = (day * 7919 + k * ORDER_STRIDE) % ORDERS;
        const slot = day * ORDERS + order;
        if (this.hasBit(slot)) continue;
        this.setBit(slot);
        return { id: idOf(this.area, FIRST_BIRTH + day, order), birthDay: FIRST_BIRTH + day };
      }
    }
  }

  private hasBit(slot: number): boolean {
    return (((this.taken[slot >> 3] ?? 0) >> (slot & 7)) & 1) === 1;
  }

  private setBit(slot: number): void {
    this.taken[slot >> 3] = (this.taken[slot >> 3] ?? 0) | (1 << (slot & 7));
  }
}

/** A check-valid number for a guardian; guardians' numbers need not be unique in the register. */
export function guardianResidentId(random: Random, area: string, birthYear: number): string {
  const year = Math.min(Math.max(birthYear, 1920), 2006);
  const day = dayOf(`${year}-01-01`) + random.int(0, 364);
  return idOf(area, day, random.int(0, ORDERS - 1));
}
