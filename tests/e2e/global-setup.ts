import { existsSync } from 'node:fs';
import { HOST_ENTRY } from './fixtures/paths';

/** The config never builds: say plainly what to run when the build output is missing. */
export default function globalSetup(): void {
  if (!existsSync(HOST_ENTRY)) {
    throw new Error(
      `端到端测试需要先构建 / e2e tests need a build first: ${HOST_ENTRY} is missing.\n` +
        'Run `npx electron-vite build` (or `npm test`, which builds before the e2e tests).',
    );
  }
}
