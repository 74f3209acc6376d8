import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { cardSequences, divisions, enrolments, institutions, persons, serviceCards } from '#db/schema';
import { today } from '#domain/dates';
import { maskResidentId } from '#domain/masking';
import { formatMessage, type MessageCode } from '#domain/messages';
import { type CardStatus, makeCardNumber } from '#domain/printing/card-number';
import type { CardRefusal, CardRequestResult, ServiceCard } from '#server/contract/card-types';
import {
  conflict,
  inTransaction,
  invalid,
  notFound,
  nowIso,
  type ServiceContext,
  type ReadHandle,
  type Tx,
  writeAudit,
} from '#server/kernel';

/** Cards with their holder and the holder's open enrolment (what the card front shows today). */
function cardQuery(tx: ReadHandle) {
  return tx
    .select({
      c: serviceCards,
      name: persons.name,
      residentId: persons.residentId,
      mode: enrolments.mode,
      institutionName: institutions.name,
    })
    .from(serviceCards)
    .innerJoin(persons, eq(persons.id, serviceCards.personId))
    .leftJoin(enrolments, and(eq(enrolments.personId, serviceCards.personId), isNull(enrolments.endDate)))
    .leftJoin(institutions, eq(institutions.id, enrolments.institutionId));
}

type Row = Awaited<ReturnType<ReturnType<typeof cardQuery>['all']>>[number];

const toCard = (r: Row): ServiceCard => ({
  id: r.c.id,
  personId: r.c.personId,
  personName: r.name,
  residentIdMasked: maskResidentId(r.residentId),
  cardNumber: r.c.cardNumber,
  status: r.c.status,
  requestedAt: r.c.requestedAt,
  printedAt: r.c.printedAt,
  handedOverAt: r.c.handedOverAt,
  batchNo: r.c.batchNo,
  actor: r.c.actor,
  enrolment: r.mode ? { mode: r.mode, institutionName: r.institutionName } : null,
});

export function listCards(ctx: ServiceContext, q: { status?: CardStatus; personId?: number }): ServiceCard[] {
  const where: SQL[] = [];
  if (q.status) where.push(eq(serviceCards.status, q.status));
  if (q.personId) where.push(eq(serviceCards.personId, q.personId));
  return cardQuery(ctx.db)
    .where(and(...where))
    .orderBy(asc(serviceCards.cardNumber))
    .all()
    .map(toCard);
}

/** The given cards in the order asked for; an unknown or void card is refused as not found. */
export function getCards(ctx: { db: ReadHandle }, ids: number[]): ServiceCard[] {
  const unique = [...new Set(ids)];
  const rows = new Map(
    cardQuery(ctx.db)
      .where(inArray(serviceCards.id, unique))
      .all()
      .map((r) => [r.c.id, r]),
  );
  return unique.map((id) => {
    const r = rows.get(id);
    if (!r || r.c.status === 'void') throw notFound('card.notFound');
    return toCard(r);
  });
}

/** The county code of the register's district (the root division), as in 上岗证 numbers. */
function districtCode(tx: ReadHandle): string | null {
  const code = tx
    .select({ code: divisions.code })
    .from(divisions)
    .where(isNull(divisions.parentId))
    .orderBy(asc(divisions.id))
    .get()?.code;
  return code && /^\d{6}/.test(code) ? code.slice(0, 6) : null;
}

/**
 * The next sequence number of the year. Bumped inside the requesting transaction, so a refused
 * person or a failed request never uses up a number (no gaps), and the IMMEDIATE transaction's
 * write lock keeps two windows from drawing the same one (no reuse).
 */
function nextSeq(tx: Tx, year: number): number {
  return tx
    .insert(cardSequences)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: cardSequences.year, set: { last: sql`${cardSequences.last} + 1` } })
    .returning({ last: cardSequences.last })
    .get().last;
}

/** Why a person cannot have a card now, or null: on the register, active, in care, no live card. */
function refusalFor(
  tx: ReadHandle,
  personId: number,
): { code: MessageCode; name: string | null; params?: Record<string, string> } | null {
  const p = tx
    .select({ name: persons.name, status: persons.status, archivedAt: persons.archivedAt })
    .from(persons)
    .where(eq(persons.id, personId))
    .get();
  if (!p) return { code: 'person.notFound', name: null };
  if (p.archivedAt || p.status !== 'active') return { code: 'card.person.notActive', name: p.name };
  const open = tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(and(eq(enrolments.personId, personId), isNull(enrolments.endDate)))
    .get();
  if (!open) return { code: 'card.person.notEnrolled', name: p.name };
  const live = tx
    .select({ number: serviceCards.cardNumber })
    .from(serviceCards)
    .where(and(eq(serviceCards.personId, personId), sql`${serviceCards.status} <> 'void'`))
    .get();
  return live ? { code: 'card.exists', name: p.name, params: { number: live.number } } : null;
}

/**
 * 申请服务卡 for many persons at once: each eligible person gets a numbered card in status
 * requested; the others are reported one by one and nothing is written for them.
 */
export function requestCards(ctx: ServiceContext, input: { personIds: number[] }): CardRequestResult {
  return inTransaction(ctx, (tx) => {
    const district = districtCode(tx);
    if (!district) throw invalid('personIds', 'card.district.missing');
    const year = Number(today().slice(0, 4));
    const issued: number[] = [];
    const refused: CardRefusal[] = [];
    for (const personId of new Set(input.personIds)) {
      const why = refusalFor(tx, personId);
      if (why) {
        refused.push({
          personId,
          name: why.name,
          code: why.code,
          message: formatMessage(why.code, why.params),
          ...(why.params ? { params: why.params } : {}),
        });
        continue;
      }
      const seq = nextSeq(tx, year);
      const cardNumber = makeCardNumber({ district, year, seq });
      const row = tx
        .insert(serviceCards)
        .values({ personId, cardNumber, year, seq, actor: ctx.actor })
        .returning({ id: serviceCards.id })
        .get();
      writeAudit(tx, ctx, {
        action: 'card.request',
        entity: 'person',
        entityId: personId,
        after: { cardId: row.id, cardNumber, status: 'requested' },
      });
      issued.push(row.id);
    }
    return { issued: issued.length ? getCards({ db: tx }, issued) : [], refused };
  });
}

/** Moves a whole batch one step, or none of it: one card in the wrong state refuses them all. */
function advance(
  ctx: ServiceContext,
  tx: Tx,
  ids: number[],
  from: CardStatus,
  refusal: MessageCode,
  set: Partial<typeof serviceCards.$inferInsert>,
  action: string,
) {
  const cards = getCards({ db: tx }, ids);
  const wrong = cards.find((c) => c.status !== from);
  if (wrong) throw conflict('cardIds', refusal, { number: wrong.cardNumber });
  tx.update(serviceCards)
    .set({ ...set, actor: ctx.actor })
    .where(
      inArray(
        serviceCards.id,
        cards.map((c) => c.id),
      ),
    )
    .run();
  const after = getCards({ db: tx }, ids);
  after.forEach((c, i) => {
    const before = cards[i];
    writeAudit(tx, ctx, {
      action,
      entity: 'person',
      entityId: c.personId,
      before: { cardId: c.id, cardNumber: c.cardNumber, status: before?.status },
      after: { cardId: c.id, cardNumber: c.cardNumber, status: c.status, batchNo: c.batchNo },
    });
  });
  return after;
}

/** The next 打印批次 of the year, e.g. 2026-004 (numeric, so batch 1000 still follows 999). */
function nextBatch(tx: ReadHandle, year: number): string {
  const last = tx
    .select({ n: sql<number | null>`max(cast(substr(${serviceCards.batchNo}, 6) as integer))` })
    .from(serviceCards)
    .where(sql`${serviceCards.batchNo} like ${`${year}-%`}`)
    .get()?.n;
  return `${year}-${String((last ?? 0) + 1).padStart(3, '0')}`;
}

/**
 * The clerk confirms the sheet came out right (printing the sheet itself changes nothing, since
 * a jammed printer is common). All cards of one confirmation share a batch number.
 */
export function markPrinted(
  ctx: ServiceContext,
  input: { cardIds: number[] },
): { batchNo: string; cards: ServiceCard[] } {
  return inTransaction(ctx, (tx) => {
    const batchNo = nextBatch(tx, Number(today().slice(0, 4)));
    const cards = advance(
      ctx,
      tx,
      input.cardIds,
      'requested',
      'card.notRequested',
      { status: 'printed', printedAt: nowIso(), batchNo },
      'card.printed',
    );
    return { batchNo, cards };
  });
}

/** 发放: only a printed card can be handed to its holder. */
export function handOver(ctx: ServiceContext, input: { cardIds: number[] }): ServiceCard[] {
  return inTransaction(ctx, (tx) =>
    advance(
      ctx,
      tx,
      input.cardIds,
      'printed',
      'card.notPrinted',
      { status: 'handedOver', handedOverAt: nowIso() },
      'card.handOver',
    ),
  );
}
