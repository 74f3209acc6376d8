import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the Electron binary is, or null. Reads electron's path.txt directly because requiring
 * the `electron` package tries to download the binary, which fails on offline machines.
 */
export function electronBinary(root = process.cwd()) {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const rel = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : 'electron';
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkg, 'dist');
  const full = path.join(dist, rel);
  return fs.existsSync(full) ? full : null;
}
