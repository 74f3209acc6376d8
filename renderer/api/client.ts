import { type ClientContext, type ClientLink, createORPCClient, DynamicLink } from '@orpc/client';
import { RPCLink as FetchLink } from '@orpc/client/fetch';
import { RPCLink as PortLink } from '@orpc/client/message-port';
import type { ContractRouterClient } from '@orpc/contract';
import { createTanstackQueryUtils } from '@orpc/tanstack-query';
import i18next from 'i18next';
import type { Contract } from '#server/contract';

export type ApiClient = ContractRouterClient<Contract>;

interface RegisterHost {
  kind: 'electron';
  requestPort(): void;
  printHtml(html: string): Promise<{ printed: boolean }>;
  /** error: a disk fault while saving (message code and params), e.g. a full or write-protected stick. */
  savePdf(
    html: string,
    name: string,
  ): Promise<{ saved: boolean; error?: { code: string; params: Record<string, string> } }>;
  pickFolder(): Promise<{ path: string | null }>;
  onServiceStatus?(listener: (status: unknown) => void): void;
}

export type { RegisterHost };

declare global {
  interface Window {
    registerHost?: RegisterHost;
  }
}

/**
 * The desktop register service's state as main reports it (electron/service-supervisor.ts sends
 * the same shape): restarting after it stopped unexpectedly, restarted (a new port has come), or
 * given up after repeated crashes, with the log to send to support.
 */
export type ServiceStatus =
  { state: 'restarting' } | { state: 'restarted' } | { state: 'failed'; logFile: string; lastError: string | null };

function asServiceStatus(value: unknown): ServiceStatus | null {
  const v = value as { state?: unknown; logFile?: unknown; lastError?: unknown } | null;
  if (v?.state === 'restarting' || v?.state === 'restarted') return { state: v.state };
  if (v?.state === 'failed' && typeof v.logFile === 'string')
    return { state: 'failed', logFile: v.logFile, lastError: typeof v.lastError === 'string' ? v.lastError : null };
  return null;
}

const statusListeners = new Set<(status: ServiceStatus) => void>();
let lastStatus: ServiceStatus | null = null;

/** Calls `listener` with every service status from now on (and the last one, if any); returns the unsubscribe. */
export function onServiceStatus(listener: (status: ServiceStatus) => void): () => void {
  statusListeners.add(listener);
  if (lastStatus) listener(lastStatus);
  return () => statusListeners.delete(listener);
}

/** Fails the calls in flight on one port when its service has gone (it will never answer them). */
class InFlight {
  private readonly rejects = new Set<(error: Error) => void>();

  track<T>(call: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.rejects.add(reject);
      call.then(resolve, reject).finally(() => this.rejects.delete(reject));
    });
  }

  failAll(): void {
    for (const reject of this.rejects) reject(new Error(i18next.t('service.interrupted')));
    this.rejects.clear();
  }
}

/**
 * In Electron, main brokers a MessagePort to the register service, and a new one each time it
 * restarts the service: every port that arrives replaces the link, so calls after a restart reach
 * the new service. Calls made while no port is there wait for the next one; calls in flight when
 * the service stopped fail with a message instead of waiting forever.
 */
function electronLink(host: RegisterHost): ClientLink<ClientContext> {
  let current: PortLink<ClientContext> | null = null;
  let waiting: ((link: PortLink<ClientContext>) => void)[] = [];
  let inFlight = new InFlight();
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: string } | null;
    const port = event.ports[0];
    if (event.source !== window || data?.type !== 'register:port' || !port) return;
    port.start();
    const link = new PortLink<ClientContext>({ port });
    current = link;
    for (const resolve of waiting) resolve(link);
    waiting = [];
  });
  host.onServiceStatus?.((raw) => {
    const status = asServiceStatus(raw);
    if (!status) return;
    lastStatus = status;
    // Until the restarted service's port arrives, new calls wait instead of going to the dead one.
    if (status.state === 'restarting' || status.state === 'failed') {
      current = null;
      inFlight.failAll();
      inFlight = new InFlight();
    }
    for (const listener of statusListeners) listener(status);
  });
  host.requestPort();
  const links = new DynamicLink<ClientContext>(
    () => current ?? new Promise<PortLink<ClientContext>>((resolve) => waiting.push(resolve)),
  );
  return {
    call: (path, input, options) =>
      // Given up: no port will come, so a call fails at once instead of waiting for one.
      lastStatus?.state === 'failed'
        ? Promise.reject(new Error(i18next.t('service.interrupted')))
        : inFlight.track(links.call(path, input, options)),
  };
}

/** One typed client, two transports: the same UI runs in Electron and in the browser host. */
export function createApiClient(): ApiClient {
  const link = window.registerHost
    ? electronLink(window.registerHost)
    : new FetchLink({
        url: `${window.location.origin}/rpc`,
        fetch: (req, init) => fetch(req, { ...init, credentials: 'same-origin' }),
      });
  return createORPCClient<ApiClient>(link);
}

export function createQueryUtils(client: ApiClient) {
  return createTanstackQueryUtils(client);
}
export type QueryUtils = ReturnType<typeof createQueryUtils>;
