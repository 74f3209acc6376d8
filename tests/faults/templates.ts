// The small registers the fault tests start from, built once per run with the real services and
// copied for every kill point: a register is a folder (register.sqlite and, for the operations
// that write files, their destination folder).
import fs from 'node:fs';
import path from 'node:path';
import { startCore } from '#server/core';
import { seedRegister } from '#dev/seed-register';
import { exportWorkbook } from '#server/exchange/export/export-service';
import { setOffice } from '#server/services/office-service';
import { loadDemo } from '#server/services/setup-service';
import { STICK, STREET } from './office';

export type Operation = 'import' | 'export' | 'package';

export interface Template {
  operation: Operation;
  /** A closed register folder, copied for each run. */
  dir: string;
  /** The worker's third argument, relative to the data folder or absolute (the workbook to import). */
  target?: (dataDir: string) => string;
  /** Where the operation writes its file, inside the data folder (created in the template so it can be watched). */
  folder?: (dataDir: string) => string;
}

const exportsOf = (dataDir: string) => path.join(dataDir, 'exports');
const stickOf = (dataDir: string) => path.join(dataDir, STICK);

/**
 * Three templates from one seeded register of `persons` synthetic people in the demo district:
 * `export` is that register; `package` is it set up as 平湖街道's copy with its keys; `import` is
 * the empty demo district, with the people's exported 残疾人 sheet to import.
 */
export async function prepareTemplates(root: string, persons: number): Promise<Record<Operation, Template>> {
  const seeded = path.join(root, 'seeded');
  const core = await startCore({ dataDir: seeded, actor: 'fault-setup' });
  seedRegister(core, { persons, seed: 9 });
  const workbook = await exportWorkbook(core.context, {
    registers: ['persons'],
    includeArchived: false,
    folder: path.join(root, 'workbook'),
  });
  core.close();

  const empty = path.join(root, 'import');
  const blank = await startCore({ dataDir: empty, actor: 'fault-setup' });
  loadDemo(blank.context);
  blank.close();

  const street = path.join(root, 'package');
  fs.cpSync(seeded, street, { recursive: true });
  const streetCore = await startCore({ dataDir: street, actor: 'fault-setup' });
  setOffice(streetCore.context, STREET);
  streetCore.close();

  fs.mkdirSync(exportsOf(seeded), { recursive: true });
  fs.mkdirSync(stickOf(street), { recursive: true });
  return {
    import: { operation: 'import', dir: empty, target: () => workbook.path },
    export: { operation: 'export', dir: seeded, folder: exportsOf },
    package: { operation: 'package', dir: street, target: stickOf, folder: stickOf },
  };
}

/** A fresh copy of a template for one run. */
export function copyTemplate(t: Template, dataDir: string): void {
  fs.cpSync(t.dir, dataDir, { recursive: true });
}
