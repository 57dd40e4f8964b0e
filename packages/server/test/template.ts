import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Db } from '../src/db/client.ts';
import { openDatabase } from '../src/db/client.ts';
import { ensureAdmin, syncBuiltinRoles } from '../src/modules/auth/bootstrap.ts';

export const TEST_ADMIN = { username: 'admin', password: 'Admin-pass-1' };

async function prepare(db: Db) {
  await syncBuiltinRoles(db);
  await ensureAdmin(db, TEST_ADMIN.username, TEST_ADMIN.password);
}

/** Builds one migrated PGlite database and saves it as a tarball that every test file loads. */
export async function buildPgliteTemplate(): Promise<string> {
  const database = await openDatabase({ kind: 'pglite' });
  await database.migrate();
  await prepare(database.db);
  const blob = await database.dumpDataDir!();
  await database.close();
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dh-tpl-')), 'template.tar');
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  return file;
}

/** Builds a migrated template database on the PostgreSQL server that test files copy. */
export async function buildPostgresTemplate(url: string): Promise<string> {
  const name = `dh_tpl_${process.pid}_${Date.now()}`;
  await adminQuery(url, `CREATE DATABASE ${name}`);
  const database = await openDatabase({ kind: 'postgresql', url: withDatabase(url, name), poolSize: 2 });
  await database.migrate();
  await prepare(database.db);
  await database.close();
  return name;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
