// npm run test:faults: the kill -9 suite alone, with 60 kill points per operation instead of
// the few `npm test` runs (tests/faults/kill-points.test.ts reads FAULT_KILLS).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One operation at a time: the kills are timed, a busy second core only blurs them.
    maxWorkers: 1,
    env: { FAULT_KILLS: process.env.FAULT_KILLS ?? '60' },
  },
});
