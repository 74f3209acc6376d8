// 阳光家园服务卡 lifecycle: requested → printed → handed over, one transaction per step, refusals
// that change nothing, a gap-free yearly number with a valid check character.
import { describe, expect, it } from 'vitest';
import { isValidCardNumber, makeCardNumber } from '#domain/printing/card-number';
import { fieldsOf, personInput, refusal, rowCount, type TestApp, useApp } from './helpers';
import { demoRegister, enrolledPersons } from '../documents/doc-fixtures';

const app = useApp();
const year = new Date().getFullYear();
const cardNo = (seq: number) => makeCardNumber({ district: '440307', year, seq });

/** What the file holds for cards, to prove a refusal wrote nothing. */
function snapshot(a: TestApp) {
  return {
    cards: a.sqlite
      .prepare(
        'SELECT id, person_id, card_number, status, printed_at, handed_over_at, batch_no FROM service_cards ORDER BY id',
      )
      .all(),
    sequences: a.sqlite.prepare('SELECT year, last FROM card_sequences').all(),
    audit: rowCount(a, 'audit_log'),
  };
}

const auditOf = (a: TestApp, action: string) =>
  a.sqlite
    .prepare('SELECT entity, entity_id AS entityId, actor FROM audit_log WHERE action = ? ORDER BY id')
    .all(action) as { entity: string; entityId: number; actor: string }[];

describe('cards/request', () => {
  it('numbers cards district + year + sequence + check, one audit row per person, and reports refusals per person', async () => {
    const a = app();
    const { places, centreId } = await demoRegister(a);
    const [p1, p2] = await enrolledPersons(a, places, centreId, 2);
    const notEnrolled = await a.api.persons.create(personInput(places, { name: '简明轩', seq: 40 }));
    const r = await a.api.cards.request({ personIds: [p1!.id, notEnrolled.id, p2!.id, 99999, p1!.id] });
    expect(r.issued.map((c) => [c.personId, c.cardNumber, c.status])).toEqual([
      [p1!.id, cardNo(1), 'requested'],
      [p2!.id, cardNo(2), 'requested'],
    ]);
    expect(r.issued.every((c) => isValidCardNumber(c.cardNumber))).toBe(true);
    expect(r.issued[0]).toMatchObject({
      personName: p1!.name,
      residentIdMasked: p1!.residentIdMasked,
      actor: 'tester',
      enrolment: { mode: 'residential', institutionName: '龙岗区残疾人托养中心' },
    });
    expect(r.refused).toEqual([
      {
        personId: notEnrolled.id,
        name: '简明轩',
        code: 'card.person.notEnrolled',
        message: '该残疾人目前不在托养中，只有在托人员可以申请服务卡',
      },
      { personId: 99999, name: null, code: 'person.notFound', message: '未找到该残疾人记录' },
    ]);
    expect(auditOf(a, 'card.request')).toEqual([
      { entity: 'person', entityId: p1!.id, actor: 'tester' },
      { entity: 'person', entityId: p2!.id, actor: 'tester' },
    ]);
  });

  it('refuses a second live card and an inactive person without using up a number', async () => {
    const a = app();
    const { places, centreId } = await demoRegister(a);
    const [p1, p2, p3] = await enrolledPersons(a, places, centreId, 3);
    await a.api.cards.request({ personIds: [p1!.id] });
    const enrolment = (await a.api.persons.enrolments({ id: p2!.id }))[0]!;
    await a.api.persons.exit({ enrolmentId: enrolment.id, endDate: '2026-06-30', exitReason: 'death' });
    const before = snapshot(a);
    const r = await a.api.cards.request({ personIds: [p1!.id, p2!.id] });
    expect(r.issued).toEqual([]);
    expect(r.refused.map((x) => x.code)).toEqual(['card.exists', 'card.person.notActive']);
    expect(r.refused[0]).toMatchObject({
      params: { number: cardNo(1) },
      message: `该残疾人已有服务卡（卡号 ${cardNo(1)}），不能重复申请`,
    });
    expect(snapshot(a)).toEqual(before);
    // The next card carries on from 1: the refusals drew no number.
    expect((await a.api.cards.request({ personIds: [p3!.id] })).issued[0]?.cardNumber).toBe(cardNo(2));
  });

  it('carries the yearly sequence on after a restart, with no gap and no reuse', async () => {
    const a = app();
    const { places, centreId } = await demoRegister(a);
    const persons = await enrolledPersons(a, places, centreId, 3);
    await a.api.cards.request({ personIds: [persons[0]!.id, persons[1]!.id] });
    a.restart();
    expect((await a.api.cards.request({ personIds: [persons[2]!.id] })).issued[0]?.cardNumber).toBe(cardNo(3));
    expect((await a.api.cards.list({})).map((c) => c.cardNumber)).toEqual([cardNo(1), cardNo(2), cardNo(3)]);
    expect(snapshot(a).sequences).toEqual([{ year, last: 3 }]);
  });

  it('refuses an empty selection as bad input', async () => {
    const a = app();
    await demoRegister(a);
    const e = await refusal(a.api.cards.request({ personIds: [] }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(fieldsOf(e)[0]).toMatchObject({ field: 'personIds', message: '请至少选择一张服务卡或一名人员' });
  });
});

describe('cards/markPrinted and cards/handOver', () => {
  it('moves a batch requested → printed (with a batch number) → handed over, audited per person', async () => {
    const a = app();
    const { places, centreId } = await demoRegister(a);
    const persons = await enrolledPersons(a, places, centreId, 3);
    const { issued } = await a.api.cards.request({ personIds: persons.map((p) => p.id) });
    const ids = issued.map((c) => c.id);

    // Rendering the sheet for printing changes nothing by itself.
    await a.api.documents.render({ key: 'card.sheet', params: { status: 'requested' } });
    expect((await a.api.cards.list({ status: 'requested' })).map((c) => c.id)).toEqual(ids);

    const first = await a.api.cards.markPrinted({ cardIds: ids.slice(0, 2) });
    expect(first.batchNo).toBe(`${year}-001`);
    expect(first.cards.map((c) => [c.status, c.batchNo])).toEqual([
      ['printed', `${year}-001`],
      ['printed', `${year}-001`],
    ]);
    expect(first.cards[0]?.printedAt).toBeTruthy();
    expect((await a.api.cards.markPrinted({ cardIds: [ids[2]!] })).batchNo).toBe(`${year}-002`);

    const handed = await a.api.cards.handOver({ cardIds: [ids[0]!] });
    expect(handed[0]).toMatchObject({ status: 'handedOver', batchNo: `${year}-001` });
    expect(handed[0]?.handedOverAt).toBeTruthy();
    expect((await a.api.cards.list({ status: 'printed' })).map((c) => c.id)).toEqual(ids.slice(1));
    expect((await a.api.cards.list({ personId: persons[0]!.id })).map((c) => c.status)).toEqual(['handedOver']);
    expect(auditOf(a, 'card.printed').map((x) => x.entityId)).toEqual(persons.map((p) => p.id));
    expect(auditOf(a, 'card.handOver')).toEqual([{ entity: 'person', entityId: persons[0]!.id, actor: 'tester' }]);
  });

  it('refuses the whole batch when one card is in the wrong state, changing nothing', async () => {
    const a = app();
    const { places, centreId } = await demoRegister(a);
    const persons = await enrolledPersons(a, places, centreId, 2);
    const ids = (await a.api.cards.request({ personIds: persons.map((p) => p.id) })).issued.map((c) => c.id);
    await a.api.cards.markPrinted({ cardIds: [ids[0]!] });
    const before = snapshot(a);

    // Handing over a card not yet printed.
    const notPrinted = await refusal(a.api.cards.handOver({ cardIds: [ids[0]!, ids[1]!] }));
    expect(notPrinted.code).toBe('CONFLICT');
    expect(notPrinted.message).toBe(`服务卡 ${cardNo(2)} 尚未确认打印，不能发放`);
    // Confirming a card printed twice.
    const twice = await refusal(a.api.cards.markPrinted({ cardIds: [ids[1]!, ids[0]!] }));
    expect(fieldsOf(twice)[0]).toMatchObject({
      field: 'cardIds',
      code: 'card.notRequested',
      params: { number: cardNo(1) },
    });
    // An unknown card.
    expect((await refusal(a.api.cards.handOver({ cardIds: [ids[0]!, 12345] }))).code).toBe('NOT_FOUND');
    expect(snapshot(a)).toEqual(before);
  });

  it('keeps one live card per person in the file itself', async () => {
    const a = app();
    const { places, centreId } = await demoRegister(a);
    const [p] = await enrolledPersons(a, places, centreId, 1);
    await a.api.cards.request({ personIds: [p!.id] });
    expect(() =>
      a.sqlite
        .prepare(
          "INSERT INTO service_cards (person_id, card_number, year, seq, actor) VALUES (?, '44030726999993', 2026, 99999, 'x')",
        )
        .run(p!.id),
    ).toThrow(/UNIQUE/);
  });
});
