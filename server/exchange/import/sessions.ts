import { randomUUID } from 'node:crypto';
import type { SheetKind } from '../columns';
import { invalid } from '../../services/context';
import type { RawBook } from './raw-book';
import type { Validation } from './validate';

/** Parsed files stay in memory between open, preview and commit; a few at most, not for long. */
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

export function openSession(dataFile: string, kind: SheetKind, fileName: string, book: RawBook): ImportState {
  const now = Date.now();
  sweep(now);
  // The oldest goes first; its clerk gets “expired” and opens the file again.
  while (sessions.size >= MAX_SESSIONS) {
    const oldest = [...sessions.values()].sort((a, b) => a.touchedAt - b.touchedAt)[0];
    if (!oldest) break;
    sessions.delete(oldest.id);
  }
  const state: ImportState = { id: randomUUID(), dataFile, kind, fileName, book, touchedAt: now, committed: false, validation: null };
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
