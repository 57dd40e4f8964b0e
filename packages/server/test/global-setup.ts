import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { adminQuery, buildPgliteTemplate, buildPostgresTemplate } from './template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite mode: path of the migrated data-folder tarball. */
    pgliteTemplate: string | null;
    /** PostgreSQL mode: server URL and the template database name. */
    pgUrl: string | null;
    pgTemplate: string | null;
  }
}

/**
 * Builds one migrated database per run: a PGlite tarball, or a template database on the server
 * named by TEST_DATABASE_URL. Each test file then gets its own copy (see harness.ts).
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL || null;
  if (url) {
    const template = await buildPostgresTemplate(url);
    project.provide('pgUrl', url);
    project.provide('pgTemplate', template);
    project.provide('pgliteTemplate', null);
    return async () => {
      await adminQuery(url, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    };
  }
  const file = await buildPgliteTemplate();
  project.provide('pgliteTemplate', file);
  project.provide('pgUrl', null);
  project.provide('pgTemplate', null);
  return async () => rmSync(path.dirname(file), { recursive: true, force: true });
}
