import { CARD_CSS, cardBack, type CardFace, cardFront } from './card-face';
import { documentShell, type Paper } from './html';
import type { Rendered } from './rendered';

/** Card-sized pages, no margin: the card printer's own feed. */
const PAPER: Paper = { size: 'ID1', orientation: 'landscape' };

/**
 * One 阳光家园服务卡 on a card-sized page (for card printers fed with blank PVC cards): front on
 * page 1, back on page 2. Printing it does not mark the card printed; the clerk confirms that.
 */
export function renderCardSingle(face: CardFace): Rendered {
  const title = `阳光家园服务卡（${face.card.personName}）`;
  const pages = [
    `<section class="page">${cardFront(face)}</section>`,
    `<section class="page">${cardBack(face)}</section>`,
  ];
  const html = documentShell({ title, paper: PAPER, marginMm: 0, css: CARD_CSS, pages });
  return { title, html, pages: 2, ids: [face.card.id] };
}
