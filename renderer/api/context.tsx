import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient, QueryUtils } from './client';

interface Api {
  client: ApiClient;
  orpc: QueryUtils;
}

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ value, children }: { value: Api; children: ReactNode }) {
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('ApiProvider missing');
  return api;
}
