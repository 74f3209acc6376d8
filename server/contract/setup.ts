import { type } from '@orpc/contract';
import { base } from './base';
import type { SetupStatus } from './types';

/** First run: the choice between demo data and an empty register, and who is working. */
export const setupContract = {
  /** Caller: any clerk, before the first-run choice and after. Trusts: nothing (no input); read only. */
  status: base.output(type<SetupStatus>()),
  /** Caller: any clerk, at first run. Trusts: nothing (no input); refused unless the register holds no division and no institution, so demo records never mix with real ones. */
  loadDemo: base.output(type<SetupStatus>()),
  /** Caller: any clerk, at first run. Trusts: nothing (no input); records the choice so the first-run offer is not shown again, and makes the office key. */
  startEmpty: base.output(type<SetupStatus>()),
};
