import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import type { App } from '../src/lib/app-types.ts';
import { adminQuery, TEST_ADMIN, withDatabase } from './template.ts';

export { TEST_ADMIN };

/** Opens this test file's own copy of the migrated template database (PGlite or PostgreSQL). */
export async function openTestDatabase(): Promise<{ database: Database; dispose(): Promise<void> }> {
  const pgUrl = inject('pgUrl');
  const pgTemplate = inject('pgTemplate');
  if (pgUrl && pgTemplate) {
    const name = `dh_t_${randomBytes(6).toString('hex')}`;
    await adminQuery(pgUrl, `CREATE DATABASE ${name} TEMPLATE ${pgTemplate}`);
    const database = await openDatabase({ kind: 'postgresql', url: withDatabase(pgUrl, name), poolSize: 10 });
    return {
      database,
      dispose: async () => {
        await database.close();
        await adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const file = inject('pgliteTemplate');
  if (!file) throw new Error('global setup did not build a template database');
  const database = await openDatabase({ kind: 'pglite', loadDataDir: new Blob([readFileSync(file)]) });
  return { database, dispose: () => database.close() };
}

export interface TestResponse {
  status: number;
  headers: LightMyRequestResponse['headers'];
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely
  json<T = any>(): T;
}

/** A signed-in (or anonymous) HTTP client over `app.inject`, carrying the session cookie. */
export class TestClient {
  cookie: string | undefined;
  constructor(
    readonly app: App,
    cookie?: string,
  ) {
    this.cookie = cookie;
  }

  async request(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await this.app.inject({
      method,
      url,
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
    });
    const setCookie = res.cookies.find((c) => c.name === 'dh_session');
    if (setCookie) this.cookie = setCookie.value ? `dh_session=${setCookie.value}` : undefined;
    return { status: res.statusCode, headers: res.headers, body: res.body, json: () => res.json() } as TestResponse;
  }
  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, body ?? {}, headers);
  patch = (url: string, body: unknown, headers?: Record<string, string>) => this.request('PATCH', url, body, headers);
  delete = (url: string, headers?: Record<string, string>) => this.request('DELETE', url, undefined, headers);
}

export interface TestContext {
  app: App;
  database: Database;
  config: Config;
  anonymous(): TestClient;
  /** Signs in and returns a client carrying the session; fails the test on a wrong password. */
  signIn(username: string, password: string): Promise<TestClient>;
  admin(): Promise<TestClient>;
  close(): Promise<void>;
}

export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestContext> {
  const { database, dispose } = await openTestDatabase();
  const config = { ...loadConfig({}), ...overrides };
  const app = await buildApp({ database, config });
  await app.ready();
  const signIn = async (username: string, password: string) => {
    const client = new TestClient(app);
    const res = await client.post('/api/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`sign-in as ${username} failed: ${res.status} ${res.body}`);
    return client;
  };
  return {
    app,
    database,
    config,
    anonymous: () => new TestClient(app),
    signIn,
    admin: () => signIn(TEST_ADMIN.username, TEST_ADMIN.password),
    close: async () => {
      await app.close();
      await dispose();
    },
  };
}
