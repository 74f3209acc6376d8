import { DESIGNATION_PAPER, type DesignationData } from './designation-certificate';
import { documentShell, esc, FONTS } from './html';
import { fitPt } from './parts';
import type { Rendered } from './rendered';

/**
 * 阳光家园 door sign (标牌), A4 landscape in large type, to be mounted at the entrance: the unified
 * name, the institution and its designation number, readable from across a corridor.
 */
export function renderDesignationSign({ institution: i, unit }: DesignationData): Rendered {
  const title = `阳光家园标牌（${i.name}）`;
  // One line up to 56pt while that stays at 30pt or more; a longer name wraps onto two lines.
  const namePt = fitPt(i.name, 250, 56, 0) >= 30 ? fitPt(i.name, 250, 56) : fitPt(i.name, 480, 40, 20);
  const page = `<section class="page"><div class="plate">
<div class="sun"></div>
<div class="brand">阳光家园</div>
<div class="rule"></div>
<div class="name" style="font-size:${namePt}pt">${esc(i.name)}</div>
<div class="no">${esc(i.designationNo)}</div>
<div class="unit">${esc(unit)}&emsp;授</div>
</div></section>`;
  const css = `
.plate { position: absolute; inset: 8mm; border: 3mm solid #d9480f; border-radius: 4mm; text-align: center; font-family: ${FONTS.hei}; padding-top: 12mm; }
.sun { width: 22mm; height: 22mm; margin: 0 auto 2mm; border-radius: 50%; background: #fff3bf; box-shadow: inset 0 0 0 2.5mm #f59f00, inset 0 0 0 5.5mm #ffd43b; }
.brand { font-size: 110pt; line-height: 1.1; letter-spacing: 14pt; color: #d9480f; font-weight: bold; }
.rule { height: 1.2mm; background: #f59f00; margin: 5mm 24mm 7mm; }
.name { line-height: 1.2; margin: 0 6mm; }
.no { font-size: 24pt; margin-top: 8mm; letter-spacing: 1pt; }
.unit { position: absolute; left: 0; right: 0; bottom: 8mm; font-size: 14pt; color: #444; }`;
  const html = documentShell({ title, paper: DESIGNATION_PAPER, marginMm: 0, css, pages: [page] });
  return { title, html, pages: 1, ids: [i.id] };
}
