import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end journeys: the real server as a child process, driven through Debian's Chromium.
// Run from the repository root: `npm run test:e2e` (builds the web app first when needed).
export default defineConfig({
  test: {
    name: 'e2e',
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['e2e/**/*.e2e.ts'],
    // A fresh PGlite data folder runs initdb (~6 s) and the browser needs time to start.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // One file at a time: each starts its own server and browser.
    maxWorkers: 1,
    fileParallelism: false,
  },
});
