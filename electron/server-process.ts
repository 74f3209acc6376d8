import { RPCHandler } from '@orpc/server/message-port';
import { parseArgs } from 'node:util';
import { handlerOptions, router, startCore } from '../server/core';
import { osActor } from '../server/paths';

/**
 * Runs server/ in Electron's utility process: the window never touches SQLite, and a slow query
 * cannot freeze the UI. Main hands us one MessagePort per renderer.
 */
const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } }, strict: false });
const dataDir = values['data-dir'];
if (typeof dataDir !== 'string') throw new Error('--data-dir is required');

const core = startCore({ dataDir, actor: osActor() });
const handler = new RPCHandler(router, handlerOptions);

process.parentPort.on('message', (event) => {
  const [port] = event.ports;
  if (!port) return;
  handler.upgrade(port, { context: core.context });
  port.start();
});

process.on('exit', () => core.close());
