import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import type { Database } from './db/client.ts';

/** Where the web client's generated API types live. */
export const webApiTypesPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../web/src/api/schema.d.ts',
);

// Building the route table needs no database: handlers that would use it never run here.
const offlineDatabase = {
  kind: 'pglite',
  db: undefined,
  migrate: async () => {},
  close: async () => {},
} as unknown as Database;

/** The OpenAPI document of the whole API, as served at /api/docs/json. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const app = await buildApp({ database: offlineDatabase, config: loadConfig({}) });
  await app.ready();
  const doc = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  return doc;
}

/** TypeScript types for the web client, generated from the OpenAPI document. */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS((await openApiDocument()) as never, { alphabetize: true });
  return `// Generated from the server's OpenAPI document by \`npm run gen:api\`. Do not edit.\n${astToString(ast)}`;
}
