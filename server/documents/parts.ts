import QRCode from 'qrcode';
import { formatDateZh } from '#domain/dates';
import { esc } from './html';

/** A photo (a data: URL) in a frame of the given size, or the empty frame labelled 照片 to paste one into. */
export function photoBox(url: string | null, wMm: number, hMm: number, label = '照片'): string {
  const inner = url ? `<img src="${esc(url)}" alt="">` : `<span>${esc(label)}</span>`;
  return `<div class="photo" style="width:${wMm}mm;height:${hMm}mm">${inner}</div>`;
}

export const PHOTO_CSS = `
.photo { border: 0.25mm solid #000; display: flex; align-items: center; justify-content: center; overflow: hidden; background: #fff; }
.photo img { width: 100%; height: 100%; object-fit: cover; display: block; }
.photo span { color: #666; font-size: 9pt; letter-spacing: 2pt; }`;

/**
 * A QR code as inline SVG, drawn here from the symbol's modules so rendering stays synchronous
 * and needs no canvas. The 4-module white quiet zone the standard asks for is part of the image.
 */
export function qrSvg(text: string, sizeMm: number): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 4;
  const total = n + 2 * quiet;
  let path = '';
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (!qr.modules.get(row, col)) continue;
      // One rectangle per run of dark modules keeps the SVG small.
      let run = 1;
      while (col + run < n && qr.modules.get(row, col + run)) run++;
      path += `M${col + quiet} ${row + quiet}h${run}v1h-${run}z`;
      col += run - 1;
    }
  }
  return `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" width="${sizeMm}mm" height="${sizeMm}mm" shape-rendering="crispEdges"><rect width="${total}" height="${total}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}

/** 2026年1月5日 for a stored date (as HTML, escaped), or the blank 年 月 日 a clerk fills in by hand. */
export function dateOrBlank(iso: string | null | undefined): string {
  return iso ? esc(formatDateZh(iso)) : '&emsp;&emsp;年&emsp;月&emsp;日';
}

/**
 * Font size (pt) that fits `text` on one line in `widthMm`, at most `maxPt`: long institution
 * names shrink instead of wrapping out of a fixed-size card or plaque. CJK glyphs are 1em wide.
 */
export function fitPt(text: string, widthMm: number, maxPt: number, minPt = 5): number {
  const ems = Array.from(text).reduce((s, ch) => s + (/[ -~]/.test(ch) ? 0.55 : 1), 0) || 1;
  const pt = widthMm / ems / 0.3528;
  return Math.max(minPt, Math.min(maxPt, Math.floor(pt * 10) / 10));
}

/**
 * Free text cut to what its box on a one-page form can hold; the register keeps the full text,
 * and the form says so rather than silently dropping the rest.
 */
export function clip(text: string | null | undefined, max: number): string {
  const chars = Array.from(text ?? '');
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}……（全文见系统登记）`;
}
