/** Escapes text for HTML. Every value from the register passes through here. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/**
 * Chinese type as offices expect it, from whatever the machine has: Windows names first, then
 * macOS, then the free CJK fonts of UOS / Kylin / Debian. Chromium embeds what it used in PDFs.
 */
export const FONTS = {
  song: '"SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "WenQuanYi Micro Hei", serif',
  fang: '"FangSong", "仿宋", "FangSong_GB2312", "STFangsong", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif',
  hei: '"SimHei", "黑体", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif',
  kai: '"KaiTi", "楷体", "STKaiti", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif',
};

export type Paper = { size: 'A4' | 'A5' | 'ID1'; orientation: 'portrait' | 'landscape' };

const SIZES = { A4: [210, 297], A5: [148, 210], ID1: [54, 85.6] } as const;

/** Page size in mm for @page and for laying out pages in code. */
export function pageSize(p: Paper): { width: number; height: number } {
  const [short, long] = SIZES[p.size];
  return p.orientation === 'portrait' ? { width: short, height: long } : { width: long, height: short };
}

/** A complete print-ready document: one `.page` element per printed page, sized in mm. */
export function documentShell(o: {
  title: string;
  paper: Paper;
  marginMm: number;
  css: string;
  pages: string[];
}): string {
  const { width, height } = pageSize(o.paper);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(o.title)}</title>
<style>
@page { size: ${width}mm ${height}mm; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; font-family: ${FONTS.song}; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page { width: ${width}mm; height: ${height}mm; padding: ${o.marginMm}mm; overflow: hidden; position: relative; page-break-after: always; break-after: page; }
.page:last-child { page-break-after: auto; break-after: auto; }
@media screen { body { background: #e5e5e5; } .page { background: #fff; margin: 6mm auto; box-shadow: 0 1px 4px rgba(0,0,0,.25); } }
${o.css}
</style></head><body>
${o.pages.join('\n')}
</body></html>`;
}
