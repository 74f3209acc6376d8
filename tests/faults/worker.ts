// One register operation in its own process, so the fault tests can SIGKILL it at any instant:
//   node --import tsx tests/faults/worker.ts <import|export|package> <dataDir> [file-or-folder]
// It starts the register the way both hosts do (startCore), runs the real service and prints
// markers on stdout: `begin {...}` just before the operation under test, `done {...}` after it;
// then it waits, register open, for its stdin to close.
// Nothing here knows about faults: the parent decides when to kill.
import fs from 'node:fs';
import { startCore } from '#server/core';
import { exportWorkbook } from '#server/exchange/export/export-service';
import { commitImport, openImport, previewImport } from '#server/exchange/import/import-service';
import { exportPackage } from '#server/exchange/package/package-service';
import { FAULT_PASSWORD } from './office';

const say = (marker: string, data: unknown = {}) => process.stdout.write(`${marker} ${JSON.stringify(data)}\n`);

async function last<E>(events: AsyncIterable<E>): Promise<E | undefined> {
  let end: E | undefined;
  for await (const e of events) end = e;
  return end;
}

async function main(): Promise<void> {
  const [op, dataDir, target] = process.argv.slice(2);
  if (!op || !dataDir) throw new Error('usage: worker.ts <import|export|package> <dataDir> [file-or-folder]');
  // Awaited so the suite keeps working if start-up becomes asynchronous (a reconcile step).
  const core = await startCore({ dataDir, actor: 'fault-worker' });
  const ctx = core.context;
  say('started');
  if (op === 'import') {
    if (!target) throw new Error('import needs the workbook path');
    const session = await openImport(ctx, {
      kind: 'persons',
      fileName: 'fault-import.xlsx',
      dataBase64: fs.readFileSync(target).toString('base64'),
    });
    const input = {
      importId: session.importId,
      sheet: session.sheet,
      headerRow: session.headerRow ?? 1,
      mapping: session.mapping,
    };
    // Checked first, as the clerk does: the commit then only writes.
    const checked = await last(previewImport(ctx, input));
    const valid = checked?.type === 'preview' ? checked.preview.validRows : -1;
    say('begin', { valid });
    const end = await last(commitImport(ctx, input));
    say('done', end?.type === 'committed' ? end.result : end);
  } else if (op === 'export') {
    say('begin');
    const result = await exportWorkbook(ctx, {
      registers: ['persons', 'institutions', 'staff'],
      includeArchived: false,
    });
    say('done', { path: result.path, bytes: result.bytes });
  } else if (op === 'package') {
    if (!target) throw new Error('package needs the folder');
    say('begin');
    const result = await exportPackage(ctx, { directory: target, password: FAULT_PASSWORD });
    say('done', { path: result.path, sequence: result.sequence });
  } else {
    throw new Error(`unknown operation ${op}`);
  }
  // Stay up, register open, until the parent closes our stdin: a kill planned for just after the
  // operation then lands on a running host (WAL not yet checkpointed), as it would in real life.
  await new Promise((resolve) => process.stdin.once('end', resolve).once('close', resolve).resume());
  core.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
