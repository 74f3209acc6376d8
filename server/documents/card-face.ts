import { LABELS } from '#domain/labels';
import { cardQrPayload } from '#domain/printing/card-number';
import type { ServiceCard } from '#server/contract/card-types';
import { esc, FONTS } from './html';
import { fitPt, PHOTO_CSS, photoBox, qrSvg } from './parts';

/** ID-1 (ISO/IEC 7810), the size of a bank card or resident ID card. */
export const CARD_W = 85.6;
export const CARD_H = 54;

/** What one card shows: the card, the holder's photo (a data: URL), 发卡日期 as printed, the issuing unit. */
export interface CardFace {
  card: ServiceCard;
  photo: string | null;
  issueDate: string;
  unit: string;
}

const VALUE_MM = 41;

/** One line at up to 7.5pt; a value too long for 6pt (a long institution name) takes two lines. */
function field(label: string, value: string): string {
  const one = fitPt(value, VALUE_MM, 7.5, 0);
  if (one >= 6)
    return `<div class="f"><span class="l">${esc(label)}</span><span class="v" style="font-size:${one}pt">${esc(value)}</span></div>`;
  const two = Math.max(4.5, fitPt(value, VALUE_MM * 1.9, 6.5, 0));
  return `<div class="f two"><span class="l">${esc(label)}</span><span class="v" style="font-size:${two}pt">${esc(value)}</span></div>`;
}

/** Front: 阳光家园 band, photo, name, masked ID, card number, institution (or mode), issue date. */
export function cardFront(f: CardFace): string {
  const e = f.card.enrolment;
  const care = e?.institutionName
    ? field('托养机构', e.institutionName)
    : field('托养方式', e ? LABELS.mode[e.mode] : '—');
  return `<div class="card front">
<div class="band"><div class="sun"></div><div class="t">阳光家园</div><div class="s">服务卡</div><div class="u" style="font-size:${fitPt(f.unit, 26, 5.5, 4)}pt">${esc(f.unit)}</div></div>
<div class="pic">${photoBox(f.photo, 21.5, 30)}</div>
<div class="fields">${field('姓　　名', f.card.personName)}${field('身份证号', f.card.residentIdMasked)}${field('卡　　号', f.card.cardNumber)}${care}${field('发卡日期', f.issueDate)}</div>
<div class="foot"></div>
</div>`;
}

/** Back: the QR code (card number and check only, no personal data), usage notes, issuing unit. */
export function cardBack(f: CardFace): string {
  return `<div class="card back">
<div class="topbar"></div>
<div class="code">${qrSvg(cardQrPayload(f.card.cardNumber), 25)}<div class="no">卡号 ${esc(f.card.cardNumber)}</div></div>
<div class="notes"><div class="h">使用须知</div><ol>
<li>本卡是阳光家园计划托养服务对象的服务凭证，仅限本人使用，不得转借。</li>
<li>接受托养服务、办理补贴和年审时请出示本卡。</li>
<li>二维码仅含卡号，不含个人信息。</li>
<li>遗失请及时向发卡单位挂失补办。</li></ol></div>
<div class="issuer">发卡单位：${esc(f.unit)}</div>
<div class="foot"></div>
</div>`;
}

export const CARD_CSS = `
.card { position: relative; width: ${CARD_W}mm; height: ${CARD_H}mm; overflow: hidden; background: #fff; font-family: ${FONTS.hei}; color: #222; }
.card .band { position: absolute; left: 0; top: 0; right: 0; height: 11mm; background: linear-gradient(90deg, #d9480f, #f59f00); color: #fff; }
.card .sun { position: absolute; left: 3.2mm; top: 2mm; width: 7mm; height: 7mm; border-radius: 50%; background: #fff3bf; box-shadow: inset 0 0 0 1.6mm #ffd43b; border: 0.35mm solid #fff; }
.card .t { position: absolute; left: 12mm; top: 1.6mm; font-size: 14pt; letter-spacing: 1.2pt; font-weight: bold; }
.card .s { position: absolute; left: 37.5mm; top: 4.3mm; font-size: 8.5pt; letter-spacing: 1pt; }
.card .u { position: absolute; right: 3mm; top: 4.6mm; width: 26mm; text-align: right; white-space: nowrap; }
.card .pic { position: absolute; left: 3.5mm; top: 14mm; }
.card .photo span { font-size: 6.5pt; letter-spacing: 1pt; }
.card .fields { position: absolute; left: 28mm; top: 14.5mm; right: 2.5mm; }
.card .f { height: 6mm; display: flex; align-items: baseline; white-space: nowrap; overflow: hidden; }
.card .l { width: 13mm; flex: none; font-size: 6.3pt; color: #666; }
.card .v { font-size: 7.5pt; color: #000; }
.card .f.two { align-items: flex-start; padding-top: 0.4mm; }
.card .f.two .v { white-space: normal; line-height: 1.15; max-height: 2.3em; overflow: hidden; word-break: break-all; }
.card .f.two .l { padding-top: 0.3mm; }
.card .foot { position: absolute; left: 0; right: 0; bottom: 0; height: 2mm; background: #f59f00; }
.card .topbar { position: absolute; left: 0; right: 0; top: 0; height: 3mm; background: linear-gradient(90deg, #d9480f, #f59f00); }
.card .code { position: absolute; left: 3.5mm; top: 6mm; width: 27mm; text-align: center; }
.card .code svg { display: block; margin: 0 auto; }
.card .no { font-size: 5.6pt; margin-top: 0.6mm; white-space: nowrap; }
.card .notes { position: absolute; left: 32.5mm; top: 6mm; right: 3mm; font-size: 5.8pt; line-height: 1.45; }
.card .notes .h { font-size: 7.5pt; margin-bottom: 0.8mm; letter-spacing: 1pt; }
.card .notes ol { margin: 0; padding-left: 3.2mm; }
.card .issuer { position: absolute; left: 32.5mm; right: 3mm; top: 43.5mm; font-size: 6pt; white-space: nowrap; }
${PHOTO_CSS}`;
