import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Import direction (ARCHITECTURE.md): renderer → domain; server → domain, db; electron → server. */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const NODE = { group: ['node:*', 'better-sqlite3', 'drizzle-orm*', 'electron'], message: 'domain/ is pure: no I/O or runtime imports.' };

export default tseslint.config(
  { ignores: ['out/**', 'bench/.cache/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Dangerous Electron APIs go through one checked helper (electron/external.ts).
      'no-restricted-properties': ['error', { object: 'shell', property: 'openExternal', message: 'Use openExternalChecked from electron/external.ts.' }],
    },
  },
  { files: ['scripts/**/*.mjs', '*.config.{js,ts}'], languageOptions: { globals: globals.node } },
  {
    files: ['domain/**/*.ts'],
    rules: restrict([NODE, { group: ['react', 'react-dom', 'antd', '**/db', '**/db/**', '**/server', '**/server/**', '**/renderer', '**/renderer/**', '**/electron', '**/electron/**'], message: 'domain/ imports nothing above it.' }]),
  },
  {
    files: ['db/**/*.ts'],
    rules: restrict([{ group: ['electron', 'react', '**/server', '**/server/**', '**/renderer/**', '**/electron/**'], message: 'db/ sits below server/.' }]),
  },
  {
    files: ['server/**/*.ts'],
    rules: restrict([{ group: ['electron', 'react', 'antd', '**/renderer/**', '**/electron/**'], message: 'server/ is plain Node: no Electron, no UI.' }]),
  },
  {
    // A document renders from the plain data its loader read; only loaders, the registry and the print service reach the register.
    files: ['server/documents/**/*.ts'],
    ignores: ['server/documents/loaders/**', 'server/documents/registry.ts', 'server/documents/print-service.ts'],
    rules: restrict([
      { group: ['electron', 'react', 'antd', '**/renderer/**', '**/electron/**'], message: 'server/ is plain Node: no Electron, no UI.' },
      { group: ['**/db', '**/db/**', '**/kernel', '**/kernel/**', '**/services/**', '**/exchange/**', '**/api/**', './loaders/*'], message: 'A document renders from plain data: no services, database or transactions.' },
    ]),
  },
  {
    files: ['server/contract/**/*.ts'],
    rules: restrict([
      NODE,
      // Nothing of db/ or the rest of server/ (exchange, kernel, services …): domain, zod, oRPC and its own files only.
      { regex: '^\\.\\./(?!\\.\\./domain/)', message: 'The contract is pure so the renderer can import its types: domain/ and its own files only.' },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        NODE,
        { group: ['**/db', '**/db/**', '**/electron/**', '**/server/*', '!**/server/contract', '**/server/{api,services,web}/**'], message: 'renderer/ talks to the API client only.' },
      ]),
    },
  },
);
