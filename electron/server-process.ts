import { RPCHandler } from '@orpc/server/message-port';
import { parseArgs } from 'node:util';
import { handlerOptions, router, startCore } from '../server/core';
import { osActor } from '../server/paths';
import { startFailureLine } from '../server/start-failure';

/**
 * Runs server/ in Electron's utility process: the window never touches SQLite, and a slow query
 * cannot freeze the UI. Main hands us one MessagePort per renderer.
 */
const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } }, strict: false });
const dataDir = values['data-dir'];
if (typeof dataDir !== 'string') throw new Error('--data-dir is required');

let core: ReturnType<typeof startCore>;
try {
  core = startCore({ dataDir, actor: osActor() });
} catch (error) {
  // Main shows this one line to the clerk and quits (see main.ts).
  const message = startFailureLine(error, dataDir);
  console.error(message);
  process.parentPort.postMessage({ type: 'startFailed', message });
  process.exit(2);
}
const handler = new RPCHandler(router, handlerOptions);

process.parentPort.on('message', (event) => {
  const [port] = event.ports;
  if (!port) return;
  handler.upgrade(port, { context: core.context });
  port.start();
});

process.on('exit', () => core.close());
