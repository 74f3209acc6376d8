import { describe, expect, it } from 'vitest';
import { placesFor } from '#domain/institution/capacity';

describe('placesFor', () => {
  it('counts residential care against beds, day care against day places, home care against nothing', () => {
    const inst = { beds: 30, dayPlaces: 12 };
    expect(placesFor(inst, 'residential')).toBe(30);
    expect(placesFor(inst, 'dayCare')).toBe(12);
    expect(placesFor(inst, 'homeCare')).toBeNull();
  });
});
