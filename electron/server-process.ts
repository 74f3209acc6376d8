import { RPCHandler } from '@orpc/server/message-port';
import { parseArgs } from 'node:util';
import { router, rpcHandlerOptions, startCore } from '#server/core';
import { osActor } from '#server/paths';
import { startFailureLine } from '#server/start-failure';

/**
 * Runs server/ in Electron's utility process: the window never touches SQLite, and a slow query
 * cannot freeze the UI. Main hands us one MessagePort per renderer.
 */
const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } }, strict: false });
const dataDir = values['data-dir'];
if (typeof dataDir !== 'string') throw new Error('--data-dir is required');

function start(dir: string): ReturnType<typeof startCore> | null {
  try {
    return startCore({ dataDir: dir, actor: osActor() });
  } catch (error) {
    // Main shows this one line to the clerk and quits (see main.ts); exit once the message is out.
    const message = startFailureLine(error, dir);
    console.error(message);
    process.parentPort.postMessage({ type: 'startFailed', message });
    setTimeout(() => process.exit(2), 500);
    return null;
  }
}

const core = start(dataDir);
if (core) {
  const handler = new RPCHandler(router, rpcHandlerOptions);
  process.parentPort.on('message', (event) => {
    const [port] = event.ports;
    if (!port) return;
    handler.upgrade(port, { context: core.context });
    port.start();
  });
  process.on('exit', () => core.close());
}
