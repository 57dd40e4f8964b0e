// Wallet payments under load: POST /api/orders/:id/payments {method: 'wallet', amount} for 10 s
// (BENCH_DURATION overrides) at concurrency 32 — 32 buyers, each paying small parts of its own 5 large
// orders with a unique Idempotency-Key, so every request locks an order row and its wallet row, debits
// the wallet with a conditional update, appends a ledger entry and moves the order's money. On PGlite
// and (DATABASE_URL) PostgreSQL. Afterwards the ledger invariant (balance = Σ entries, orders paid =
// Σ their payments) must hold, or the bench fails.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../packages/server/src/db/client.ts';
import { queryRows } from '../packages/server/src/lib/sql.ts';
import { BUYER_PASSWORD, type GeneratedCatalog, generateCatalog, openBenchDatabase } from './support/catalog-data.ts';
import { api, apiSignIn, connections, measure, onEachDatabase } from './support/harness.ts';

const WALLET = 1_000_000_000_000; // ¥10 billion each: never the limit here
let data: GeneratedCatalog = { buyers: [], customerIds: [], skuIds: [] };
let failed = false;

/** Every wallet holds WALLET from one top-up entry, as if finance had recorded it. */
async function fundWallets(db: Db, customerIds: number[]) {
  for (const id of customerIds) {
    await db.execute(
      sql`INSERT INTO customer_accounts (customer_id, kind, balance) VALUES (${id}, 'wallet', ${WALLET})`,
    );
    await db.execute(sql`INSERT INTO account_entries (customer_id, account, kind, amount, balance_after, note)
                         VALUES (${id}, 'wallet', 'top_up', ${WALLET}, ${WALLET}, 'bench')`);
  }
}

async function checkLedger(db: Db) {
  const [r] = await queryRows<{ accounts: number; off: number; orders: number; ordersOff: number; entries: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM customer_accounts) AS accounts,
               (SELECT count(*)::int FROM customer_accounts a
                  WHERE a.balance <> (SELECT coalesce(sum(amount), 0) FROM account_entries e
                                       WHERE e.customer_id = a.customer_id AND e.account = a.kind)) AS off,
               (SELECT count(*)::int FROM orders) AS orders,
               (SELECT count(*)::int FROM orders o
                  WHERE o.paid_amount <> (SELECT coalesce(sum(applied_amount), 0) FROM payments p
                                           WHERE p.order_id = o.id AND p.status = 'succeeded')) AS "ordersOff",
               (SELECT count(*)::int FROM account_entries) AS entries`,
  );
  const ok = !r!.off && !r!.ordersOff;
  console.log(
    `ledger invariant ${ok ? 'holds' : 'VIOLATED'}: ${r!.entries} entries over ${r!.accounts} accounts ` +
      `(${r!.off} balances ≠ Σ entries), ${r!.orders} orders (${r!.ordersOff} paid ≠ Σ payments)`,
  );
  if (!ok) failed = true;
}

await onEachDatabase(
  'payments',
  async (server) => {
    const cookies: string[] = [];
    const orders: number[][] = [];
    for (let i = 0; i < connections; i++) {
      const cookie = await apiSignIn(server.baseURL, data.buyers[i]!, BUYER_PASSWORD);
      cookies.push(cookie);
      const own: number[] = [];
      for (let k = 0; k < 5; k++) {
        const skuId = data.skuIds[(i * 5 + k) % data.skuIds.length]!;
        const order = (await api(server.baseURL, cookie, 'POST', '/api/orders', {
          lines: [{ skuId, quantity: 600_000 }],
        })) as { id: number };
        own.push(order.id);
      }
      orders.push(own);
    }
    const runId = randomBytes(4).toString('hex');
    const result = await measure(server, {
      name: 'POST /api/orders/:id/payments (wallet, part)',
      method: 'POST',
      path: `/api/orders/${orders[0]![0]}/payments`,
      headers: { cookie: cookies[0]! },
      body: { method: 'wallet', amount: 1 },
      vary: (n) => {
        const buyer = n % connections;
        return {
          path: `/api/orders/${orders[buyer]![Math.floor(n / connections) % 5]}/payments`,
          headers: { cookie: cookies[buyer]!, 'idempotency-key': `bench-${runId}-${n}` },
          body: { method: 'wallet', amount: 1 + (n % 97) },
        };
      },
    });
    return [result];
  },
  async (target) => {
    data = await generateCatalog(target, {
      products: 200,
      skusPerProduct: 1,
      customers: connections,
      stockPerSku: 1_000_000_000,
    });
    const database = await openBenchDatabase(target);
    try {
      await fundWallets(database.db, data.customerIds);
    } finally {
      await database.close();
    }
  },
  async (target) => {
    // After the server stopped (PGlite is one process's): the ledger must balance.
    const database = await openBenchDatabase(target);
    try {
      await checkLedger(database.db);
    } finally {
      await database.close();
    }
  },
);
if (failed) {
  console.error('BUG: paying under load broke the ledger invariant (docs/payments.md)');
  process.exit(1);
}
