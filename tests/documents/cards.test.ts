import { afterAll, describe, expect, it } from 'vitest';
import { sheetSlot } from '#server/documents/card-sheet';
import { closePdfBrowser } from '#server/documents/pdf';
import { FULL_ID, personInput, refusal, useApp } from '../server/helpers';
import { decodeQr, demoRegister, enrolledPersons, pageImage, pdfOf, portraitPng } from './doc-fixtures';
import { keepPagePng, pdfPages, squash } from './pdf-text';

const app = useApp();
afterAll(() => closePdfBrowser());

const CARD_NO = /\d{13}[\dX]/g;
const DPI = 200;

describe('阳光家园服务卡 rendered to PDF', { timeout: 60_000 }, () => {
  it('prints one card on two ID-1 pages; the back’s QR code decodes to SHR:<card number> only', async () => {
    const a = app();
    const { places, centreId } = await demoRegister(a);
    const [p] = await enrolledPersons(a, places, centreId, 1);
    await a.api.persons.setPhoto({ id: p!.id, mime: 'image/png', dataBase64: portraitPng() });
    const [card] = (await a.api.cards.request({ personIds: [p!.id] })).issued;

    const pdf = await pdfOf(a, { key: 'card.single', params: { cardId: card!.id } });
    const [front, back] = pdfPages(pdf).map(squash);
    expect(pdfPages(pdf)).toHaveLength(2);
    for (const s of [
      '阳光家园',
      '服务卡',
      p!.name,
      p!.residentIdMasked,
      `卡号${card!.cardNumber}`,
      '龙岗区残疾人托养中心',
      '发卡日期',
    ])
      expect(front).toContain(s);
    expect(back).toContain('使用须知');
    expect(back).toContain('发卡单位：龙岗区残疾人联合会');
    expect(`${front}${back}`).not.toMatch(FULL_ID);

    const img = pageImage(pdf, 2, DPI);
    // ID-1 at 200 dpi: 85.6 mm × 54 mm.
    expect(img.width).toBeCloseTo((85.6 / 25.4) * DPI, -1);
    expect(decodeQr(img, DPI)).toBe(`SHR:${card!.cardNumber}`);
    keepPagePng(pdf, 'card-single-front');
    keepPagePng(pdf, 'card-single-back', 2);

    // Printing is not confirming: the card waits for markPrinted.
    expect((await a.api.cards.list({})).map((c) => c.status)).toEqual(['requested']);
    expect((await a.api.documents.history({})).data[0]).toMatchObject({
      document: 'card.single',
      templateVersion: 1,
      recordIds: [card!.id],
      pages: 2,
    });
  });

  it('prints 12 requested cards on 2 A4 sheets (4 pages): 10 fronts on page 1, mirrored backs that decode', async () => {
    const a = app();
    const { places, centreId, homeStationId } = await demoRegister(a);
    const persons = await enrolledPersons(a, places, centreId, 11);
    // One person in home care through the demo 居家托养 station.
    const home = await a.api.persons.create(personInput(places, { name: '黎景行', seq: 90 }));
    await a.api.persons.enrol({
      personId: home.id,
      mode: 'homeCare',
      institutionId: homeStationId,
      startDate: '2026-01-01',
    });
    const { issued } = await a.api.cards.request({ personIds: [...persons, home].map((p) => p.id) });
    expect(issued).toHaveLength(12);
    const numbers = issued.map((c) => c.cardNumber).sort();

    const pdf = await pdfOf(a, { key: 'card.sheet', params: { status: 'requested' } });
    const pages = pdfPages(pdf).map(squash);
    expect(pages).toHaveLength(4);
    expect(pages[0]!.match(CARD_NO)?.sort()).toEqual(numbers.slice(0, 10));
    expect(pages[1]!.match(CARD_NO)?.sort()).toEqual(numbers.slice(0, 10));
    expect(pages[2]!.match(CARD_NO)?.sort()).toEqual(numbers.slice(10));
    expect(pages[0]).toContain('龙岗区残疾人托养中心');
    expect(pages[2]).toContain('居家托养');
    for (const text of pages) expect(text).not.toMatch(FULL_ID);

    // The first card's back sits in the mirrored slot (right column of row 1) and decodes there.
    const back = pageImage(pdf, 2, DPI);
    const first = sheetSlot(0, 'back');
    expect(first.x).toBeGreaterThan(100);
    expect(decodeQr(back, DPI, first)).toBe(`SHR:${numbers[0]}`);
    expect(decodeQr(back, DPI, sheetSlot(9, 'back'))).toBe(`SHR:${numbers[9]}`);
    keepPagePng(pdf, 'card-sheet-front');
    keepPagePng(pdf, 'card-sheet-back', 2);

    const history = (await a.api.documents.history({})).data[0];
    expect(history).toMatchObject({ document: 'card.sheet', pages: 4 });
    expect(history?.recordIds.sort()).toEqual(issued.map((c) => c.id).sort());
    // Chosen cards print the same way, and nothing was marked printed.
    const chosen = await a.api.documents.render({
      key: 'card.sheet',
      params: { cardIds: [issued[3]!.id, issued[4]!.id] },
    });
    expect(chosen).toMatchObject({ pages: 2, ids: [issued[3]!.id, issued[4]!.id] });
    expect(await a.api.cards.list({ status: 'printed' })).toEqual([]);
  });

  it('refuses a sheet with nothing waiting to be printed', async () => {
    const a = app();
    await demoRegister(a);
    const e = await refusal(a.api.documents.render({ key: 'card.sheet', params: { status: 'requested' } }));
    expect(e.message).toBe('没有可打印的服务卡');
  });
});
