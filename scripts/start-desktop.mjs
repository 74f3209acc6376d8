import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

// `npm start`: build, then launch the desktop host; say plainly what is missing when it can't.
const binary = electronBinary();
if (!binary) {
  console.error(
    '未找到 Electron 程序文件（它在安装时从 GitHub 下载，本机未能获取），桌面版无法启动。请改用浏览器版：npm run web  / Electron binary not installed; use `npm run web` instead.',
  );
  process.exit(1);
}
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 0);
