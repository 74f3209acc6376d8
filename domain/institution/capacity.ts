import type { CareMode } from './enums';

/**
 * The places a placement in `mode` counts against: beds for residential care, day places for day
 * care; home care is delivered at home and has no limit (null). Enrolment and the Excel import
 * both judge "over capacity" by this.
 */
export function placesFor(inst: { beds: number; dayPlaces: number }, mode: CareMode): number | null {
  if (mode === 'residential') return inst.beds;
  if (mode === 'dayCare') return inst.dayPlaces;
  return null;
}
