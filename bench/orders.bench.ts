// Order placement under load: POST /api/orders for 30 s (BENCH_DURATION overrides) at concurrency 32,
// 5-line credit orders (5 distinct random SKUs, 6–30 each) from 200 buyers, a unique Idempotency-Key
// per request, over 10,000 SKUs with ample stock in
// WH01, on PGlite and (DATABASE_URL) PostgreSQL. Afterwards: the stock invariant (an oversold or
// leaked reservation is a bug, and fails the bench), the statements one order sends (PostgreSQL), and
// the database's own ceiling — the same transaction's SQL run by pgbench (support/place-order.pgbench.sql).
// Target (ARCHITECTURE.md): as close as possible to what PostgreSQL alone does; p99 < 50 ms.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Db } from '../packages/server/src/db/client.ts';
// The server's Fastify augmentation (request.auth), which the services' imports rely on.
import type {} from '../packages/server/src/lib/app-types.ts';
import { idempotent } from '../packages/server/src/lib/idempotency.ts';
import { queryRows } from '../packages/server/src/lib/sql.ts';
import { resolveSession } from '../packages/server/src/modules/auth/session.ts';
import { placeOrder } from '../packages/server/src/modules/orders/place-order.service.ts';
import { BUYER_PASSWORD, type GeneratedCatalog, generateCatalog, openBenchDatabase } from './support/catalog-data.ts';
import {
  api,
  apiSignIn,
  type BenchTarget,
  benchSeconds,
  connections,
  type Measurement,
  measure,
  onEachDatabase,
  percentile,
  type RunningServer,
  warmup,
} from './support/harness.ts';

const size = {
  products: 5_000,
  skusPerProduct: 2,
  customers: 200,
  stockPerSku: 1_000_000,
  creditLimit: 10_000_000_000,
  addresses: true,
};
const P99_AIM_MS = 50;
/** Seconds of load, for the API and for pgbench alike. */
const seconds = benchSeconds(30);
const pgbenchScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'support', 'place-order.pgbench.sql');

let data: GeneratedCatalog = { buyers: [], customerIds: [], skuIds: [] };
let tokens: string[] = [];
let api2xx: Measurement | undefined;
let failed = false;

/** 5 distinct random SKUs, 6–30 of each (minOrderQty 6, orderStep 6), on credit. */
function randomOrder() {
  const picked = new Set<number>();
  while (picked.size < 5) picked.add(data.skuIds[Math.floor(Math.random() * data.skuIds.length)]!);
  return {
    paymentMethod: 'credit',
    lines: [...picked].map((skuId) => ({ skuId, quantity: 6 * (1 + Math.floor(Math.random() * 5)) })),
  };
}

/** Signs the buyers in through the API, a few at a time (argon2id is slow on purpose). */
async function signInAll(baseURL: string): Promise<string[]> {
  const cookies: string[] = new Array(data.buyers.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < data.buyers.length) {
        const i = next++;
        cookies[i] = await apiSignIn(baseURL, data.buyers[i]!, BUYER_PASSWORD);
      }
    }),
  );
  return cookies;
}

async function run(server: RunningServer): Promise<Measurement[]> {
  const t0 = performance.now();
  const cookies = await signInAll(server.baseURL);
  tokens = cookies.map((c) => c.slice(c.indexOf('=') + 1));
  console.log(`signed in ${cookies.length} buyers in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // One order by hand first: a bench whose every request fails measures nothing.
  await api(server.baseURL, cookies[0]!, 'POST', '/api/orders', randomOrder());
  const runId = randomBytes(4).toString('hex');
  const result = await measure(server, {
    name: 'POST /api/orders (5 lines, credit)',
    method: 'POST',
    path: '/api/orders',
    body: randomOrder(),
    seconds,
    vary: (n) => ({
      headers: { cookie: cookies[n % cookies.length]!, 'idempotency-key': `bench-${runId}-${n}` },
      body: randomOrder(),
    }),
  });
  api2xx = result;
  return [result];
}

/**
 * Σ reserved = Σ order_allocations.reserved (orders still holding stock) and on hand = Σ movements,
 * for every stock level; also no level with more reserved than on hand (the check constraint's rule).
 */
async function checkStock(db: Db): Promise<void> {
  const [r] = await queryRows<{
    levels: number;
    reservedMismatch: number;
    onHandMismatch: number;
    oversold: number;
    reserved: number;
    allocated: number;
    orders: number;
    lines: number;
  }>(
    db,
    sql`WITH alloc AS (
          SELECT a.sku_id, a.warehouse_id, sum(a.reserved) AS reserved
            FROM order_allocations a JOIN orders o ON o.id = a.order_id
           WHERE o.status NOT IN ('shipped', 'completed', 'cancelled')
           GROUP BY 1, 2),
        moves AS (SELECT sku_id, warehouse_id, sum(quantity) AS quantity FROM stock_movements GROUP BY 1, 2)
        SELECT count(*)::int AS levels,
               count(*) FILTER (WHERE sl.reserved <> coalesce(alloc.reserved, 0))::int AS "reservedMismatch",
               count(*) FILTER (WHERE sl.on_hand <> coalesce(moves.quantity, 0))::int AS "onHandMismatch",
               count(*) FILTER (WHERE sl.reserved > sl.on_hand)::int AS oversold,
               sum(sl.reserved)::float8 AS reserved, coalesce(sum(alloc.reserved), 0)::float8 AS allocated,
               (SELECT count(*)::int FROM orders) AS orders, (SELECT count(*)::int FROM order_lines) AS lines
          FROM stock_levels sl
          LEFT JOIN alloc ON alloc.sku_id = sl.sku_id AND alloc.warehouse_id = sl.warehouse_id
          LEFT JOIN moves ON moves.sku_id = sl.sku_id AND moves.warehouse_id = sl.warehouse_id`,
  );
  const ok = !r!.reservedMismatch && !r!.onHandMismatch && !r!.oversold;
  console.log(
    `stock invariant ${ok ? 'holds' : 'VIOLATED'}: ${r!.orders} orders / ${r!.lines} lines; over ${r!.levels} levels ` +
      `Σ reserved ${r!.reserved} vs Σ allocations.reserved ${r!.allocated} (${r!.reservedMismatch} levels differ), ` +
      `on hand ≠ Σ movements at ${r!.onHandMismatch} levels, reserved > on hand at ${r!.oversold}`,
  );
  if (!ok) {
    console.error('BUG: placing orders under load broke the stock invariant (see docs/orders.md, Invariants)');
    failed = true;
  }
}

/**
 * Places one order in this process, as the route does, and lists every statement it sent (node-pg's
 * Client.query is wrapped for the duration). The route's session lookup comes on top.
 */
async function countStatements(db: Db): Promise<number> {
  const user = await resolveSession(db, tokens[1]!, 24);
  if (!user) throw new Error('the bench buyer’s session is gone');
  const sent: { text: string; ms: number }[] = [];
  const original = pg.Client.prototype.query;
  const wrapped = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text: string };
    const text = typeof config === 'string' ? config : config.text;
    const started = performance.now();
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise) {
      const entry = { text, ms: 0 };
      sent.push(entry);
      return result.finally(() => {
        entry.ms = performance.now() - started;
      });
    }
    sent.push({ text, ms: Number.NaN });
    return result;
  };
  pg.Client.prototype.query = wrapped as typeof original;
  try {
    const body = randomOrder();
    await idempotent(db, { userId: user.id, scope: 'POST /api/orders', key: `probe-${Date.now()}`, body }, 201, (tx) =>
      placeOrder(tx, user, body as Parameters<typeof placeOrder>[2]),
    );
    // The outbox NOTIFY goes out just after the commit (lib/outbox.ts): let it be counted too.
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    pg.Client.prototype.query = original;
  }
  console.log(`\nstatements of one order (idempotent + placeOrder, one transaction; + 1 session lookup before it):`);
  sent.forEach((s, i) => {
    const oneLine = s.text.replace(/\s+/g, ' ').trim();
    console.log(`  ${String(i + 1).padStart(2)}. ${s.ms.toFixed(2).padStart(6)} ms  ${oneLine.slice(0, 110)}`);
  });
  console.log(`  ${sent.length} round trips (BEGIN … COMMIT, then the NOTIFY)`);
  // The pgbench script must send the same: its SQL commands end in ';' or '\gset'.
  const scripted = readFileSync(pgbenchScript, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('--') && /(;|\\gset)\s*$/.test(line)).length;
  if (scripted !== sent.length) {
    console.log(`  ⚠ ${path.basename(pgbenchScript)} sends ${scripted}: bring it in step with the code`);
  }
  return sent.length;
}

interface PgbenchResult {
  tps: number;
  latencyAvg: number;
  p50: number;
  p95: number;
  p99: number;
  transactions: number;
  failed: string;
}

/** The SQL of one order as a pgbench script, 32 clients for `seconds` (after a warm-up). */
async function runPgbench(db: Db, databaseUrl: string): Promise<PgbenchResult | null> {
  const probe = spawnSync('pgbench', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    console.log('\npgbench: not installed (no database ceiling to compare with)');
    return null;
  }
  // The script draws ids from ranges: they must be contiguous (a fresh database's identities are).
  const [r] = await queryRows<{
    skuLo: number;
    skuHi: number;
    skus: number;
    custLo: number;
    custHi: number;
    custs: number;
    userLo: number;
    offsets: number;
  }>(
    db,
    sql`SELECT (SELECT min(id) FROM skus)::int AS "skuLo", (SELECT max(id) FROM skus)::int AS "skuHi",
               (SELECT count(*) FROM skus)::int AS skus, min(c.id)::int AS "custLo", max(c.id)::int AS "custHi",
               count(*)::int AS custs, min(u.id)::int AS "userLo", count(DISTINCT u.id - c.id)::int AS offsets
          FROM customers c JOIN users u ON u.customer_id = c.id`,
  );
  if (!r || r.skuHi - r.skuLo + 1 !== r.skus || r.custHi - r.custLo + 1 !== r.custs || r.offsets !== 1) {
    throw new Error(`pgbench needs contiguous SKU, customer and buyer ids: ${JSON.stringify(r)}`);
  }
  const vars = [
    `sku_lo=${r.skuLo}`,
    `sku_hi=${r.skuHi}`,
    `cust_lo=${r.custLo}`,
    `user_lo=${r.userLo}`,
    `ncust=${r.custs}`,
  ].flatMap((v) => ['-D', v]);
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'dh-pgbench-'));
  const pgbench = (seconds: number, log: boolean) =>
    spawnSync(
      'pgbench',
      [
        '-n', // no vacuum of pgbench's own tables
        '-M',
        'extended', // unnamed statements, parsed each time: what node-pg sends
        '-c',
        String(connections),
        '-j',
        '2',
        '-T',
        String(seconds),
        '-f',
        pgbenchScript,
        ...vars,
        ...(log ? ['-l', '--log-prefix', path.join(logDir, 'tx')] : []),
        databaseUrl,
      ],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
  try {
    if (warmup > 0) pgbench(warmup, false);
    const out = pgbench(seconds, true);
    if (out.status !== 0) {
      console.error(`pgbench failed (exit ${out.status}):\n${out.stderr}\n${out.stdout}`);
      failed = true;
      return null;
    }
    const number = (re: RegExp) => Number(re.exec(out.stdout)?.[1] ?? Number.NaN);
    // Per transaction: client, transaction no., latency (µs), script, epoch s, µs.
    const latencies: number[] = [];
    for (const file of readdirSync(logDir)) {
      for (const line of readFileSync(path.join(logDir, file), 'utf8').split('\n')) {
        const us = Number(line.split(' ')[2]);
        if (line && Number.isFinite(us)) latencies.push(us / 1000);
      }
    }
    latencies.sort((a, b) => a - b);
    return {
      tps: number(/tps = ([\d.]+)/),
      latencyAvg: number(/latency average = ([\d.]+) ms/),
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      transactions: number(/number of transactions actually processed: (\d+)/),
      failed: /number of failed transactions: (.*)/.exec(out.stdout)?.[1] ?? '0',
    };
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
}

async function after(target: BenchTarget): Promise<void> {
  const database = await openBenchDatabase(target);
  try {
    const db = database.db;
    await checkStock(db);
    if (target.kind !== 'postgresql') return;
    await countStatements(db);
    const ceiling = await runPgbench(db, target.databaseUrl!);
    if (!ceiling || !api2xx) return;
    console.log(
      `\npgbench, the same transaction's SQL (${connections} clients, ${seconds} s): ${ceiling.tps.toFixed(1)} tps, ` +
        `latency avg ${ceiling.latencyAvg} ms, p50 ${ceiling.p50} / p95 ${ceiling.p95} / p99 ${ceiling.p99} ms, ` +
        `${ceiling.transactions} transactions, ${ceiling.failed} failed`,
    );
    await checkStock(db);
    const fraction = (100 * api2xx.requestsPerSecond) / ceiling.tps;
    console.log(
      `API: ${api2xx.requestsPerSecond.toFixed(1)} orders/s = ${fraction.toFixed(0)} % of the database's ceiling ` +
        `(${ceiling.tps.toFixed(1)} tps); p99 ${api2xx.p99} ms against the ${P99_AIM_MS} ms aim ` +
        `(${api2xx.p99 <= P99_AIM_MS ? 'within' : `${(api2xx.p99 / P99_AIM_MS).toFixed(1)}× over`})`,
    );
  } finally {
    await database.close();
  }
}

await onEachDatabase(
  'orders',
  run,
  async (target) => {
    data = await generateCatalog(target, size);
  },
  after,
);
if (!process.env.DATABASE_URL) console.log('pgbench ceiling: skipped (it needs DATABASE_URL)');
if (failed) process.exit(1);
