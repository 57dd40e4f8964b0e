#!/usr/bin/env node
// Builds what `npm start` serves when it is missing or older than its sources; otherwise a no-op:
// the web app (packages/web/dist) and the bundled server (packages/server/dist/main.js).
// Plain Node ESM: `npm start`, `npm run test:e2e` and `npm run bench` call it before starting.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const targets = [
  {
    name: 'web app',
    dir: path.join(root, 'packages', 'web'),
    output: 'dist/index.html',
    inputs: ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'],
    command: ['npm', ['run', 'build', '-w', '@dinghuo/web']],
  },
  {
    name: 'server',
    dir: path.join(root, 'packages', 'server'),
    output: 'dist/main.js',
    inputs: ['src', 'package.json', '../../package-lock.json', '../../scripts/build-server.mjs'],
    command: [process.execPath, [path.join(root, 'scripts', 'build-server.mjs')]],
  },
];

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

for (const target of targets) {
  const built = mtime(path.join(target.dir, target.output));
  const reason =
    built === undefined
      ? `${target.output} is missing`
      : target.inputs.some((name) => newest(path.join(target.dir, name)) > built)
        ? 'sources changed since the last build'
        : undefined;
  if (!reason) continue;
  console.log(`ensure-build: ${target.name}: ${reason}; building`);
  const started = performance.now();
  const [command, args] = target.command;
  const result = spawnSync(command === 'npm' && process.platform === 'win32' ? 'npm.cmd' : command, args, {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.error || result.status !== 0) {
    console.error(
      `ensure-build: building the ${target.name} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`,
    );
    process.exit(result.status || 1);
  }
  console.log(`ensure-build: ${target.name} built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
