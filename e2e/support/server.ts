import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// The bundle `npm start` runs (scripts/ensure-build.mjs builds it before e2e and bench runs).
const serverEntry = path.join(repoRoot, 'packages', 'server', 'dist', 'main.js');

export interface StartOptions {
  /** Load the demo supplier and its accounts on first start (default true). */
  demoData?: boolean;
  /** PostgreSQL server URL; PGlite in a fresh temporary DATA_DIR when absent. */
  databaseUrl?: string;
  /** Server LOG_LEVEL (default 'warn'). */
  logLevel?: string;
  /** Extra environment for the server. */
  env?: Record<string, string>;
  /** How long to wait for /api/health (default 90 s). */
  timeoutMs?: number;
  /** Use this (already prepared) DATA_DIR instead of a fresh temporary one; it is removed on stop. */
  dataDir?: string;
}

export interface RunningServer {
  baseURL: string;
  port: number;
  adminUsername: string;
  adminPassword: string;
  dataDir: string;
  database: 'pglite' | 'postgresql';
  /** Milliseconds from spawning the process to the first healthy /api/health answer. */
  startMs: number;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** Sends SIGTERM, waits for the process to exit (SIGKILL after 10 s) and removes DATA_DIR. */
  stop(): Promise<void>;
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the real server as `npm start` does (`node packages/server/dist/main.js`) on a free port with a
 * fresh temporary DATA_DIR and a known admin password, and waits until /api/health answers.
 * If it does not come up, the process is killed and the error carries its output.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'dh-e2e-'));
  const adminUsername = 'admin';
  const adminPassword = `Admin-${randomBytes(6).toString('hex')}-1`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    // Never inherit a DATABASE_URL from the caller's shell: only use one when asked to.
    DATABASE_URL: options.databaseUrl ?? '',
    ADMIN_USERNAME: adminUsername,
    ADMIN_PASSWORD: adminPassword,
    DEMO_DATA: String(options.demoData ?? true),
    LOG_LEVEL: options.logLevel ?? 'warn',
    ...options.env,
  };
  const started = performance.now();
  const child = spawn(process.execPath, [serverEntry], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  // Last resort: never leave a server behind when the test process itself goes away.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 10_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    process.removeListener('exit', killOnExit);
    rmSync(dataDir, { recursive: true, force: true });
  };

  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  let database: RunningServer['database'] | undefined;
  try {
    while (!database) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before it was ready`);
      }
      if (Date.now() > deadline) throw new Error('the server did not answer /api/health in time');
      try {
        const res = await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(2_000) });
        if (res.ok) {
          const body = (await res.json()) as { status: string; database: RunningServer['database'] };
          if (body.status === 'ok') database = body.database;
        }
      } catch {
        // not listening yet
      }
      if (!database) await sleep(100);
    }
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n--- server output ---\n${output.slice(-5_000)}`);
  }

  return {
    baseURL,
    port,
    adminUsername,
    adminPassword,
    dataDir,
    database,
    startMs: Math.round(performance.now() - started),
    output: () => output,
    stop,
  };
}

/** Signs in through the API and returns the `dh_session=…` cookie, or throws with the status. */
export async function apiSignIn(baseURL: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('dh_session='));
  if (!cookie) throw new Error(`sign-in as ${username} set no dh_session cookie`);
  return cookie.split(';')[0];
}

/** A JSON request with a session cookie; throws unless the status is 2xx. */
export async function api<T = unknown>(
  baseURL: string,
  cookie: string,
  method: string,
  url: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${baseURL}${url}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The demo customer account (西湖人家餐厅's buyer 刘采购, a 金牌客户) that DEMO_DATA loads on first start. */
export const DEMO_BUYER = { username: 'buyer', password: 'demo1234' };
