import { fenToCapital, formatFen } from '#domain/money';
import { documentShell, esc, FONTS, pageSize, type Paper } from './html';

export interface RosterColumn {
  key: string;
  label: string;
  /** Relative width; the table fills the page width. */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** Integer 分: shown as 1,500.00 and totalled, in figures and in 大写. */
  money?: boolean;
  /** Counted in the 合计 row (a plain number column such as 床位数). */
  sum?: boolean;
}

export interface RosterInput {
  title: string;
  unit: string;
  date: string;
  columns: RosterColumn[];
  rows: Record<string, string | number | null>[];
  /** What the 合计 row counts: 人 for people, 家 for institutions. */
  countUnit: string;
}

const PAPER: Paper = { size: 'A4', orientation: 'landscape' };
const MARGIN = 12;
/** Fixed heights (mm) make pagination a matter of arithmetic, done here rather than by the browser. */
const H = { title: 11, meta: 7, head: 9, row: 8.5, total: 9, sign: 12, foot: 6 };

export function rowsPerPage(): number {
  const usable = pageSize(PAPER).height - 2 * MARGIN;
  // Room for the 合计 row and the 大写 line is kept on every page, so the last page never spills.
  return Math.floor((usable - H.title - H.meta - H.head - 2 * H.total - H.sign - H.foot) / H.row);
}

/** 9.5 pt type: a full-width character is 1 em ≈ 3.35 mm; digits and Latin letters are narrower. */
const CHAR_MM = 3.4;
const CELL_PADDING_MM = 2.4;

/**
 * A cell; text that might need a third line goes in the 2-line clamp wrapper. Only such text: a
 * clamp box in every cell costs Chromium more than the rest of the page, and for text that fits in
 * two lines it changes nothing (break-all wraps by character, so two lines hold at least
 * 2 × width − one character).
 */
function cell(c: RosterColumn, v: string | number | null, widthMm: number): string {
  const text = String(c.money && typeof v === 'number' ? formatFen(v) : (v ?? ''));
  const fits = [...text].length * CHAR_MM <= 2 * (widthMm - CELL_PADDING_MM) - CHAR_MM;
  return `<td class="${c.align ?? 'left'}">${fits ? esc(text) : `<div>${esc(text)}</div>`}</td>`;
}

/**
 * 花名册: landscape A4, title, 填报单位 and date, 序号, the header on every page, 第 X 页 共 Y 页,
 * a 合计 row (counts, sums, money in figures and 大写) and the 经办人 / 审核人 / 负责人 line with
 * room for the seal. One table per printed page, so the page count is known before printing.
 */
export function renderRoster(r: RosterInput): { html: string; pages: number } {
  const per = rowsPerPage();
  const chunks: (typeof r.rows)[] = [];
  for (let i = 0; i < r.rows.length; i += per) chunks.push(r.rows.slice(i, i + per));
  if (chunks.length === 0) chunks.push([]);
  const cols = [{ key: '__seq', label: '序号', width: 4, align: 'center' as const }, ...r.columns];
  const totalWidth = cols.reduce((s, c) => s + c.width, 0);
  const widthMm = (c: RosterColumn) => (c.width / totalWidth) * (pageSize(PAPER).width - 2 * MARGIN);
  const colgroup = `<colgroup>${cols.map((c) => `<col style="width:${((c.width / totalWidth) * 100).toFixed(2)}%">`).join('')}</colgroup>`;
  const head = `<thead><tr>${cols.map((c) => `<th>${esc(c.label)}</th>`).join('')}</tr></thead>`;
  const totals = totalsRow(r, cols.length);
  const pages = chunks.map((rows, p) => {
    const start = p * per;
    const body = rows
      .map(
        (row, i) =>
          `<tr><td class="center">${start + i + 1}</td>${r.columns.map((c) => cell(c, row[c.key] ?? null, widthMm(c))).join('')}</tr>`,
      )
      .join('');
    const last = p === chunks.length - 1;
    return `<section class="page">
<h1>${esc(r.title)}</h1>
<div class="meta"><span>填报单位（盖章）：${esc(r.unit)}</span><span>填报日期：${esc(r.date)}</span></div>
<table>${colgroup}${head}<tbody>${body}${last ? totals : ''}</tbody></table>
<div class="sign"><span>经办人：</span><span>审核人：</span><span>负责人：</span><span class="seal">（单位盖章）</span></div>
<div class="foot">第 ${p + 1} 页 共 ${chunks.length} 页</div>
</section>`;
  });
  const css = `
h1 { font-family: ${FONTS.hei}; font-size: 17pt; text-align: center; margin: 0; height: ${H.title}mm; line-height: ${H.title}mm; letter-spacing: 1pt; }
.meta { display: flex; justify-content: space-between; height: ${H.meta}mm; line-height: ${H.meta}mm; font-size: 10.5pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9.5pt; }
th { height: ${H.head}mm; border: 0.3mm solid #000; font-family: ${FONTS.hei}; font-weight: normal; background: #f2f2f2; }
td { height: ${H.row}mm; border: 0.2mm solid #000; padding: 0 ${CELL_PADDING_MM / 2}mm; line-height: 1.15;
     display: table-cell; word-break: break-all; }
td > div { overflow: hidden; max-height: 2.3em; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
tr.total td { height: ${H.total}mm; font-family: ${FONTS.hei}; }
.center { text-align: center; } .right { text-align: right; } .left { text-align: left; }
.sign { display: flex; gap: 28mm; margin-top: 3mm; height: ${H.sign - 3}mm; align-items: flex-end; font-size: 10.5pt; }
.sign .seal { margin-left: auto; color: #555; }
.foot { position: absolute; bottom: ${MARGIN - 2}mm; left: 0; right: 0; text-align: center; font-size: 9.5pt; }`;
  return { html: documentShell({ title: r.title, paper: PAPER, marginMm: MARGIN, css, pages }), pages: chunks.length };
}

function totalsRow(r: RosterInput, span: number): string {
  const money = r.columns.filter((c) => c.money);
  const cells = r.columns.map((c, i) => {
    if (i === 0) return `<td>共 ${r.rows.length} ${esc(r.countUnit)}</td>`;
    if (!c.money && !c.sum) return '<td></td>';
    const total = r.rows.reduce((s, row) => s + (typeof row[c.key] === 'number' ? (row[c.key] as number) : 0), 0);
    return `<td class="right">${esc(c.money ? formatFen(total) : total)}</td>`;
  });
  const capital = money.length
    ? `<tr class="total"><td colspan="${span}">金额合计（大写）：${money
        .map(
          (c) =>
            `${esc(c.label)} ${esc(
              fenToCapital(
                r.rows.reduce((s, row) => s + ((row[c.key] as number) ?? 0), 0),
                { prefix: true },
              ),
            )}`,
        )
        .join('；')}</td></tr>`
    : '';
  return `<tr class="total"><td class="center">合计</td>${cells.join('')}</tr>${capital}`;
}
