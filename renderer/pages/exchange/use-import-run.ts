import { useState } from 'react';
import type { ImportCommitResult, ImportPreview, ImportProgress, ImportRunInput } from '#server/contract/imports';
import { useApi } from '../../api/context';

export type RunKind = 'preview' | 'commit';

/**
 * Runs a check or an import as the server streams it: progress events while rows are checked
 * (and while the one transaction writes), then the result. Errors are kept for the panel to show.
 */
export function useImportRun() {
  const { client } = useApi();
  const [running, setRunning] = useState<RunKind | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function stream<T>(
    kind: RunKind,
    events: () => Promise<AsyncIterable<ImportProgress | T>>,
    isResult: (e: ImportProgress | T) => e is T,
  ): Promise<T | null> {
    setRunning(kind);
    setProgress(null);
    setError(null);
    try {
      for await (const e of await events()) {
        if (isResult(e)) return e;
        setProgress(e as ImportProgress);
      }
      return null;
    } catch (e) {
      setError(e);
      return null;
    } finally {
      setRunning(null);
      setProgress(null);
    }
  }

  const preview = async (input: ImportRunInput): Promise<ImportPreview | null> => {
    type Done = { type: 'preview'; preview: ImportPreview };
    const done = await stream<Done>(
      'preview',
      () => client.imports.preview(input),
      (e): e is Done => e.type === 'preview',
    );
    return done?.preview ?? null;
  };

  const commit = async (
    input: ImportRunInput,
  ): Promise<{ result: ImportCommitResult; preview: ImportPreview } | null> => {
    type Done = { type: 'committed'; result: ImportCommitResult; preview: ImportPreview };
    return stream<Done>(
      'commit',
      () => client.imports.commit(input),
      (e): e is Done => e.type === 'committed',
    );
  };

  return { running, progress, error, clearError: () => setError(null), preview, commit };
}
