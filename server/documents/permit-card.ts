import { CARD_H, CARD_W } from './card-face';
import { documentShell, esc, FONTS, type Paper } from './html';
import { fitPt, PHOTO_CSS, photoBox } from './parts';
import type { PermitHolder } from './permit-holder';
import type { Rendered } from './rendered';

const PAPER: Paper = { size: 'ID1', orientation: 'landscape' };

const VALUE_MM = 40;
/** One line, shrinking to 5pt; beyond that (a very long employer name) it wraps to two. */
const row = (label: string, value: string) => {
  const one = fitPt(value, VALUE_MM, 6.8, 0);
  const two = one < 5;
  const size = two ? Math.max(4.2, fitPt(value, VALUE_MM * 1.9, 5.5, 0)) : one;
  return `<div class="f${two ? ' two' : ''}"><span class="l">${esc(label)}</span><span class="v" style="font-size:${size}pt">${esc(value)}</span></div>`;
};

/** 上岗证 on an ID-1 card (one page) to wear at work: photo, identity, employer and validity. */
export function renderPermitCard(h: PermitHolder): Rendered {
  const title = `上岗证（${h.name}）`;
  const page = `<section class="page"><div class="pc">
<div class="band"><span class="t">上岗证</span><span class="s">阳光家园托养服务人员</span></div>
<div class="pic">${photoBox(h.photo, 19, 25)}</div>
<div class="fields">${row('姓　　名', h.name)}${row('身份证号', h.residentIdMasked)}${row('工作单位', h.employer)}${row('岗　　位', h.post)}${row('证　　号', h.number)}${row('发证日期', h.issueDate)}${row('有效期至', h.validUntil)}${row('发证单位', h.issuer)}</div>
<div class="seal">（盖章）</div>
</div></section>`;
  const css = `
.pc { position: relative; width: ${CARD_W}mm; height: ${CARD_H}mm; font-family: ${FONTS.hei}; overflow: hidden; }
.band { position: absolute; left: 0; right: 0; top: 0; height: 9mm; background: #1c5d99; color: #fff; display: flex; align-items: center; gap: 3mm; padding: 0 3.5mm; }
.band .t { font-size: 13pt; letter-spacing: 3pt; font-weight: bold; }
.band .s { font-size: 7pt; letter-spacing: 0.5pt; }
.pic { position: absolute; left: 3.5mm; top: 12mm; }
.photo span { font-size: 6.5pt; }
.fields { position: absolute; left: 25.5mm; top: 11mm; right: 2mm; }
.f { height: 5mm; display: flex; align-items: baseline; white-space: nowrap; overflow: hidden; }
.l { width: 12.5mm; flex: none; font-size: 5.8pt; color: #555; }
.v { color: #000; }
.f.two { align-items: flex-start; }
.f.two .v { white-space: normal; line-height: 1.1; max-height: 2.2em; overflow: hidden; word-break: break-all; }
.seal { position: absolute; left: 3mm; top: 38.5mm; width: 20mm; height: 14mm; border: 0.2mm dashed #bbb; border-radius: 50%; font-size: 5.5pt; color: #999; display: flex; align-items: center; justify-content: center; }
${PHOTO_CSS}`;
  const html = documentShell({ title, paper: PAPER, marginMm: 0, css, pages: [page] });
  return { title, html, pages: 1, ids: [h.staffId] };
}
