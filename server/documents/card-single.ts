import type { ServiceContext } from '../kernel';
import { getCards } from '../services/card-service';
import { CARD_CSS, cardBack, cardFaces, cardFront } from './card-face';
import { documentShell } from './html';
import type { Rendered } from './registry';

/**
 * One 阳光家园服务卡 on a card-sized page (for card printers fed with blank PVC cards): front on
 * page 1, back on page 2. Printing it does not mark the card printed; the clerk confirms that.
 */
export function renderCardSingle(ctx: ServiceContext, params: { cardId: number }): Rendered {
  const [face] = cardFaces(ctx, getCards(ctx, [params.cardId]));
  if (!face) throw new Error('unreachable: getCards returns the card or refuses');
  const title = `阳光家园服务卡（${face.card.personName}）`;
  const pages = [`<section class="page">${cardFront(face)}</section>`, `<section class="page">${cardBack(face)}</section>`];
  const html = documentShell({ title, paper: { size: 'ID1', orientation: 'landscape' }, marginMm: 0, css: CARD_CSS, pages });
  return { title, html, pages: 2, ids: [face.card.id] };
}
