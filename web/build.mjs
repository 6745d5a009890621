/* global process, console */
// Builds the explorer into dist/web with Vite, unless nothing it is made from changed since the
// last build: `npm run build` runs before every start and test, and a rebuild costs ~10-30 s.
// FORCE_WEB_BUILD=1 rebuilds anyway.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'web');
const stamp = path.join(out, '.inputs');
const inputs = [path.join(root, 'web'), path.join(root, 'vite.config.mts'), path.join(root, 'package-lock.json')];

/** Every input file with its size and mtime: any edit, addition or removal changes the fingerprint. */
function fingerprint() {
  const lines = [];
  const visit = (p) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p).sort()) visit(path.join(p, entry));
    else lines.push(`${path.relative(root, p)} ${stat.size} ${stat.mtimeMs}`);
  };
  inputs.forEach(visit);
  return lines.join('\n');
}

const current = fingerprint();
const previous = fs.existsSync(stamp) && fs.existsSync(path.join(out, 'index.html')) ? fs.readFileSync(stamp, 'utf8') : '';
if (current === previous && !process.env.FORCE_WEB_BUILD) process.exit(0);

const started = Date.now();
console.log('building the web explorer (dist/web)...');
await build({ configFile: path.join(root, 'vite.config.mts') });
fs.writeFileSync(stamp, current);
console.log(`web explorer built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
