import { count, desc } from 'drizzle-orm';
import { getMeta, setMeta } from '../../db';
import { printJobs } from '../../db/schema';
import { htmlToPdf } from './pdf';
import { DOCUMENTS, type DocumentKey, type Rendered } from './registry';
import type { Page, PrintJob } from '../contract/types';
import { inTransaction, invalid, type ServiceContext } from '../kernel';

const columnsKey = (key: DocumentKey) => `roster_columns:${key}`;

/** The columns chosen for a roster last time (remembered per roster), or its defaults. */
export function rosterColumns(ctx: ServiceContext, key: DocumentKey): { all: { key: string; label: string }[]; chosen: string[] } {
  const def = DOCUMENTS[key].roster;
  if (!def) return { all: [], chosen: [] };
  const saved = getMeta(ctx.db, columnsKey(key));
  const chosen = saved ? (JSON.parse(saved) as string[]) : def.defaultColumns;
  return { all: def.columns.map((c) => ({ key: c.key, label: c.label })), chosen };
}

export function setRosterColumns(ctx: ServiceContext, key: DocumentKey, columns: string[]): { chosen: string[] } {
  const def = DOCUMENTS[key].roster;
  const known = new Set(def?.columns.map((c) => c.key));
  if (!def || columns.length === 0 || columns.some((c) => !known.has(c))) throw invalid('columns', 'print.columns.invalid');
  inTransaction(ctx, (tx) => setMeta(tx, columnsKey(key), JSON.stringify(columns)));
  return { chosen: columns };
}

export function renderDocument(ctx: ServiceContext, key: DocumentKey, params: Record<string, unknown>): Rendered {
  return DOCUMENTS[key].render(ctx, params, rosterColumns(ctx, key).chosen);
}

/** Writes the print history row: which document and template, who, which records, how many copies. */
export function recordPrint(ctx: ServiceContext, key: DocumentKey, r: Pick<Rendered, 'title' | 'ids' | 'pages'>, copies: number, output: 'print' | 'pdf'): void {
  inTransaction(ctx, (tx) => {
    tx.insert(printJobs).values({ actor: ctx.actor, document: key, templateVersion: DOCUMENTS[key].version, title: r.title, recordIds: r.ids, pages: r.pages, copies, output }).run();
  });
}

export async function documentPdf(ctx: ServiceContext, key: DocumentKey, params: Record<string, unknown>): Promise<{ title: string; pdfBase64: string; pages: number }> {
  const r = renderDocument(ctx, key, params);
  let pdf: Buffer;
  try {
    pdf = await htmlToPdf(r.html);
  } catch (error) {
    if (error instanceof Error && error.message === 'NO_CHROMIUM') throw invalid('output', 'print.noChromium');
    throw error;
  }
  recordPrint(ctx, key, r, 1, 'pdf');
  return { title: r.title, pdfBase64: pdf.toString('base64'), pages: r.pages };
}

export function printHistory(ctx: ServiceContext, q: { page: number; pageSize: number }): Page<PrintJob> {
  const data = ctx.db.select().from(printJobs).orderBy(desc(printJobs.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize).all();
  return { data, total: ctx.db.select({ n: count() }).from(printJobs).get()?.n ?? 0 };
}
