import { type } from '@orpc/contract';
import { z } from 'zod';
import { base } from './base';

/** The office's own settings (the 上岗证 number pattern). */
export const settingsContract = {
  /** Caller: any clerk. Trusts: nothing (no input); read only. */
  permitPattern: base.output(type<{ pattern: string; example: string }>()),
  /** Caller: any clerk; office-wide setting. Trusts: nothing; the pattern itself is checked (one {seq}, a {year}, known placeholders only) before it is saved. */
  setPermitPattern: base
    .input(z.object({ pattern: z.string().trim().max(60) }))
    .output(type<{ pattern: string; example: string }>()),
};
