import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** One type for both drivers (a union of the two breaks `.where()`). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A database handle or an open transaction: services accept either. */
export type DbOrTx = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Applies committed migrations; safe to call from several processes at once. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * Calls `onNotify` for every NOTIFY on `channel` (committed transactions only); PostgreSQL listens
   * on a dedicated connection, PGlite in-process. Resolves to a function that stops listening.
   */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /** PGlite only: the whole data folder as a tarball (tests load it instead of migrating again). */
  dumpDataDir?(): Promise<Blob>;
}

const afterCommitHooks = new WeakMap<object, Set<(db: Db) => Promise<unknown>>>();

/**
 * Runs `hook` once the transaction `tx` has committed (each hook function once per transaction),
 * or right away when `tx` is no transaction of ours. For work that must not hold the transaction's
 * locks, such as the outbox NOTIFY. A hook's failure is swallowed: it must be safe to lose.
 */
export function afterCommit(tx: DbOrTx, hook: (db: Db) => Promise<unknown>): void {
  const hooks = afterCommitHooks.get(tx);
  if (hooks) hooks.add(hook);
  else void hook(tx as Db).catch(() => {});
}

/** Makes `db.transaction` run the afterCommit hooks of a transaction once it has committed. */
function withAfterCommit(db: Db): Db {
  const transaction = db.transaction.bind(db);
  db.transaction = (async (run, config) => {
    const hooks = new Set<(db: Db) => Promise<unknown>>();
    const result = await transaction(async (tx) => {
      afterCommitHooks.set(tx, hooks);
      return run(tx);
    }, config);
    for (const hook of hooks) void hook(db).catch(() => {});
    return result;
  }) as Db['transaction'];
  return db;
}

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export type DatabaseOptions =
  | { kind: 'postgresql'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgresql') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 20 });
    // A dropped idle connection must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    const db = withAfterCommit(drizzlePg(pool, { schema }) as unknown as Db);
    return {
      db,
      kind: 'postgresql',
      async migrate() {
        const client = await pool.connect();
        try {
          // Several instances may start together: one migrates, the others wait.
          await client.query('SELECT pg_advisory_lock(424242)');
          await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
        } finally {
          await client.query('SELECT pg_advisory_unlock(424242)').catch(() => {});
          client.release();
        }
      },
      async listen(channel, onNotify) {
        const client = new pg.Client({ connectionString: options.url });
        // A dropped listening connection must not crash the process; dispatchers also poll.
        client.on('error', () => {});
        client.on('notification', (message) => {
          if (message.channel === channel) onNotify();
        });
        await client.connect();
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        return async () => {
          await client.end().catch(() => {});
        };
      },
      close: () => pool.end(),
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // pg_trgm indexes product search; a PostgreSQL server ships it in its contrib package.
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm },
  });
  const db = withAfterCommit(drizzlePglite(client, { schema }) as unknown as Db);
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder }),
    async listen(channel, onNotify) {
      const stop = await client.listen(channel, () => onNotify());
      return async () => {
        if (!client.closed) await stop();
      };
    },
    close: () => client.close(),
    dumpDataDir: () => client.dumpDataDir('none'),
  };
}
