import { count, desc } from 'drizzle-orm';
import { getMeta, setMeta } from '#db';
import { printJobs } from '#db/schema';
import type { Page, PrintJob } from '#server/contract/types';
import { inTransaction, invalid, type ServiceContext } from '#server/kernel';
import { htmlToPdf } from './pdf';
import { DOCUMENTS, type DocumentKey, type DocumentParams } from './registry';
import type { Rendered } from './rendered';

const columnsKey = (key: DocumentKey) => `roster_columns:${key}`;

/** The columns chosen for a roster last time (remembered per roster), or its defaults. */
export function rosterColumns(
  ctx: ServiceContext,
  key: DocumentKey,
): { all: { key: string; label: string }[]; chosen: string[] } {
  const def = DOCUMENTS[key].roster;
  if (!def) return { all: [], chosen: [] };
  const saved = getMeta(ctx.db, columnsKey(key));
  const chosen = saved ? (JSON.parse(saved) as string[]) : def.defaultColumns;
  return { all: def.columns.map((c) => ({ key: c.key, label: c.label })), chosen };
}

export function setRosterColumns(ctx: ServiceContext, key: DocumentKey, columns: string[]): { chosen: string[] } {
  const def = DOCUMENTS[key].roster;
  const known = new Set(def?.columns.map((c) => c.key));
  if (!def || columns.length === 0 || columns.some((c) => !known.has(c)))
    throw invalid('columns', 'print.columns.invalid');
  inTransaction(ctx, (tx) => setMeta(tx, columnsKey(key), JSON.stringify(columns)));
  return { chosen: columns };
}

/** The document of `key`: its loader reads the register through the services, then its renderer lays it out. */
export function renderDocument<K extends DocumentKey>(
  ctx: ServiceContext,
  key: K,
  params: DocumentParams<K>,
): Rendered {
  const loaded = DOCUMENTS[key].load(ctx, params, rosterColumns(ctx, key).chosen);
  return loaded.render();
}

/** Writes the print history row: which document and template, who, which records, how many copies. */
export function recordPrint(
  ctx: ServiceContext,
  key: DocumentKey,
  r: Pick<Rendered, 'title' | 'ids' | 'pages'>,
  copies: number,
  output: 'print' | 'pdf',
): void {
  inTransaction(ctx, (tx) => {
    tx.insert(printJobs)
      .values({
        actor: ctx.actor,
        document: key,
        templateVersion: DOCUMENTS[key].version,
        title: r.title,
        recordIds: r.ids,
        pages: r.pages,
        copies,
        output,
      })
      .run();
  });
}

/** Loaded, rendered, then printed to PDF by the machine's Chromium. */
export async function documentPdf<K extends DocumentKey>(
  ctx: ServiceContext,
  key: K,
  params: DocumentParams<K>,
): Promise<{ title: string; pdfBase64: string; pages: number }> {
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
  const data = ctx.db
    .select()
    .from(printJobs)
    .orderBy(desc(printJobs.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .all();
  return { data, total: ctx.db.select({ n: count() }).from(printJobs).get()?.n ?? 0 };
}
