import dayjs from 'dayjs';
import { formatDateZh, today } from '#domain/dates';
import type { ServiceCard } from '#server/contract/card-types';
import { invalid, type ServiceContext } from '#server/kernel';
import { getCards, listCards } from '#server/services/card-service';
import type { CardFace } from '../card-face';
import { loadHeading } from './heading';
import { photoUrl } from './photo';

/**
 * What the card faces need. The issue date is the day the card was confirmed printed; before
 * that (the first print run) it is today, the day the clerk prints it.
 */
function cardFaces(ctx: ServiceContext, cards: ServiceCard[]): CardFace[] {
  const { unit } = loadHeading(ctx);
  return cards.map((card) => ({
    card,
    photo: photoUrl(ctx, 'person', card.personId),
    issueDate: formatDateZh(card.printedAt ? dayjs(card.printedAt).format('YYYY-MM-DD') : today()),
    unit,
  }));
}

export function loadCardSingle(ctx: ServiceContext, params: { cardId: number }): CardFace {
  const [face] = cardFaces(ctx, getCards(ctx, [params.cardId]));
  if (!face) throw new Error('unreachable: getCards returns the card or refuses');
  return face;
}

/** Chosen cards, or every card waiting to be printed; refuses a run with no card in it. */
export function loadCardSheet(
  ctx: ServiceContext,
  params: { cardIds: number[] } | { status: 'requested' },
): CardFace[] {
  const cards = 'cardIds' in params ? getCards(ctx, params.cardIds) : listCards(ctx, { status: 'requested' });
  if (cards.length === 0) throw invalid('status', 'card.none');
  return cardFaces(ctx, cards);
}
