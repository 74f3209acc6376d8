import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The floors (docs/ARCHITECTURE.md). Each area names the areas below it that it may import;
 * anything else is an error. Imports that leave an area go through the package.json subpath
 * aliases (#domain/…, #db, #server/…), and a relative import may not climb out of its own area,
 * so the alias is the only way across and the rule below sees every crossing.
 */
const NODE = {
  group: ['node:*', 'better-sqlite3', 'drizzle-orm*', 'electron'],
  message: 'Pure code: no I/O or runtime imports here.',
};
const UI = {
  group: ['electron', 'react', 'react-dom', 'antd'],
  message: 'server/, db/ and domain/ are plain code: no Electron, no UI.',
};

const BELOW_SERVICES = ['domain/', 'db', 'server/kernel', 'server/records', 'server/contract'];
const AREAS = [
  { dir: 'domain', may: [], also: [NODE, UI], why: 'domain/ is pure rules and imports nothing above it' },
  { dir: 'db', may: ['domain/'], also: [UI], why: 'db/ sits below server/' },
  {
    dir: 'server/contract',
    may: ['domain/'],
    also: [NODE, UI],
    why: 'the contract is pure (zod and domain/) so the renderer can import it',
  },
  { dir: 'server/kernel', may: ['domain/', 'db'], also: [UI], why: 'the kernel is the ground floor of server/' },
  {
    dir: 'server/records',
    may: ['domain/', 'db', 'server/kernel'],
    also: [UI],
    why: 'records stand on the kernel only',
  },
  {
    dir: 'server/services',
    may: BELOW_SERVICES,
    also: [UI],
    why: 'services stand on records and the kernel; documents and exchange stand on services, never the other way',
  },
  {
    dir: 'server/documents',
    may: [...BELOW_SERVICES, 'server/services'],
    also: [UI],
    why: 'documents load through services and never reach into exchange/ or api/',
  },
  {
    dir: 'server/exchange',
    may: [...BELOW_SERVICES, 'server/services'],
    also: [UI],
    why: 'exchange works through services and never reaches into documents/ or api/',
  },
  {
    dir: 'server/api',
    may: [...BELOW_SERVICES, 'server/services', 'server/documents', 'server/exchange'],
    also: [UI],
    why: 'the API routes sit on top of server/ and below the hosts',
  },
  {
    dir: 'renderer',
    may: ['domain/', 'server/contract'],
    also: [
      NODE,
      {
        group: ['**/db', '**/db/**', '**/server/**', '**/electron/**'],
        message: 'renderer/ talks to the API client only.',
      },
    ],
    why: 'the renderer sees the domain and the contract only',
  },
];

const boundary = (p) => (p.endsWith('/') ? p : `${p}(?:/|$)`);
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function floors() {
  const out = [];
  for (const a of AREAS) {
    const allowed = a.may.map((p) => boundary(escapeRe(p))).join('|');
    const alias = { regex: allowed ? `^#(?!${allowed})` : '^#', message: `${a.why}.` };
    for (let depth = 0; depth < 4; depth++) {
      const files = [`${a.dir}/${'*/'.repeat(depth)}*.{ts,tsx}`];
      const climb = {
        regex: `^(?:\\.\\./){${depth + 1}}`,
        message: `A relative import may not leave ${a.dir}/: import across areas through a # alias (package.json "imports").`,
      };
      out.push({ files, rules: { 'no-restricted-imports': ['error', { patterns: [...a.also, alias, climb] }] } });
    }
  }
  return out;
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'bench/.cache/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'db/migrations/**',
      'dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      // Dangerous Electron APIs go through one checked helper (electron/external.ts).
      'no-restricted-properties': [
        'error',
        { object: 'shell', property: 'openExternal', message: 'Use openExternalChecked from electron/external.ts.' },
      ],
    },
  },
  { files: ['scripts/**/*.mjs', '*.config.{js,ts}'], languageOptions: { globals: globals.node } },
  {
    files: ['server/**/*.ts', 'dev/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [UI, { regex: '^#(?:renderer|electron)/', message: 'server/ is plain Node: no Electron, no UI.' }],
        },
      ],
    },
  },
  ...floors(),
  {
    // A document renders from the plain data its loader read: the renderers see domain/ and the
    // contract's types only; the loaders, the registry and the print service reach the register.
    files: ['server/documents/*.ts'],
    ignores: ['server/documents/registry.ts', 'server/documents/print-service.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            UI,
            {
              regex: '^#(?!domain/|server/contract(?:/|$))',
              message: 'A document renders from plain data: no services, database or transactions.',
            },
            {
              regex: '^\\.\\./',
              message: 'A relative import may not leave server/documents/: import across areas through a # alias.',
            },
            { group: ['./loaders/*'], message: 'A renderer takes its data; only the registry runs the loaders.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
