import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { queryRows } from '../../lib/sql.ts';
import { allPermissions, builtinRoles } from '../auth/permissions.ts';
import type { AuthUser } from '../auth/session.ts';
import { approveOrder, completeOrder, shipOrder } from '../orders/order-actions.service.ts';
import { placeOrder } from '../orders/place-order.service.ts';
import { getPaymentSettings, writePaymentSettings } from '../payments/payment-settings.ts';
import { payOrder, receiveAccountMoney } from '../payments/payments.service.ts';
import { DEMO_SUPPLIER } from './demo-data.ts';

// Demo money: a few weeks of a supplier's receivables so the finance screens, statements and the
// buyer's account have something to show — paid and credit orders of last month (one now overdue),
// wallet top-ups, a transfer waiting for finance, an unpaid order.

async function demoUser(db: Db, username: string): Promise<AuthUser | null> {
  const [row] = await queryRows<{ id: number; name: string; kind: 'staff' | 'customer'; customerId: number | null }>(
    db,
    sql`SELECT id::int AS id, name, kind, customer_id::int AS "customerId" FROM users WHERE username = ${username}`,
  );
  if (!row) return null;
  const role = builtinRoles.find((r) => r.code === (row.kind === 'customer' ? 'buyer' : 'admin'));
  return {
    id: row.id,
    username,
    name: row.name,
    kind: row.kind,
    customerId: row.customerId,
    permissions: row.kind === 'staff' ? allPermissions : (role?.permissions ?? []),
    dataScope: 'all',
    sessionHash: '',
  };
}

/** SKUs the customer can order now with stock to spare, and the step they are ordered in. */
async function orderableSkus(db: Db, customerId: number, count: number): Promise<{ id: number; step: number }[]> {
  return queryRows<{ id: number; step: number }>(
    db,
    sql`SELECT s.id::int AS id, greatest(s.min_order_qty, s.order_step) AS step
          FROM skus s JOIN products p ON p.id = s.product_id JOIN stock_levels l ON l.sku_id = s.id
         WHERE p.status = 'on' AND s.status = 'on' AND s.min_order_qty % s.order_step = 0
           AND l.on_hand - l.reserved >= 20 * greatest(s.min_order_qty, s.order_step)
           AND (cardinality(p.visible_level_ids) = 0
                OR (SELECT level_id FROM customers WHERE id = ${customerId}) = ANY(p.visible_level_ids))
         ORDER BY s.id LIMIT ${count}`,
  );
}

/** Moves an order and its money `days` back in time (the ledger's no-update trigger is lifted for it). */
async function backdate(tx: Tx, orderId: number, days: number) {
  const by = sql`make_interval(days => ${days})`;
  const day = (column: string) => sql.raw(`to_char((${column}) AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD')`);
  // Numbers carry the day they were made: SO20261110-00001, PAY20261110000002.
  await tx.execute(sql`UPDATE orders SET created_at = created_at - ${by}, updated_at = updated_at - ${by},
                         shipped_at = shipped_at - ${by}, completed_at = completed_at - ${by},
                         number = 'SO' || ${day(`created_at - make_interval(days => ${days})`)} || substr(number, 11)
                   WHERE id = ${orderId}`);
  await tx.execute(sql`UPDATE order_events SET created_at = created_at - ${by} WHERE order_id = ${orderId}`);
  await tx.execute(sql`UPDATE shipments SET created_at = created_at - ${by} WHERE order_id = ${orderId}`);
  await tx.execute(
    sql`UPDATE payments SET created_at = created_at - ${by}, paid_at = paid_at - ${by},
               number = 'PAY' || ${day(`created_at - make_interval(days => ${days})`)} || substr(number, 12)
         WHERE order_id = ${orderId}`,
  );
  await tx.execute(
    sql`UPDATE receivables SET created_at = created_at - ${by}, due_at = due_at - ${by} WHERE order_id = ${orderId}`,
  );
  await tx.execute(sql`ALTER TABLE account_entries DISABLE TRIGGER account_entries_no_update`);
  await tx.execute(sql`UPDATE account_entries SET created_at = created_at - ${by} WHERE order_id = ${orderId}`);
  await tx.execute(sql`ALTER TABLE account_entries ENABLE TRIGGER account_entries_no_update`);
}

async function backdateTopUps(tx: Tx, customerId: number, days: number) {
  const by = sql`make_interval(days => ${days})`;
  const day = sql.raw(
    `to_char((created_at - make_interval(days => ${days})) AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD')`,
  );
  await tx.execute(sql`UPDATE payments SET created_at = created_at - ${by}, paid_at = paid_at - ${by},
                              number = 'PAY' || ${day} || substr(number, 12)
                        WHERE customer_id = ${customerId} AND purpose = 'top_up'`);
  await tx.execute(sql`ALTER TABLE account_entries DISABLE TRIGGER account_entries_no_update`);
  await tx.execute(sql`UPDATE account_entries SET created_at = created_at - ${by}
                        WHERE customer_id = ${customerId} AND kind = 'top_up' AND order_id IS NULL`);
  await tx.execute(sql`ALTER TABLE account_entries ENABLE TRIGGER account_entries_no_update`);
}

const ctx = { baseUrl: 'http://127.0.0.1' };

/**
 * Seeds the demo's money once, after the catalog and customers: the supplier's bank account, and for
 * the demo buyer's restaurant and the chain's head office a history of paid, credit and unpaid orders.
 * Best effort: a step that cannot run (e.g. a SKU sold out) is skipped.
 */
export async function seedDemoMoney(db: Db): Promise<void> {
  const settings = await getPaymentSettings(db);
  await writePaymentSettings(db, null, {
    ...settings,
    bankAccount: settings.bankAccount ?? {
      accountName: DEMO_SUPPLIER,
      bankName: '中国工商银行杭州西湖支行',
      accountNo: '1202 0212 0910 0066 888',
    },
  });
  const finance = await demoUser(db, 'finance');
  const warehouse = await demoUser(db, 'warehouse');
  const buyer = await demoUser(db, 'buyer');
  const hq = await demoUser(db, 'chain_hq');
  if (!finance || !warehouse || !buyer?.customerId) {
    console.warn('demo money: demo users missing');
    return;
  }

  const history = async (customer: AuthUser, plan: { topUp: number; paidDaysAgo: number; creditDaysAgo: number }) => {
    const customerId = customer.customerId as number;
    const skus = await orderableSkus(db, customerId, 6);
    if (skus.length < 4) {
      console.warn(`demo money: only ${skus.length} orderable SKUs`);
      return;
    }
    const line = (i: number, steps: number) => {
      const sku = skus[i % skus.length];
      return { skuId: sku.id, quantity: sku.step * steps };
    };
    await db.transaction((tx) =>
      receiveAccountMoney(
        tx,
        finance,
        customerId,
        'top_up',
        { amount: plan.topUp, note: '银行转账预存', payerName: '' },
        ctx,
      ),
    );
    await db.transaction((tx) => backdateTopUps(tx, customerId, plan.paidDaysAgo + 2));

    // Paid from the wallet, shipped and done, last month.
    const paid = await db.transaction((tx) => placeOrder(tx, customer, { lines: [line(0, 3), line(1, 2)] }));
    await db.transaction((tx) => payOrder(tx, customer, paid.id, { method: 'wallet' }, ctx));
    await approveOrder(db, finance, paid.id);
    await shipOrder(db, warehouse, paid.id, {
      lines: paid.lines.map((l) => ({ skuId: l.skuId, quantity: l.baseQuantity })),
    });
    // Received long ago: confirmed now, so the auto-complete job has nothing to announce at start.
    await completeOrder(db, customer, paid.id);
    await db.transaction((tx) => backdate(tx, paid.id, plan.paidDaysAgo));

    // On credit, shipped long enough ago to be overdue now.
    const credit = await db.transaction((tx) =>
      placeOrder(tx, customer, {
        lines: [line(2, 4), line(3, 2)],
        paymentMethod: 'credit',
      }),
    );
    await db.transaction((tx) => payOrder(tx, customer, credit.id, { method: 'credit' }, ctx));
    await approveOrder(db, finance, credit.id);
    await shipOrder(db, warehouse, credit.id, {
      lines: credit.lines.map((l) => ({ skuId: l.skuId, quantity: l.baseQuantity })),
    });
    // Received long ago: confirmed now, so the auto-complete job has nothing to announce at start.
    await completeOrder(db, customer, credit.id);
    await db.transaction((tx) => backdate(tx, credit.id, plan.creditDaysAgo));

    // This month: a transfer reported by the buyer that finance has to confirm, and an unpaid order.
    const transfer = await db.transaction((tx) => placeOrder(tx, customer, { lines: [line(4, 2)] }));
    await db.transaction((tx) =>
      payOrder(tx, customer, transfer.id, { method: 'offline', payerName: customer.name, note: '已网银转账' }, ctx),
    );
    await db.transaction((tx) => placeOrder(tx, customer, { lines: [line(5, 1)] }));
  };

  // Last month's statement always has something: the paid order lands on its 10th (or 15th).
  const now = new Date(Date.now() + 8 * 3600_000);
  const daysSince = (day: number) =>
    Math.floor((now.getTime() - Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, day, 12)) / 86_400_000);
  try {
    await history(buyer, { topUp: 300_000, paidDaysAgo: daysSince(10), creditDaysAgo: 45 });
    if (hq?.customerId) await history(hq, { topUp: 100_000, paidDaysAgo: daysSince(15), creditDaysAgo: 80 });
  } catch (error) {
    console.warn(`demo money skipped: ${(error as Error).message}`);
  }
}
