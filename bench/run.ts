// Runs every bench/*.bench.ts in name order, each in its own `node --import tsx` process.
// `npm run bench` runs them all; `npm run bench -- auth` only those whose name contains "auth".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

if (files.length === 0) {
  console.error(`bench: no bench/*.bench.ts matches ${filters.join(' ') || '(all)'}`);
  process.exit(1);
}

const failed: string[] = [];
const started = performance.now();
for (const name of files) {
  console.log(`\n━━ ${name} ━━`);
  const t0 = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, name)], {
    cwd: path.resolve(dir, '..'),
    stdio: 'inherit',
  });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (result.status === 0) {
    console.log(`━━ ${name}: done in ${seconds} s`);
  } else {
    failed.push(name);
    console.error(`━━ ${name}: FAILED (exit ${result.status ?? result.signal}) after ${seconds} s`);
  }
}
console.log(
  `\nbench: ${files.length - failed.length}/${files.length} ran in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
if (failed.length > 0) {
  console.error(`bench: failed: ${failed.join(', ')}`);
  process.exit(1);
}
