import { implement } from '@orpc/server';
import { contract } from '../contract';
import type { ServiceContext } from '../kernel';

/** The contract implementer every route file builds its handlers from. */
export const os = implement(contract).$context<ServiceContext>();
