#!/usr/bin/env node
// Runs the server test project again on PostgreSQL when TEST_DATABASE_URL is set; a no-op otherwise.
// The server's Vitest global setup builds a template database on that server and gives every test
// file its own copy (packages/server/test/global-setup.ts, harness.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const url = process.env.TEST_DATABASE_URL;
if (!url) {
  console.log('TEST_DATABASE_URL not set: skipping the PostgreSQL run');
  process.exit(0);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shown = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
console.log(`test-pg: running the server tests on PostgreSQL (${shown})`);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const result = spawnSync(npx, ['vitest', 'run', '--project', 'server', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TEST_DATABASE_URL: url },
});
if (result.error) {
  console.error(`test-pg: could not run vitest: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
