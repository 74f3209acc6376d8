import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DivisionNode } from '#server/contract';
import { useApi } from '../api/context';

/** The live streets (with their communities) of every district in the register. */
export function useStreets(): { streets: DivisionNode[]; loading: boolean } {
  const { orpc } = useApi();
  const tree = useQuery(orpc.divisions.tree.queryOptions({ input: { includeArchived: false } }));
  const streets = useMemo(() => (tree.data ?? []).flatMap((d) => d.children), [tree.data]);
  return { streets, loading: tree.isPending };
}
