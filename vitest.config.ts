import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{domain,db,server,documents,electron,faults,lint}/**/*.test.ts'],
    environment: 'node',
    // Real SQLite files in temp folders: keep workers few on a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
  },
});
