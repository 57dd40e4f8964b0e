#!/usr/bin/env node
// Bundles the server (packages/server/src/main.ts) into packages/server/dist/main.js with esbuild, so
// `npm start` runs plain JavaScript: loading hundreds of TypeScript and library files through a
// TypeScript loader at every start costs seconds. Packages that read files next to their own code
// (PGlite's WebAssembly, Scalar's script, argon2's native binary) stay external.
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = path.join(root, 'packages', 'server');
const dist = path.join(server, 'dist');

rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: [path.join(server, 'src', 'main.ts')],
  outfile: path.join(dist, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: [
    '@electric-sql/pglite',
    '@node-rs/argon2',
    '@scalar/fastify-api-reference',
    'pg-native',
    'openapi-typescript',
  ],
  // Bundled CommonJS dependencies call require(); give the ES module bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
// db/client.ts finds its migrations beside itself; in the bundle that is dist/.
cpSync(path.join(server, 'src', 'db', 'migrations'), path.join(dist, 'migrations'), { recursive: true });
