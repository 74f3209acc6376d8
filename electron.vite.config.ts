import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Ships the committed drizzle migrations beside the main bundles (db/open.ts looks there). */
const copyMigrations = (): Plugin => ({
  name: 'copy-migrations',
  closeBundle() {
    cpSync(resolve('db/migrations'), resolve('out/main/migrations'), { recursive: true });
  },
});

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // dayjs ships CommonJS locale files without extensions that Node's ESM loader cannot
      // resolve; bundling it avoids that.
      externalizeDeps: { exclude: ['dayjs'] },
      rollupOptions: {
        input: {
          index: resolve('electron/main.ts'),
          'server-process': resolve('electron/server-process.ts'),
          'web-host': resolve('server/web-host.ts'),
        },
        // Chunks sit beside the entries so db/open.ts finds ./migrations from any of them.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
    plugins: [copyMigrations()],
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload.ts') },
        // Sandboxed preloads must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
    plugins: [react()],
  },
});
