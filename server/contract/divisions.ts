import { type } from '@orpc/contract';
import { z } from 'zod';
import {
  divisionArchiveInput,
  divisionCreateInput,
  divisionMoveInput,
  divisionRenameInput,
} from '#domain/division/schema';
import { base } from './base';
import type { Division, DivisionNode } from './types';

/** 行政区划: the district, its streets and communities every record is placed in. */
export const divisionsContract = {
  /** Caller: any clerk. Trusts: nothing; read only. */
  tree: base.input(z.object({ includeArchived: z.boolean().default(false) })).output(type<DivisionNode[]>()),
  /** Caller: any clerk; office-wide setting. Trusts: nothing beyond its checked input: the parent must exist and be live, level and code are checked against it, the code must be free. */
  create: base.input(divisionCreateInput).output(type<Division>()),
  /** Caller: any clerk; office-wide setting. Trusts: nothing beyond its checked input: the code is checked again against the parent and must be free. */
  rename: base.input(divisionRenameInput).output(type<Division>()),
  /** Caller: any clerk; office-wide setting. Trusts: nothing beyond its checked input: only to a live parent of the level above (a same-level move); the code is marked unverified. */
  move: base.input(divisionMoveInput).output(type<Division>()),
  /** Caller: any clerk; office-wide setting. Trusts: nothing; refused while live children or institutions still use the division, a restore while its parent is archived. */
  archive: base.input(divisionArchiveInput).output(type<Division>()),
};
