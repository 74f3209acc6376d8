import { CARD_CSS, CARD_H, CARD_W, cardBack, type CardFace, cardFront } from './card-face';
import { documentShell, type Paper } from './html';
import type { Rendered } from './rendered';

const PAPER: Paper = { size: 'A4', orientation: 'portrait' };

/**
 * 10 cards per A4 portrait sheet, 2 columns × 5 rows, for card-sheet stock or plain card paper
 * cut by hand. Fronts on odd pages, backs on even pages with the columns swapped: a long-edge
 * duplex print turns the sheet over left-right, so each back lands behind its own front. The
 * layout is centred, which makes that mirror exact whatever the page size rounding.
 */
export const SHEET = { width: 210, height: 297, cols: 2, rows: 5, gapX: 6, gapY: 2 } as const;
export const PER_SHEET = SHEET.cols * SHEET.rows;
const LEFT = (SHEET.width - (SHEET.cols * CARD_W + (SHEET.cols - 1) * SHEET.gapX)) / 2;
const TOP = (SHEET.height - (SHEET.rows * CARD_H + (SHEET.rows - 1) * SHEET.gapY)) / 2;

/** Where card `index` (0–9) of a sheet sits, in mm from the top left of the page. */
export function sheetSlot(index: number, side: 'front' | 'back'): { x: number; y: number; w: number; h: number } {
  const row = Math.floor(index / SHEET.cols);
  const col = index % SHEET.cols;
  const c = side === 'front' ? col : SHEET.cols - 1 - col;
  return { x: LEFT + c * (CARD_W + SHEET.gapX), y: TOP + row * (CARD_H + SHEET.gapY), w: CARD_W, h: CARD_H };
}

const mark = (x: number, y: number, w: number, h: number) =>
  `<div class="cut" style="left:${x.toFixed(2)}mm;top:${y.toFixed(2)}mm;width:${w.toFixed(2)}mm;height:${h.toFixed(2)}mm"></div>`;

/** Cut marks in the margins on every card edge, and short ones in the gutter between columns. */
function cutMarks(): string {
  const t = 0.15;
  const xs: number[] = [];
  for (let c = 0; c < SHEET.cols; c++)
    xs.push(LEFT + c * (CARD_W + SHEET.gapX), LEFT + c * (CARD_W + SHEET.gapX) + CARD_W);
  const ys: number[] = [];
  for (let r = 0; r < SHEET.rows; r++)
    ys.push(TOP + r * (CARD_H + SHEET.gapY), TOP + r * (CARD_H + SHEET.gapY) + CARD_H);
  const out: string[] = [];
  for (const x of xs) out.push(mark(x - t / 2, 1.5, t, TOP - 3), mark(x - t / 2, SHEET.height - TOP + 1.5, t, TOP - 3));
  for (const y of ys) {
    out.push(mark(3, y - t / 2, LEFT - 4.5, t), mark(SHEET.width - LEFT + 1.5, y - t / 2, LEFT - 4.5, t));
    for (let c = 1; c < SHEET.cols; c++)
      out.push(mark(LEFT + c * (CARD_W + SHEET.gapX) - SHEET.gapX + 1, y - t / 2, SHEET.gapX - 2, t));
  }
  return out.join('');
}

const slot = (index: number, side: 'front' | 'back', inner: string) => {
  const s = sheetSlot(index, side);
  return `<div class="slot" style="left:${s.x.toFixed(2)}mm;top:${s.y.toFixed(2)}mm">${inner}</div>`;
};

/** The sheets of the cards given (at least one: the loader refuses an empty run). */
export function renderCardSheet(faces: CardFace[]): Rendered {
  const marks = cutMarks();
  const pages: string[] = [];
  for (let i = 0; i < faces.length; i += PER_SHEET) {
    const sheet = faces.slice(i, i + PER_SHEET);
    pages.push(
      `<section class="page">${marks}${sheet.map((f, j) => slot(j, 'front', cardFront(f))).join('')}</section>`,
    );
    pages.push(`<section class="page">${marks}${sheet.map((f, j) => slot(j, 'back', cardBack(f))).join('')}</section>`);
  }
  const title = `阳光家园服务卡（${faces.length}张）`;
  const css = `${CARD_CSS}
.slot { position: absolute; width: ${CARD_W}mm; height: ${CARD_H}mm; }
.cut { position: absolute; background: #000; }`;
  const html = documentShell({ title, paper: PAPER, marginMm: 0, css, pages });
  return { title, html, pages: pages.length, ids: faces.map((f) => f.card.id) };
}
