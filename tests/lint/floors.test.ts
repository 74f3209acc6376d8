import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The floors of docs/ARCHITECTURE.md as lint enforces them: each probe is a one-line file at a
 * real path in the tree, linted with the project's own config (nothing is written to disk).
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, specifier: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

const REFUSED: [string, string][] = [
  ['domain/probe.ts', '#db/schema'],
  ['domain/probe.ts', '#server/kernel'],
  ['domain/person/probe.ts', '../../server/kernel'],
  ['db/schema/probe.ts', '#server/kernel'],
  ['server/contract/probe.ts', '#server/exchange/columns'],
  ['server/contract/probe.ts', '#db'],
  ['server/kernel/probe.ts', '#server/services/person-service'],
  ['server/kernel/probe.ts', '#server/records/person-record'],
  ['server/records/probe.ts', '#server/services/person-service'],
  ['server/services/probe.ts', '#server/exchange/import/commit'],
  ['server/services/probe.ts', '#server/documents/print-service'],
  ['server/services/probe.ts', '#server/api/router'],
  ['server/services/probe.ts', '../exchange/columns'],
  ['server/exchange/import/probe.ts', '#server/documents/pdf'],
  ['server/exchange/import/probe.ts', '../../documents/pdf'],
  ['server/documents/loaders/probe.ts', '#server/exchange/columns'],
  ['server/documents/probe.ts', '#server/services/person-service'],
  ['server/documents/probe.ts', './loaders/heading'],
  ['server/api/probe.ts', '#server/web-host'],
  ['renderer/pages/persons/Probe.tsx', '#server/services/person-service'],
  ['renderer/pages/persons/Probe.tsx', '#db'],
];

const ALLOWED: [string, string][] = [
  ['domain/person/probe.ts', '../dates'],
  ['server/kernel/probe.ts', '#db/schema'],
  ['server/records/probe.ts', '#server/kernel'],
  ['server/services/probe.ts', '#server/records/person-record'],
  ['server/services/probe.ts', '#server/contract/types'],
  ['server/exchange/import/probe.ts', '#server/services/person-service'],
  ['server/exchange/import/probe.ts', '../package/rows'],
  ['server/documents/loaders/probe.ts', '#server/services/person-service'],
  ['server/documents/probe.ts', '#domain/masking'],
  ['server/api/probe.ts', '#server/exchange/import/import-service'],
  ['renderer/pages/persons/Probe.tsx', '#server/contract'],
  ['renderer/pages/persons/Probe.tsx', '../../components/MaskedId'],
];

describe('lint keeps the floors', () => {
  it.each(REFUSED)('%s may not import %s', async (file, spec) => {
    expect(await restricted(file, spec)).toBe(true);
  });
  it.each(ALLOWED)('%s may import %s', async (file, spec) => {
    expect(await restricted(file, spec)).toBe(false);
  });
});
