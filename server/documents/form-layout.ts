import { documentShell, esc, FONTS, type Paper } from './html';
import { fitPt, PHOTO_CSS } from './parts';

/**
 * The ruled grid of a 登记表: stacked full-width tables whose borders overlap by a hair, so each
 * section can have its own columns and still read as one form. Cells have fixed heights so a form
 * fits one A4 page; long text wraps inside its cell.
 */
export const PAPER: Paper = { size: 'A4', orientation: 'portrait' };
export const MARGIN = 16;

const CSS = `
h1 { font-family: ${FONTS.hei}; font-size: 18pt; text-align: center; margin: 2mm 0 4mm; letter-spacing: 1.5pt; font-weight: normal; }
.meta { display: flex; justify-content: space-between; font-size: 10.5pt; margin-bottom: 2mm; }
table.form { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 10.5pt; margin-top: -0.3mm; }
table.form td { border: 0.3mm solid #000; height: 9mm; padding: 0.5mm 1.5mm; word-break: break-all; line-height: 1.3; }
table.form td.k { font-family: ${FONTS.hei}; font-size: 10pt; text-align: center; }
table.form td.k small { font-size: 8pt; }
table.form td.v { text-align: left; }
table.form td.small { font-size: 8pt; line-height: 1.2; }
table.form td.c { text-align: center; }
table.form td.tall { height: 20mm; vertical-align: top; padding-top: 1.5mm; }
table.form td.ph { padding: 1.5mm; vertical-align: middle; }
table.form td.ph .photo { margin: 0 auto; }
.box { display: inline-block; width: 3.4mm; height: 3.4mm; border: 0.25mm solid #000; line-height: 3.2mm; text-align: center; font-size: 8pt; vertical-align: -0.5mm; margin-right: 0.8mm; }
.opt { display: inline-block; margin-right: 4mm; white-space: nowrap; line-height: 1.7; }
table.form td.sign { height: 46mm; vertical-align: top; padding: 4mm 3mm; font-size: 10.5pt; }
.sign p { margin: 0 0 6.5mm; white-space: nowrap; }
.sign .who { display: inline-block; width: 34mm; }
.line { display: inline-block; width: 26mm; border-bottom: 0.2mm solid #000; margin-right: 4mm; }
td.seal { text-align: center; vertical-align: bottom !important; color: #333; }
.seals { display: flex; justify-content: space-around; align-items: flex-end; height: 100%; }
.seal-one { text-align: center; font-size: 9.5pt; }
.seal .ring { margin: 0 auto 2mm; border: 0.2mm dashed #bbb; border-radius: 50%; }
.dense h1 { margin: 0 0 2mm; }
.dense table.form td { height: 7.5mm; }
.dense table.form td.tall { height: 13mm; }
.dense table.form td.sign { height: 40mm; }
.dense .sign p { margin-bottom: 5mm; }
.note { font-size: 9pt; margin-top: 2.5mm; color: #222; line-height: 1.5; }
${PHOTO_CSS}`;

/** A checkbox with √ when chosen, the way paper forms mark options. */
export const tick = (on: boolean, label: string) =>
  `<span class="opt"><span class="box">${on ? '√' : ''}</span>${esc(label)}</span>`;

/**
 * Font size for a value in a cell `widthMm` wide: one line at up to 10.5pt while that stays at
 * 8.5pt or more, else two smaller lines, so a long name never makes its row three lines tall.
 */
function fitStyle(value: string, widthMm: number): string {
  const room = widthMm - 3.5;
  const one = fitPt(value, room, 10.5, 0);
  if (one >= 10.5) return '';
  const pt = one >= 8.5 ? one : Math.max(6.5, fitPt(value, room * 1.9, 8.5, 0));
  return ` style="font-size:${pt}pt;line-height:1.15"`;
}

/** A value cell fitted to its width (escaped here). */
export const cell = (value: unknown, widthMm: number, cls = 'c', span = 1) =>
  `<td class="${cls}"${span > 1 ? ` colspan="${span}"` : ''}${fitStyle(String(value ?? ''), widthMm)}>${esc(value)}</td>`;

/**
 * A label cell and a value cell (escaped here); `span` widens the value cell. Give `widthMm` for
 * a narrow cell to fit its value; long free text in wide cells prints smaller instead.
 */
export const kv = (label: string, value: unknown, span = 1, widthMm?: number) => {
  const text = String(value ?? '');
  const valueCell =
    widthMm !== undefined
      ? cell(text, widthMm, 'v', span)
      : `<td class="v${text.length > LONG ? ' small' : ''}"${span > 1 ? ` colspan="${span}"` : ''}>${esc(text)}</td>`;
  return `<td class="k">${esc(label)}</td>${valueCell}`;
};

/** Values longer than this print smaller, so a 200-character address still keeps the page. */
const LONG = 60;

export const grid = (widths: number[], rows: string[]) =>
  `<table class="form"><colgroup>${widths.map((w) => `<col style="width:${w}mm">`).join('')}</colgroup>${rows.map((r) => `<tr>${r}</tr>`).join('')}</table>`;

/** The signature block: who signs on the left, the place of each seal on the right. */
export function signBlock(signers: string[], seals: string[]): string {
  const lines = signers
    .map(
      (s) =>
        `<p><span class="who">${esc(s)}：</span><span class="line"></span>日期：&emsp;&emsp;年&emsp;月&emsp;日</p>`,
    )
    .join('');
  const ring = seals.length > 1 ? 30 : 38;
  const sealCells = seals
    .map(
      (s) => `<div class="seal-one"><div class="ring" style="width:${ring}mm;height:${ring}mm"></div>${esc(s)}</div>`,
    )
    .join('');
  return grid(
    [114, 64],
    [`<td class="sign">${lines}</td><td class="sign seal"><div class="seals">${sealCells}</div></td>`],
  );
}

/** `dense`: tighter rows when a form has many lines (five guardians), so it stays on one page. */
export function formDocument(o: {
  title: string;
  docTitle: string;
  unit: string;
  date: string;
  body: string;
  note: string;
  dense?: boolean;
}): string {
  const page = `<section class="page${o.dense ? ' dense' : ''}">
<h1>${esc(o.title)}</h1>
<div class="meta"><span>填报单位：${esc(o.unit)}</span><span>填表日期：${esc(o.date)}</span></div>
${o.body}
<div class="note">${esc(o.note)}</div>
</section>`;
  return documentShell({ title: o.docTitle, paper: PAPER, marginMm: MARGIN, css: CSS, pages: [page] });
}
