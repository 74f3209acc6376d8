import { createORPCClient } from '@orpc/client';
import { RPCLink as FetchLink } from '@orpc/client/fetch';
import { RPCLink as PortLink } from '@orpc/client/message-port';
import type { ContractRouterClient } from '@orpc/contract';
import { createTanstackQueryUtils } from '@orpc/tanstack-query';
import type { Contract } from '../../server/contract';

export type ApiClient = ContractRouterClient<Contract>;

interface RegisterHost {
  kind: 'electron';
  requestPort(): void;
  printHtml(html: string): Promise<{ printed: boolean }>;
  /** error: a disk fault while saving (message code and params), e.g. a full or write-protected stick. */
  savePdf(html: string, name: string): Promise<{ saved: boolean; error?: { code: string; params: Record<string, string> } }>;
  pickFolder(): Promise<{ path: string | null }>;
}

export type { RegisterHost };

declare global {
  interface Window {
    registerHost?: RegisterHost;
  }
}

/** In Electron, main brokers a MessagePort to the register service; wait for it once. */
function electronPort(host: RegisterHost): Promise<MessagePort> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent): void => {
      const data = event.data as { type?: string } | null;
      if (event.source !== window || data?.type !== 'register:port' || !event.ports[0]) return;
      window.removeEventListener('message', onMessage);
      const port = event.ports[0];
      port.start();
      resolve(port);
    };
    window.addEventListener('message', onMessage);
    host.requestPort();
  });
}

/** One typed client, two transports: the same UI runs in Electron and in the browser host. */
export async function createApiClient(): Promise<ApiClient> {
  const link = window.registerHost
    ? new PortLink({ port: await electronPort(window.registerHost) })
    : new FetchLink({ url: `${window.location.origin}/rpc`, fetch: (req, init) => fetch(req, { ...init, credentials: 'same-origin' }) });
  return createORPCClient<ApiClient>(link);
}

export function createQueryUtils(client: ApiClient) {
  return createTanstackQueryUtils(client);
}
export type QueryUtils = ReturnType<typeof createQueryUtils>;
