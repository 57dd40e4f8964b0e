import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { type RunningServer, startServer } from '../../e2e/support/server.ts';
import { adminQuery, withDatabase } from '../../packages/server/test/template.ts';

export { api, apiSignIn, type RunningServer } from '../../e2e/support/server.ts';

/** Seconds per measured run: BENCH_DURATION when set (a quick try), else the bench's own default. */
export const benchSeconds = (byDefault: number) => Number(process.env.BENCH_DURATION) || byDefault;
/** Seconds per measured run unless a scenario says otherwise. */
export const duration = benchSeconds(10);
export const warmup = Math.min(2, duration);
export const connections = 32;

export interface Measurement {
  scenario: string;
  requestsPerSecond: number;
  /** Latency percentiles (ms) of the 2xx responses, as autocannon records them. */
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  non2xx: number;
  /** Connection errors, timeouts included (autocannon gives up on a request after 10 s). */
  errors: number;
  timeouts: number;
  /** The measured run's length. */
  seconds: number;
}

export interface Scenario {
  name: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Seconds to measure (default `duration`). */
  seconds?: number;
  /**
   * Varies each request (the n-th request sent): another path, another caller's cookie, another
   * body (serialised as JSON; give `body` too, as the first request's, so the content type is set).
   */
  vary?: (n: number) => { path?: string; headers?: Record<string, string>; body?: unknown };
}

/** Runs one scenario with autocannon: a short unmeasured warm-up, then `duration` seconds. */
export async function measure(server: RunningServer, scenario: Scenario): Promise<Measurement> {
  const options: autocannon.Options = {
    url: `${server.baseURL}${scenario.path}`,
    method: scenario.method ?? 'GET',
    connections,
    duration: scenario.seconds ?? duration,
    headers: {
      ...(scenario.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...scenario.headers,
    },
    ...(scenario.body === undefined ? {} : { body: JSON.stringify(scenario.body) }),
  };
  if (scenario.vary) {
    const vary = scenario.vary;
    let n = 0;
    options.requests = [
      {
        setupRequest: (request) => {
          const v = vary(n++);
          return {
            ...request,
            path: v.path ?? request.path,
            headers: { ...request.headers, ...v.headers },
            ...(v.body === undefined ? {} : { body: JSON.stringify(v.body) }),
          };
        },
      },
    ];
  }
  if (warmup > 0) await autocannon({ ...options, duration: warmup });
  // autocannon's summary has no p95 (p90, p97.5): keep every 2xx latency, as its histogram does.
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (err, done) => (err ? reject(err) : resolve(done)));
    instance.on('response', (_client, statusCode, _bytes, ms) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(ms);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    scenario: scenario.name,
    requestsPerSecond: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: options.duration as number,
  };
}

/** The nearest-rank percentile of sorted values, rounded to 0.1 (NaN when there are none). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const value = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return Math.round(value * 10) / 10;
}

export type DatabaseKind = 'pglite' | 'postgresql';
const labels: Record<DatabaseKind, string> = { pglite: 'PGlite', postgresql: 'PostgreSQL' };

export interface BenchTarget {
  kind: DatabaseKind;
  /** PGlite: the folder whose `pglite` subfolder is the database (the server's DATA_DIR links to it). */
  dataDir?: string;
  /** PostgreSQL: the database the server will use. */
  databaseUrl?: string;
}

/**
 * Starts a fresh server (DEMO_DATA=false, LOG_LEVEL=warn) on PGlite in a new DATA_DIR, and again on
 * PostgreSQL when DATABASE_URL is set — on a database created for this run and dropped after — and
 * hands each to `run`, printing its measurements as a table. `prepare` fills the database before the
 * server starts and `after` sees it once the server has stopped (PGlite is one process's: it cannot
 * be shared), e.g. to check invariants or run pgbench against the same data.
 */
export async function onEachDatabase(
  title: string,
  run: (server: RunningServer) => Promise<Measurement[]>,
  prepare?: (target: BenchTarget) => Promise<void>,
  after?: (target: BenchTarget) => Promise<void>,
): Promise<void> {
  const kinds: DatabaseKind[] = process.env.DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
  if (!process.env.DATABASE_URL) console.log('(DATABASE_URL not set: PGlite only)');
  for (const kind of kinds) {
    let databaseUrl: string | undefined;
    let dropDatabase: (() => Promise<void>) | undefined;
    if (kind === 'postgresql') {
      const serverUrl = process.env.DATABASE_URL!;
      const name = `dh_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
      await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
      databaseUrl = withDatabase(serverUrl, name);
      dropDatabase = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
    // PGlite: the server's DATA_DIR is a symbolic link to the folder the database is in; stop()
    // removes the link only, so that `after` can still open it. (PGlite cannot open a database
    // folder that is itself a link, hence the link one level up.)
    let store: string | undefined;
    let dataDir: string | undefined;
    if (kind === 'pglite' && (prepare || after)) {
      store = mkdtempSync(path.join(os.tmpdir(), 'dh-bench-db-'));
      dataDir = `${store}-link`;
      symlinkSync(store, dataDir, 'dir');
    }
    const target: BenchTarget = { kind, dataDir: store, databaseUrl };
    let server: RunningServer | undefined;
    try {
      if (prepare) await prepare(target);
      server = await startServer({ demoData: false, logLevel: 'warn', databaseUrl, dataDir });
      if (server.database !== kind) throw new Error(`expected a ${kind} server, /api/health says ${server.database}`);
      const rows = await run(server);
      printTable(`${title} — ${labels[kind]} (server ready in ${(server.startMs / 1000).toFixed(1)} s)`, rows);
      await server.stop();
      if (after) await after(target);
    } finally {
      await server?.stop();
      await dropDatabase?.();
      if (dataDir) rmSync(dataDir, { force: true });
      if (store) rmSync(store, { recursive: true, force: true });
    }
  }
}

export function printTable(title: string, rows: Measurement[]): void {
  const header = ['scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'requests', 'non-2xx', 'errors'];
  const cells = rows.map((r) => [
    r.scenario,
    r.requestsPerSecond.toFixed(1),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.p99.toFixed(1),
    String(r.requests),
    String(r.non2xx),
    r.timeouts ? `${r.errors} (${r.timeouts} timeouts)` : String(r.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  const seconds = [...new Set(rows.map((r) => r.seconds))].join(' / ') || duration;
  console.log(`concurrency ${connections}, ${seconds} s each (after a ${warmup} s warm-up)`);
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}
