import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/context';

/**
 * Reveals a person's full ID or certificate number. The server writes the reveal to the audit
 * trail, so the person's 变更记录 is refetched: a cached history (staleTime) would not show it.
 */
export function useRevealPerson(): (id: number, which: 'residentId' | 'certNumber') => Promise<string> {
  const { client, orpc } = useApi();
  const queryClient = useQueryClient();
  return async (id, which) => {
    const numbers = await client.persons.reveal({ id });
    void queryClient.invalidateQueries({ queryKey: orpc.persons.history.key({ input: { id } }) });
    return numbers[which];
  };
}
