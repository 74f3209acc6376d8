import type { Institution } from '#server/contract/types';
import { documentShell, esc, FONTS, type Paper } from './html';
import { dateOrBlank, fitPt } from './parts';
import type { Rendered } from './rendered';

/** An institution the office has designated: it holds a 阳光家园 number (the loader checks). */
export type DesignatedInstitution = Pick<Institution, 'id' | 'name' | 'designationDate'> & { designationNo: string };

/** What the certificate and the door sign print: the institution and the issuing unit. */
export interface DesignationData {
  institution: DesignatedInstitution;
  unit: string;
}

/** Certificate and door sign alike: A4 landscape, the frame drawn edge to edge. */
export const DESIGNATION_PAPER: Paper = { size: 'A4', orientation: 'landscape' };

/** 阳光家园称号证书, A4 landscape: 授予 <机构> “阳光家园”称号, number, date, issuing unit and seal. */
export function renderDesignationCertificate({ institution: i, unit }: DesignationData): Rendered {
  const title = `阳光家园称号证书（${i.name}）`;
  const page = `<section class="page"><div class="frame"><div class="inner">
<div class="no">编号：${esc(i.designationNo)}</div>
<h1>证书</h1>
<p class="lead">经审核，该机构符合阳光家园计划托养服务机构条件，特</p>
<p class="grant">授予</p>
<p class="name" style="font-size:${fitPt(i.name, 220, 36)}pt">${esc(i.name)}</p>
<p class="honour">“阳光家园”称号</p>
<p class="tail">特发此证。</p>
<div class="issuer"><div class="ring"></div>${esc(unit)}<br>${dateOrBlank(i.designationDate)}</div>
</div></div></section>`;
  const css = `
.frame { position: absolute; inset: 9mm; border: 2.2mm double #b8860b; padding: 2mm; }
.inner { position: relative; height: 100%; border: 0.5mm solid #c0392b; padding: 8mm 24mm; font-family: ${FONTS.fang}; text-align: center; }
.no { position: absolute; right: 12mm; top: 6mm; font-size: 12pt; font-family: ${FONTS.song}; }
h1 { font-family: ${FONTS.kai}; font-size: 44pt; color: #c0392b; margin: 10mm 0 12mm; font-weight: normal; letter-spacing: 24pt; text-indent: 24pt; }
p { margin: 0; }
.lead { font-size: 18pt; text-align: left; text-indent: 2em; }
.grant { font-size: 20pt; margin-top: 8mm; }
.name { font-family: ${FONTS.hei}; margin: 5mm 0; }
.honour { font-family: ${FONTS.hei}; font-size: 30pt; color: #c0392b; letter-spacing: 2pt; }
.tail { font-size: 18pt; text-align: left; text-indent: 2em; margin-top: 8mm; }
.issuer { position: absolute; right: 24mm; bottom: 14mm; font-size: 16pt; line-height: 1.8; }
.issuer .ring { position: absolute; left: 50%; top: 50%; width: 42mm; height: 42mm; margin: -21mm 0 0 -21mm; border: 0.2mm dashed #bbb; border-radius: 50%; }`;
  const html = documentShell({ title, paper: DESIGNATION_PAPER, marginMm: 0, css, pages: [page] });
  return { title, html, pages: 1, ids: [i.id] };
}
