import { documentShell, esc, FONTS, type Paper } from './html';
import { PHOTO_CSS, photoBox } from './parts';
import type { PermitHolder } from './permit-holder';
import type { Rendered } from './rendered';

const PAPER: Paper = { size: 'A5', orientation: 'landscape' };

/** 上岗证 as an A5 landscape certificate (证书式), to keep on file or hang at the workplace. */
export function renderPermitA5(h: PermitHolder): Rendered {
  const title = `上岗证（${h.name}）`;
  const rows: [string, string][] = [
    ['姓　　名', `${h.name}\u3000\u3000性别：${h.sex}`],
    ['身份证号', h.residentIdMasked],
    ['工作单位', h.employer],
    ['岗　　位', h.post],
    ['发证日期', h.issueDate],
    ['有效期至', h.validUntil],
  ];
  const page = `<section class="page"><div class="frame"><div class="inner">
<div class="no">证号：${esc(h.number)}</div>
<h1>上岗证</h1>
<div class="sub">阳光家园托养服务人员</div>
<div class="body"><div class="pic">${photoBox(h.photo, 30, 40, '照片（二寸）')}</div>
<table>${rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table></div>
<p class="text">该同志经培训考核合格，准予从事阳光家园托养服务工作，持证上岗。</p>
<div class="issuer"><div class="ring"></div>发证单位：${esc(h.issuer)}（盖章）<br>${esc(h.issueDate)}</div>
</div></div></section>`;
  const css = `
.frame { position: absolute; inset: 7mm; border: 1.2mm double #1c5d99; padding: 1.5mm; }
.inner { position: relative; height: 100%; border: 0.3mm solid #1c5d99; padding: 5mm 10mm; font-family: ${FONTS.song}; }
.no { position: absolute; right: 8mm; top: 4mm; font-size: 10pt; }
h1 { font-family: ${FONTS.hei}; font-size: 26pt; text-align: center; margin: 3mm 0 1mm; color: #1c5d99; font-weight: normal; letter-spacing: 14pt; text-indent: 14pt; }
.sub { text-align: center; font-size: 11pt; letter-spacing: 2pt; margin-bottom: 5mm; }
.body { display: flex; gap: 9mm; align-items: flex-start; }
table { border-collapse: collapse; font-size: 12pt; }
th { font-family: ${FONTS.hei}; font-weight: normal; text-align: left; padding: 1.1mm 5mm 1.1mm 0; white-space: nowrap; }
td { padding: 1.1mm 0; }
.text { font-family: ${FONTS.fang}; font-size: 11pt; margin: 4mm 0 0; }
.issuer { position: absolute; right: 12mm; bottom: 6mm; text-align: center; font-size: 11pt; line-height: 1.7; }
.issuer .ring { position: absolute; left: 50%; top: 50%; width: 36mm; height: 36mm; margin: -18mm 0 0 -18mm; border: 0.2mm dashed #bbb; border-radius: 50%; }
${PHOTO_CSS}`;
  const html = documentShell({ title, paper: PAPER, marginMm: 0, css, pages: [page] });
  return { title, html, pages: 1, ids: [h.staffId] };
}
