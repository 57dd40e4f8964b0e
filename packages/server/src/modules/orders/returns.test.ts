import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff, createStockedSku } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { queryRows } from '../../lib/sql.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
});
afterAll(() => ctx.close());

const level = async (skuId: number) => (await admin.get(`/api/inventory/levels?skuId=${skuId}`)).json().items[0];

/** A buyer's order of `quantity` units at 3.33 each, approved and shipped (`shipped` of them). */
async function shippedOrder(quantity: number, shipped = quantity) {
  const buyer = await createCustomerWithUser(ctx);
  const sku = await createStockedSku(ctx, 50, { price: 333 });
  const order = (await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity }] })).json();
  await admin.post(`/api/orders/${order.id}/approve`, {});
  await admin.post(`/api/orders/${order.id}/shipments`, { lines: [{ skuId: sku.id, quantity: shipped }] });
  return { buyer, sku, order };
}

describe('returns (退货)', () => {
  it('request → approve → receive: the goods go back on hand with a return movement; both sides see it on the timeline', async () => {
    const { buyer, sku, order } = await shippedOrder(10);
    expect(await level(sku.id)).toMatchObject({ onHand: 40, reserved: 0 });
    expect((await buyer.client.get(`/api/orders/${order.id}`)).json().allowedActions).toContain('return');
    const requested = await buyer.client.post(`/api/orders/${order.id}/returns`, {
      lines: [{ skuId: sku.id, quantity: 3 }],
      reason: '破损',
    });
    expect(requested.status).toBe(201);
    expect(requested.json()).toMatchObject({
      status: 'requested',
      orderNumber: order.number,
      refundAmount: 999,
      lines: [{ skuId: sku.id, quantity: 3, amount: 999 }],
      allowedActions: ['cancel'],
    });
    const id = requested.json().id;
    expect((await buyer.client.post(`/api/returns/${id}/approve`, {})).status).toBe(403);
    const approved = await admin.post(`/api/returns/${id}/approve`, { refundAmount: 900, note: '扣运费' });
    expect(approved.json()).toMatchObject({ status: 'approved', refundAmount: 900 });
    const keeper = await createStaff(ctx, 'warehouse');
    const received = await keeper.client.post(`/api/returns/${id}/receive`, {});
    expect(received.json()).toMatchObject({ status: 'received', receivedAt: expect.any(String) });
    expect(await level(sku.id)).toMatchObject({ onHand: 43 });
    const movement = (await admin.get(`/api/inventory/movements?skuId=${sku.id}`)).json().items[0];
    expect(movement).toMatchObject({ kind: 'return', quantity: 3, referenceType: 'return', referenceId: id });
    const timeline = (await buyer.client.get(`/api/orders/${order.id}`))
      .json()
      .events.map((e: { kind: string }) => e.kind);
    expect(timeline.slice(-3)).toEqual(['return_requested', 'return_approved', 'return_received']);
    expect((await keeper.client.post(`/api/returns/${id}/receive`, {})).status).toBe(409);
    const [entry] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE target_type = 'order_return' AND target_id = ${String(id)}`,
    );
    expect(entry.n).toBe(2);
  });

  it('never more than was shipped less other open returns; only shipped orders; another customer gets 404', async () => {
    const { buyer, sku, order } = await shippedOrder(10, 4);
    const tooMany = await buyer.client.post(`/api/orders/${order.id}/returns`, {
      lines: [{ skuId: sku.id, quantity: 5 }],
      reason: 'x',
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json().error.details.fields[0].path).toBe('/body/lines/0/quantity');
    const first = await buyer.client.post(`/api/orders/${order.id}/returns`, {
      lines: [{ skuId: sku.id, quantity: 3 }],
      reason: 'x',
    });
    expect(first.status).toBe(201);
    expect(
      (
        await buyer.client.post(`/api/orders/${order.id}/returns`, {
          lines: [{ skuId: sku.id, quantity: 2 }],
          reason: 'y',
        })
      ).status,
    ).toBe(400);
    // A rejected return frees its quantity again.
    expect((await admin.post(`/api/returns/${first.json().id}/reject`, { note: '不符合' })).json().status).toBe(
      'rejected',
    );
    expect(
      (
        await buyer.client.post(`/api/orders/${order.id}/returns`, {
          lines: [{ skuId: sku.id, quantity: 4 }],
          reason: 'z',
        })
      ).status,
    ).toBe(201);

    const pending = (await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 1 }] })).json();
    expect(
      (
        await buyer.client.post(`/api/orders/${pending.id}/returns`, {
          lines: [{ skuId: sku.id, quantity: 1 }],
          reason: 'x',
        })
      ).status,
    ).toBe(409);
    const stranger = await createCustomerWithUser(ctx);
    expect(
      (
        await stranger.client.post(`/api/orders/${order.id}/returns`, {
          lines: [{ skuId: sku.id, quantity: 1 }],
          reason: 'x',
        })
      ).status,
    ).toBe(404);
    expect((await stranger.client.get(`/api/returns/${first.json().id}`)).status).toBe(404);
    expect((await stranger.client.get('/api/returns')).json().total).toBe(0);
    expect((await buyer.client.get(`/api/returns?orderId=${order.id}`)).json().total).toBe(2);
  });

  it('the buyer may cancel its request; refunds split a line’s amount by quantity, rounded once', async () => {
    const { buyer, sku, order } = await shippedOrder(3);
    const r = await buyer.client.post(`/api/orders/${order.id}/returns`, {
      lines: [{ skuId: sku.id, quantity: 1 }],
      reason: '多发',
    });
    expect(r.json().refundAmount).toBe(333);
    expect((await buyer.client.post(`/api/returns/${r.json().id}/cancel`, {})).json().status).toBe('cancelled');
    expect((await buyer.client.post(`/api/returns/${r.json().id}/cancel`, {})).status).toBe(409);
  });
});
