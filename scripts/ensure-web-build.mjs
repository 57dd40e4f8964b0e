#!/usr/bin/env node
// Builds the web app when packages/web/dist is missing or older than its sources; otherwise a no-op.
// Plain Node ESM, no dependencies: `npm start` and `npm run test:e2e` call it before starting.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'packages', 'web');
const output = path.join(web, 'dist', 'index.html');
const inputs = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'];

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Latest modification time under `entry` (a file or a folder, walked recursively); 0 when absent. */
function newest(entry) {
  let stats;
  try {
    stats = statSync(entry);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let latest = stats.mtimeMs; // a deleted file changes its folder's mtime
  for (const item of readdirSync(entry, { withFileTypes: true })) {
    latest = Math.max(latest, newest(path.join(entry, item.name)));
  }
  return latest;
}

const built = mtime(output);
const reason =
  built === undefined
    ? 'packages/web/dist/index.html is missing'
    : inputs.some((name) => newest(path.join(web, name)) > built)
      ? 'web sources changed since the last build'
      : undefined;

if (reason) {
  console.log(`ensure-web-build: ${reason}; running npm run build -w @dinghuo/web`);
  const started = performance.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build', '-w', '@dinghuo/web'], { cwd: root, stdio: 'inherit' });
  if (result.error) {
    console.error(`ensure-web-build: could not run npm: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`ensure-web-build: the web build failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`ensure-web-build: built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
