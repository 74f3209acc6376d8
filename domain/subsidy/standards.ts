import type { CareMode } from '../institution/enums';

/**
 * Yearly subsidy per recipient by care mode, in 分. Set by the office each programme year
 * (DOMAIN.md: settle as a setting); the default is the 2012–2015 national floor.
 */
export type SubsidyStandards = Record<CareMode, number>;

export const DEFAULT_STANDARDS: SubsidyStandards = { residential: 150_000, dayCare: 60_000, homeCare: 60_000 };
