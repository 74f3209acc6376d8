import { useSearchParams } from 'react-router';

type Value = string | number | undefined | null;

/**
 * List filters kept in the URL, so Back returns the clerk to the same page of the same search.
 * `parse` turns the URL into the list's query; `update` merges changes (and by default goes
 * back to page 1, because a new filter makes the old page number meaningless).
 */
export function useUrlQuery<T>(
  parse: (read: { str(k: string): string | undefined; num(k: string): number | undefined }) => T,
) {
  const [params, setParams] = useSearchParams();
  const str = (k: string) => params.get(k) ?? undefined;
  const num = (k: string) => {
    const v = params.get(k);
    return v !== null && v !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined;
  };
  const update = (patch: Record<string, Value>, resetPage = true) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === null || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (resetPage) next.delete('page');
    setParams(next, { replace: true });
  };
  return { query: parse({ str, num }), update, clear: () => setParams(new URLSearchParams(), { replace: true }) };
}

/** Page, size and sort from a Table's onChange, in the URL's terms. */
export function tableChange<F extends string>(
  sortable: readonly F[],
  current: { sortField?: F; sortOrder?: 'ascend' | 'descend' },
  pagination: { current?: number; pageSize?: number },
  sorter: unknown,
): { patch: Record<string, Value>; sortChanged: boolean } {
  const s = (Array.isArray(sorter) ? sorter[0] : sorter) as
    { columnKey?: unknown; field?: unknown; order?: 'ascend' | 'descend' | null } | undefined;
  const field = (s?.columnKey ?? s?.field) as F | undefined;
  const order = s?.order ?? undefined;
  const valid = Boolean(order && field && sortable.includes(field));
  return {
    patch: {
      page: pagination.current,
      pageSize: pagination.pageSize,
      sort: valid ? field : undefined,
      order: valid ? order : undefined,
    },
    sortChanged: valid && (field !== current.sortField || order !== current.sortOrder),
  };
}
