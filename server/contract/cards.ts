import { type } from '@orpc/contract';
import { z } from 'zod';
import { CARD_STATUSES } from '#domain/printing/card-number';
import { code, id } from '#domain/zod-helpers';
import { base } from './base';
import type { CardRequestResult, ServiceCard } from './card-types';

const cardIds = z.array(id).min(1, code('card.selection.empty')).max(1000);

/** 阳光家园服务卡: request → (print the sheet) → confirm printed → hand over. */
export const cardsContract = {
  /** Caller: any clerk. Trusts: nothing beyond its checked ids (1 to 1000): each person is checked here (on the register, active, in care, no live card); those refused are reported one by one and nothing is written for them. */
  request: base
    .input(z.object({ personIds: z.array(id).min(1, code('card.selection.empty')).max(1000) }))
    .output(type<CardRequestResult>()),
  /** Caller: any clerk. Trusts: nothing; read only, ID numbers come back masked. */
  list: base
    .input(z.object({ status: z.enum(CARD_STATUSES).optional(), personId: id.optional() }))
    .output(type<ServiceCard[]>()),
  /** Caller: any clerk, confirming the sheet came out right. Trusts: nothing beyond its checked ids: the whole batch is refused if one card is not waiting to be printed. */
  markPrinted: base.input(z.object({ cardIds })).output(type<{ batchNo: string; cards: ServiceCard[] }>()),
  /** Caller: any clerk. Trusts: nothing beyond its checked ids: the whole batch is refused if one card has not been confirmed as printed. */
  handOver: base.input(z.object({ cardIds })).output(type<ServiceCard[]>()),
};
