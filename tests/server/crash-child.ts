/**
 * Run in a child process by file-crash.test.ts: opens the register in the data folder given,
 * starts an export and kills itself (SIGKILL, as a power cut or the task manager would) when
 * the write reaches the named step. Prints nothing on success; it is not meant to finish.
 */
import { startCore } from '#server/core';
import { exportWorkbook } from '#server/exchange/export/export-service';
import { setFileWriteStepHook, type FileWriteStep } from '#server/kernel/files/file-journal';
import { exportPackage } from '#server/exchange/package/package-service';

const [dataDir, operation, step, folder, password] = process.argv.slice(2);
if (!dataDir || !operation || !step || !folder)
  throw new Error('usage: crash-child <dataDir> <workbook|package> <step> <folder> [password]');

const core = startCore({ dataDir, actor: 'crash-child' });
setFileWriteStepHook((at: FileWriteStep) => {
  if (at === step) process.kill(process.pid, 'SIGKILL');
});
const run =
  operation === 'workbook'
    ? exportWorkbook(core.context, { registers: ['persons', 'institutions', 'staff'], folder, includeArchived: false })
    : exportPackage(core.context, { directory: folder, password: password ?? '' });
run.then(
  () => {
    console.log('finished without reaching the step');
    process.exit(3);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(4);
  },
);
