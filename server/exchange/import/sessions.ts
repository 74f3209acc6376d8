import { randomUUID } from 'node:crypto';
import type { SheetKind } from '../columns';
import { invalid } from '#server/kernel';
import { MAX_BOOK_CELL_BYTES, MAX_SESSIONS_CELL_BYTES } from './limits';
import { bookBytes, type RawBook } from './raw-book';
import type { Validation } from './validate';

/**
 * Parsed files stay in memory between open, preview and commit; a few at most, not for long,
 * and within one budget for their cells (limits.ts): a new file first makes room for the largest
 * a file may take, so all of them together never pass MAX_SESSIONS_CELL_BYTES.
 */
const MAX_SESSIONS = 3;
const IDLE_MS = 30 * 60 * 1000;

export interface ImportState {
  id: string;
  /** The register file it was opened for: a session never crosses to another register. */
  dataFile: string;
  kind: SheetKind;
  fileName: string;
  book: RawBook;
  touchedAt: number;
  committed: boolean;
  /** The last validation, reused by commit and the error report while nothing has changed. */
  validation: Validation | null;
}

const sessions = new Map<string, ImportState>();

function sweep(now: number): void {
  for (const [id, s] of sessions) if (now - s.touchedAt > IDLE_MS) sessions.delete(id);
}

const heldBytes = () => [...sessions.values()].reduce((sum, s) => sum + bookBytes(s.book), 0);

/** The oldest goes first; its clerk gets “expired” and opens the file again. */
function dropOldestWhile(tooMany: () => boolean): void {
  while (sessions.size > 0 && tooMany()) {
    const oldest = [...sessions.values()].sort((a, b) => a.touchedAt - b.touchedAt)[0];
    if (!oldest) break;
    sessions.delete(oldest.id);
  }
}

/** Before a file is read: room for one more session and for the most cells a file may keep. */
export function makeRoom(): void {
  sweep(Date.now());
  dropOldestWhile(() => sessions.size >= MAX_SESSIONS || heldBytes() + MAX_BOOK_CELL_BYTES > MAX_SESSIONS_CELL_BYTES);
}

/** Sessions open now and the bytes their cells hold (for tests and the benchmark). */
export const sessionCount = () => sessions.size;
export const sessionBytes = () => heldBytes();

export function openSession(dataFile: string, kind: SheetKind, fileName: string, book: RawBook): ImportState {
  const now = Date.now();
  sweep(now);
  const size = bookBytes(book);
  dropOldestWhile(() => sessions.size >= MAX_SESSIONS || heldBytes() + size > MAX_SESSIONS_CELL_BYTES);
  const state: ImportState = {
    id: randomUUID(),
    dataFile,
    kind,
    fileName,
    book,
    touchedAt: now,
    committed: false,
    validation: null,
  };
  sessions.set(state.id, state);
  return state;
}

export function getSession(dataFile: string, id: string): ImportState {
  const now = Date.now();
  sweep(now);
  const state = sessions.get(id);
  if (!state || state.dataFile !== dataFile) throw invalid('importId', 'import.session.expired');
  state.touchedAt = now;
  return state;
}

export function dropSession(id: string): void {
  sessions.delete(id);
}
