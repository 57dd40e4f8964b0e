import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff, createStockedSku } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { type OrderStatus, orderStatuses } from '../../db/schema/index.ts';
import { queryRows } from '../../lib/sql.ts';
import { completeOverdueOrders } from './order-actions.service.ts';
import { type OrderAction, ruleFor, targetOf } from './order-lifecycle.ts';

let ctx: TestContext;
let admin: TestClient;
let buyer: Awaited<ReturnType<typeof createCustomerWithUser>>;
let skuId: number;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
  buyer = await createCustomerWithUser(ctx);
  skuId = (await createStockedSku(ctx, 100_000)).id;
});
afterAll(() => ctx.close());

const steps = { financeReview: true, warehouseReview: true };
const setSteps = (s: { financeReview: boolean; warehouseReview: boolean }) => admin.patch('/api/settings/orders', s);

/** Brings a fresh order (2 units) to `status` through the API, with every review step on. */
async function orderIn(status: OrderStatus): Promise<number> {
  const order = (await buyer.client.post('/api/orders', { lines: [{ skuId, quantity: 2 }] })).json();
  const path = (p: string) => `/api/orders/${order.id}/${p}`;
  const chain: Record<OrderStatus, (() => Promise<unknown>)[]> = {
    pending_review: [],
    cancelled: [() => admin.post(path('cancel'), { reason: '测试' })],
    finance_review: [() => admin.post(path('approve'), {})],
    warehouse_review: [() => admin.post(path('approve'), {}), () => admin.post(path('approve'), {})],
    awaiting_shipment: Array(3).fill(() => admin.post(path('approve'), {})),
    partially_shipped: [
      ...Array(3).fill(() => admin.post(path('approve'), {})),
      () => admin.post(path('shipments'), { lines: [{ skuId, quantity: 1 }] }),
    ],
    shipped: [
      ...Array(3).fill(() => admin.post(path('approve'), {})),
      () => admin.post(path('shipments'), { lines: [{ skuId, quantity: 2 }] }),
    ],
    completed: [
      ...Array(3).fill(() => admin.post(path('approve'), {})),
      () => admin.post(path('shipments'), { lines: [{ skuId, quantity: 2 }] }),
      () => admin.post(path('complete'), {}),
    ],
  };
  for (const step of chain[status]) await step();
  const now = (await admin.get(`/api/orders/${order.id}`)).json();
  expect(now.status).toBe(status);
  return order.id;
}

const act = (client: TestClient, id: number, action: OrderAction) => {
  const path = `/api/orders/${id}`;
  if (action === 'approve') return client.post(`${path}/approve`, {});
  if (action === 'ship') return client.post(`${path}/shipments`, { lines: [{ skuId, quantity: 1 }] });
  if (action === 'complete') return client.post(`${path}/complete`, {});
  return client.post(`${path}/cancel`, { reason: '测试' });
};

const statuses = orderStatuses;
const actions: OrderAction[] = ['approve', 'ship', 'complete', 'cancel'];

describe('the transition table, through the API', () => {
  it.each(statuses)(
    'from %s: every action staff may take succeeds as the table says, every other is 409',
    async (status) => {
      await setSteps(steps);
      for (const action of actions) {
        const id = await orderIn(status);
        const res = await act(admin, id, action);
        const rule = ruleFor(action, status);
        if (rule?.staff) {
          expect(res.status, `${action} from ${status}`).toBeLessThan(300);
          // Shipping 1 of the 2 (or of the 1 left) decides partially_shipped vs shipped.
          const fullyShipped = status === 'partially_shipped';
          expect(res.json().status).toBe(targetOf(rule, { steps, fullyShipped }));
        } else {
          expect(res.status, `${action} from ${status}`).toBe(409);
          expect(res.json().error.code).toBe('INVALID_STATE');
        }
      }
    },
  );

  it('the buyer may cancel only while pending review and confirm receipt only when shipped; approve and ship are 403', async () => {
    await setSteps(steps);
    for (const status of statuses) {
      for (const action of actions) {
        const id = await orderIn(status);
        const res = await act(buyer.client, id, action);
        const rule = ruleFor(action, status);
        if (action === 'approve' || action === 'ship') expect(res.status).toBe(403);
        else if (rule?.customer) expect(res.status, `${action} from ${status}`).toBe(200);
        else expect(res.status, `${action} from ${status}`).toBe(409);
      }
    }
  }, 120_000);

  it('each review step needs the permission of the people whose job it is', async () => {
    await setSteps(steps);
    const finance = await createStaff(ctx, 'finance');
    const keeper = await createStaff(ctx, 'warehouse');
    const id = await orderIn('pending_review');
    expect((await keeper.client.post(`/api/orders/${id}/approve`, {})).status).toBe(403);
    expect((await finance.client.post(`/api/orders/${id}/approve`, {})).json().status).toBe('finance_review');
    expect((await keeper.client.post(`/api/orders/${id}/approve`, {})).status).toBe(403);
    expect((await finance.client.post(`/api/orders/${id}/approve`, {})).json().status).toBe('warehouse_review');
    expect((await finance.client.post(`/api/orders/${id}/approve`, {})).status).toBe(403);
    const done = await keeper.client.post(`/api/orders/${id}/approve`, { note: '库存已核' });
    expect(done.json().status).toBe('awaiting_shipment');
    expect(done.json().events.map((e: { toStatus: string }) => e.toStatus)).toEqual([
      'pending_review',
      'finance_review',
      'warehouse_review',
      'awaiting_shipment',
    ]);
  });

  it('with the review steps off, approval goes straight to awaiting shipment', async () => {
    await setSteps({ financeReview: false, warehouseReview: false });
    const id = await orderIn('pending_review');
    expect((await admin.post(`/api/orders/${id}/approve`, {})).json().status).toBe('awaiting_shipment');
    const sales = await createStaff(ctx, 'salesperson');
    expect((await sales.client.patch('/api/settings/orders', { financeReview: true })).status).toBe(403);
  });

  it('the scheduled job completes orders shipped more than autoCompleteDays ago, as the system', async () => {
    await setSteps({ financeReview: false, warehouseReview: false });
    await admin.patch('/api/settings/orders', { autoCompleteDays: 7 });
    const old = await orderIn('pending_review');
    await admin.post(`/api/orders/${old}/approve`, {});
    await admin.post(`/api/orders/${old}/shipments`, { lines: [{ skuId, quantity: 2 }] });
    const recent = await orderIn('pending_review');
    await admin.post(`/api/orders/${recent}/approve`, {});
    await admin.post(`/api/orders/${recent}/shipments`, { lines: [{ skuId, quantity: 2 }] });
    await ctx.database.db.execute(sql`UPDATE orders SET shipped_at = now() - interval '8 days' WHERE id = ${old}`);
    expect(await completeOverdueOrders(ctx.database.db)).toBe(1);
    const done = (await buyer.client.get(`/api/orders/${old}`)).json();
    expect(done.status).toBe('completed');
    expect(done.events.at(-1)).toMatchObject({ kind: 'completed', actorKind: 'system', actorName: '系统' });
    expect((await buyer.client.get(`/api/orders/${recent}`)).json().status).toBe('shipped');
  });
});

describe('stock and orders always agree (property-based)', () => {
  it('after any sequence of orders, approvals, shipments, cancellations and adjustments, on hand = Σ movements and reserved = Σ open allocations', async () => {
    await setSteps({ financeReview: false, warehouseReview: false });
    const skus = [(await createStockedSku(ctx, 12)).id, (await createStockedSku(ctx, 5)).id];
    const open: number[] = [];
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('place' as const),
        a: fc.integer({ min: 0, max: 6 }),
        b: fc.integer({ min: 0, max: 4 }),
      }),
      fc.record({ kind: fc.constant('approve' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('ship' as const), pick: fc.nat(), part: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
      fc.record({
        kind: fc.constant('adjust' as const),
        sku: fc.integer({ min: 0, max: 1 }),
        q: fc.integer({ min: -5, max: 8 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
        for (const o of ops) {
          if (o.kind === 'place') {
            const lines = [
              ...(o.a ? [{ skuId: skus[0], quantity: o.a }] : []),
              ...(o.b ? [{ skuId: skus[1], quantity: o.b }] : []),
            ];
            if (!lines.length) continue;
            const res = await buyer.client.post('/api/orders', { lines });
            expect([201, 409]).toContain(res.status);
            if (res.status === 201) open.push(res.json().id);
          } else if (o.kind === 'adjust') {
            if (!o.q) continue;
            const res = await admin.post('/api/inventory/adjustments', {
              skuId: skus[o.sku],
              quantity: o.q,
              reason: 'p',
            });
            expect([201, 409]).toContain(res.status);
          } else if (open.length) {
            const id = open[o.pick % open.length];
            const order = (await admin.get(`/api/orders/${id}`)).json();
            if (o.kind === 'approve') await admin.post(`/api/orders/${id}/approve`, {});
            if (o.kind === 'cancel') await admin.post(`/api/orders/${id}/cancel`, { reason: 'p' });
            if (o.kind === 'ship') {
              const lines = order.lines
                .map((l: { skuId: number; baseQuantity: number; shippedQuantity: number }) => ({
                  skuId: l.skuId,
                  quantity: Math.min(o.part, l.baseQuantity - l.shippedQuantity),
                }))
                .filter((l: { quantity: number }) => l.quantity > 0);
              if (lines.length) {
                const res = await admin.post(`/api/orders/${id}/shipments`, { lines });
                expect([201, 409]).toContain(res.status);
              }
            }
          }
        }
        const rows = await queryRows<{ onHand: number; reserved: number; ledger: number; held: number }>(
          ctx.database.db,
          sql`SELECT sl.on_hand AS "onHand", sl.reserved,
                     (SELECT coalesce(sum(m.quantity), 0)::int FROM stock_movements m
                       WHERE m.sku_id = sl.sku_id AND m.warehouse_id = sl.warehouse_id) AS ledger,
                     (SELECT coalesce(sum(a.reserved), 0)::int FROM order_allocations a JOIN orders o ON o.id = a.order_id
                       WHERE a.sku_id = sl.sku_id AND a.warehouse_id = sl.warehouse_id
                         AND o.status NOT IN ('cancelled', 'completed', 'shipped')) AS held
                FROM stock_levels sl WHERE sl.sku_id IN (${skus[0]}, ${skus[1]})`,
        );
        for (const row of rows) {
          expect(row.onHand).toBe(row.ledger);
          expect(row.reserved).toBe(row.held);
          expect(row.onHand).toBeGreaterThanOrEqual(row.reserved);
        }
        // Shipped and cancelled orders hold nothing.
        const [stale] = await queryRows<{ n: number }>(
          ctx.database.db,
          sql`SELECT count(*)::int AS n FROM order_allocations a JOIN orders o ON o.id = a.order_id
               WHERE a.reserved > 0 AND o.status IN ('cancelled', 'completed', 'shipped')`,
        );
        expect(stale.n).toBe(0);
      }),
      { numRuns: 15 },
    );
  }, 240_000);
});

describe('no oversell under concurrency', () => {
  it('200 concurrent single-unit orders for a SKU with 50 in stock: exactly 50 accepted, 150 refused with 409; on hand 50, reserved 50, available 0', async () => {
    const sku = await createStockedSku(ctx, 50);
    const buyers = await Promise.all(Array.from({ length: 8 }, () => createCustomerWithUser(ctx)));
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        buyers[i % buyers.length].client.post(
          '/api/orders',
          { lines: [{ skuId: sku.id, quantity: 1 }] },
          { 'idempotency-key': randomBytes(8).toString('hex') },
        ),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    expect(statuses.filter((s) => s === 409)).toHaveLength(150);
    for (const r of results.filter((x) => x.status === 409)) expect(r.json().error.code).toBe('INSUFFICIENT_STOCK');
    const level = (await admin.get(`/api/inventory/levels?skuId=${sku.id}`)).json().items[0];
    expect(level).toMatchObject({ onHand: 50, reserved: 50, available: 0 });
    const [count] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`SELECT count(DISTINCT order_id)::int AS n FROM order_lines WHERE sku_id = ${sku.id}`,
    );
    expect(count.n).toBe(50);
  }, 120_000);
});
