import { type } from '@orpc/contract';
import { z } from 'zod';
import { CARD_STATUSES } from '../../domain/printing/card-number';
import { code, id } from '../../domain/zod-helpers';
import { base } from './base';
import type { CardRequestResult, ServiceCard } from './card-types';

const cardIds = z.array(id).min(1, code('card.selection.empty')).max(1000);

/** 阳光家园服务卡: request → (print the sheet) → confirm printed → hand over. */
export const cardsContract = {
  request: base.input(z.object({ personIds: z.array(id).min(1, code('card.selection.empty')).max(1000) })).output(type<CardRequestResult>()),
  list: base.input(z.object({ status: z.enum(CARD_STATUSES).optional(), personId: id.optional() })).output(type<ServiceCard[]>()),
  markPrinted: base.input(z.object({ cardIds })).output(type<{ batchNo: string; cards: ServiceCard[] }>()),
  handOver: base.input(z.object({ cardIds })).output(type<ServiceCard[]>()),
};
