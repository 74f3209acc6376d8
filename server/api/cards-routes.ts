import { os } from './os';
import * as cardSvc from '#server/services/card-service';

/** Handlers of the 阳光家园服务卡 area; who may call each and what it trusts is the trust line on its procedure in server/contract/cards.ts. */
export const cardsRoutes = os.cards.router({
  request: os.cards.request.handler(({ context, input }) => cardSvc.requestCards(context, input)),
  list: os.cards.list.handler(({ context, input }) => cardSvc.listCards(context, input)),
  markPrinted: os.cards.markPrinted.handler(({ context, input }) => cardSvc.markPrinted(context, input)),
  handOver: os.cards.handOver.handler(({ context, input }) => cardSvc.handOver(context, input)),
});
