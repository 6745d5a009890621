/* global process */
// `npm start`'s prestart. In a checkout with the build toolchain (npm ci): build, so a start never
// runs stale code. In a production install (npm ci --omit=dev over a tree that ships dist/, README
// "Production install"): there is no TypeScript to build with and nothing to build: start as is.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'src', 'main.js');

function hasToolchain() {
  try {
    createRequire(path.join(root, 'package.json')).resolve('typescript/package.json');
    return true;
  } catch {
    return false;
  }
}

if (hasToolchain()) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
if (!fs.existsSync(built)) {
  // One JSON line, like everything the service writes on stderr.
  const message =
    'cannot start: dist/ is missing and the build toolchain (devDependencies) is not installed; ' +
    'build where it is (npm ci && npm run build) and ship dist/ with the tree, or run npm ci without --omit=dev (README "Production install")';
  process.stderr.write(`${JSON.stringify({ level: 'error', time: new Date().toISOString(), service: 'storygraph', message })}\n`);
  process.exit(1);
}
