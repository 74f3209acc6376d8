// npm run test:faults: the kill -9 suite alone, with 50 kill points per operation instead of
// the few `npm test` runs (tests/faults/kill-points.test.ts reads FAULT_KILLS).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One operation at a time (the test runs two kill points at once, one per core).
    maxWorkers: 1,
    env: { FAULT_KILLS: process.env.FAULT_KILLS ?? '50' },
  },
});
