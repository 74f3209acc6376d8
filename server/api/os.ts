import { implement } from '@orpc/server';
import { contract } from '#server/contract';
import type { ServiceContext } from '#server/kernel';

/** The contract implementer every route file builds its handlers from. */
export const os = implement(contract).$context<ServiceContext>();
