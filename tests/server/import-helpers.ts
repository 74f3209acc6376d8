import type {
  ImportCommitEvent,
  ImportPreviewEvent,
  ImportProgress,
  ImportRunInput,
  ImportSession,
} from '#server/contract/imports';
import type { SheetKind } from '#server/exchange/columns';
import type { Api } from './helpers';

/** Opens a file for import exactly as the renderer sends it: name and base64 bytes. */
export function openFile(
  api: Api,
  kind: SheetKind,
  fileName: string,
  bytes: Buffer | Uint8Array,
): Promise<ImportSession> {
  return api.imports.open({ kind, fileName, dataBase64: Buffer.from(bytes).toString('base64') });
}

/** The run input of a session as it was suggested (sheet, header row, mapping). */
export const runOf = (s: ImportSession) => ({
  importId: s.importId,
  sheet: s.sheet,
  headerRow: s.headerRow ?? 1,
  mapping: s.mapping,
});

/** Reads a progress stream to its end: the progress events and the final event. */
async function drain<E extends { type: string }>(
  events: AsyncIterable<E>,
): Promise<{ progress: ImportProgress[]; last: E }> {
  const progress: ImportProgress[] = [];
  let last: E | undefined;
  for await (const e of events) {
    if (e.type === 'progress') progress.push(e as unknown as ImportProgress);
    else last = e;
  }
  if (!last) throw new Error('the stream ended without a result');
  return { progress, last };
}

export async function preview(api: Api, input: ImportRunInput) {
  const { progress, last } = await drain<ImportPreviewEvent>(await api.imports.preview(input));
  if (last.type !== 'preview') throw new Error(`unexpected event ${last.type}`);
  return { progress, preview: last.preview };
}

export async function commit(api: Api, input: ImportRunInput) {
  const { progress, last } = await drain<ImportCommitEvent>(await api.imports.commit(input));
  if (last.type !== 'committed') throw new Error(`unexpected event ${last.type}`);
  return { progress, result: last.result, preview: last.preview };
}
