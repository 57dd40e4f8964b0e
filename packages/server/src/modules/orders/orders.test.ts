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
const fieldPaths = (res: { json(): { error: { details?: { fields?: { path: string }[] } } } }) =>
  (res.json().error.details?.fields ?? []).map((f) => f.path);

describe('placing an order (contract)', () => {
  it('a buyer orders at its own price; stock is reserved; the order lists, reads and has its first timeline event', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const cola = await createStockedSku(ctx, 100, { price: 300 });
    const chips = await createStockedSku(ctx, 20, { price: 550 });
    expect(
      (await admin.post(`/api/customers/${buyer.customer.id}/prices`, { skuId: cola.id, price: 250 })).status,
    ).toBe(201);

    const res = await buyer.client.post('/api/orders', {
      lines: [
        { skuId: cola.id, quantity: 10 },
        { skuId: chips.id, quantity: 2 },
      ],
      remark: '下午送',
    });
    expect(res.status).toBe(201);
    const order = res.json();
    expect(order).toMatchObject({
      id: expect.any(Number),
      number: expect.stringMatching(/^SO\d{8}-\d{5,}$/),
      status: 'pending_review',
      paymentStatus: 'unpaid',
      totalAmount: 10 * 250 + 2 * 550,
      customerId: buyer.customer.id,
      placedByKind: 'customer',
      remark: '下午送',
      lines: [
        { skuId: cola.id, quantity: 10, unitPrice: 250, amount: 2500, priceRule: 'customer_price', baseQuantity: 10 },
        { skuId: chips.id, quantity: 2, unitPrice: 550, amount: 1100, priceRule: 'base' },
      ],
      events: [{ kind: 'placed', toStatus: 'pending_review', actorKind: 'customer' }],
    });
    expect(order.allowedActions).toEqual(expect.arrayContaining(['cancel', 'edit']));
    expect(await level(cola.id)).toMatchObject({ onHand: 100, reserved: 10, available: 90 });
    expect(await level(chips.id)).toMatchObject({ onHand: 20, reserved: 2, available: 18 });

    const mine = await buyer.client.get('/api/orders');
    expect(mine.json()).toMatchObject({ total: 1, items: [{ id: order.id, number: order.number, lineCount: 2 }] });
    expect((await buyer.client.get(`/api/orders/${order.id}`)).json().number).toBe(order.number);
    expect((await admin.get(`/api/orders?customerId=${buyer.customer.id}`)).json().total).toBe(1);
    const any = await buyer.client.get('/api/orders?statuses=pending_review&statuses=finance_review');
    expect(any.json().total).toBe(1);
    expect((await buyer.client.get('/api/orders?statuses=shipped&statuses=completed')).json().total).toBe(0);
    const [event] = await queryRows<{ topic: string }>(
      ctx.database.db,
      sql`SELECT topic FROM outbox_events WHERE topic = 'order.placed' AND (payload->>'orderId')::int = ${order.id}`,
    );
    expect(event).toEqual({ topic: 'order.placed' });
  });

  it('prices a case unit and counts base units for stock, minimum and step', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const sku = await createStockedSku(ctx, 100, {
      price: 300,
      minOrderQty: 6,
      orderStep: 6,
      units: [{ name: '箱', factor: 24 }],
    });
    const detail = (await admin.get(`/api/products/${sku.productId}`)).json();
    const caseUnit = detail.skus[0].units[0];
    const res = await buyer.client.post('/api/orders', {
      lines: [{ skuId: sku.id, unitId: caseUnit.id, quantity: 2 }],
    });
    expect(res.status).toBe(201);
    expect(res.json().lines[0]).toMatchObject({
      unitName: '箱',
      unitFactor: 24,
      quantity: 2,
      baseQuantity: 48,
      unitPrice: 7200,
      amount: 14400,
    });
    expect(await level(sku.id)).toMatchObject({ reserved: 48 });

    const below = await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 4 }] });
    expect(below.status).toBe(400);
    expect(fieldPaths(below)).toEqual(['/body/lines/0/quantity']);
    const offStep = await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 8 }] });
    expect(offStep.status).toBe(400);
    // Two lines of one SKU count together: 4 + 2 = 6 meets minimum and step.
    const together = await buyer.client.post('/api/orders', {
      lines: [
        { skuId: sku.id, quantity: 4 },
        { skuId: sku.id, quantity: 2 },
      ],
    });
    expect(together.status).toBe(201);
  });

  it('409 INSUFFICIENT_STOCK names the short lines with what is available; nothing is reserved; two lines of a SKU count together', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const a = await createStockedSku(ctx, 5);
    const b = await createStockedSku(ctx, 50);
    const res = await buyer.client.post('/api/orders', {
      lines: [
        { skuId: b.id, quantity: 10 },
        { skuId: a.id, quantity: 3 },
        { skuId: a.id, quantity: 3 },
      ],
    });
    expect(res.status).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'INSUFFICIENT_STOCK',
      details: { lines: [{ index: 1, skuId: a.id, skuCode: a.code, requested: 6, available: 5 }] },
    });
    expect(await level(a.id)).toMatchObject({ reserved: 0 });
    expect(await level(b.id)).toMatchObject({ reserved: 0 });
    expect((await buyer.client.get('/api/orders')).json().total).toBe(0);
  });

  it('splits a line across warehouses, default first, when the default has too little', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const sku = await createStockedSku(ctx, 4);
    const wh = (await admin.post('/api/warehouses', { code: `WH-${Date.now()}`, name: '城东仓' })).json();
    await admin.post('/api/inventory/adjustments', { skuId: sku.id, quantity: 10, warehouseId: wh.id, reason: '入库' });
    const res = await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 7 }] });
    expect(res.status).toBe(201);
    const levels = (await admin.get(`/api/inventory/levels?skuId=${sku.id}`)).json().items;
    expect(levels.map((l: { reserved: number }) => l.reserved)).toEqual([4, 3]);
    const ship = await admin.post(`/api/orders/${res.json().id}/approve`, {});
    expect(ship.status).toBe(200);
    const shipped = await admin.post(`/api/orders/${res.json().id}/shipments`, {
      lines: [{ skuId: sku.id, quantity: 7 }],
    });
    expect(shipped.status).toBe(201);
    const after = (await admin.get(`/api/inventory/levels?skuId=${sku.id}`)).json().items;
    expect(after.map((l: { onHand: number; reserved: number }) => [l.onHand, l.reserved])).toEqual([
      [0, 0],
      [7, 0],
    ]);
  });

  it('400 with field paths for unknown SKUs, units of another SKU, a foreign address; 404 for a customer id of another company', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const other = await createCustomerWithUser(ctx);
    const sku = await createStockedSku(ctx, 10, { units: [{ name: '箱', factor: 12 }] });
    const otherSku = await createStockedSku(ctx, 10, { units: [{ name: '箱', factor: 6 }] });
    const otherUnit = (await admin.get(`/api/products/${otherSku.productId}`)).json().skus[0].units[0].id;
    let res = await buyer.client.post('/api/orders', {
      lines: [
        { skuId: 999_999_999, quantity: 1 },
        { skuId: sku.id, unitId: otherUnit, quantity: 1 },
      ],
    });
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(['/body/lines/0/skuId', '/body/lines/1/unitId']);
    res = await buyer.client.post('/api/orders', { lines: [] });
    expect(res.status).toBe(400);
    const address = await admin.post(`/api/customers/${other.customer.id}/addresses`, {
      contactName: '王五',
      phone: '13800001111',
      province: '浙江省',
      city: '杭州市',
      district: '西湖区',
      address: '文三路 1 号',
    });
    expect(address.status).toBe(201);
    res = await buyer.client.post('/api/orders', {
      lines: [{ skuId: sku.id, quantity: 1 }],
      addressId: address.json().id,
    });
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(['/body/addressId']);
    res = await buyer.client.post('/api/orders', {
      lines: [{ skuId: sku.id, quantity: 1 }],
      customerId: other.customer.id,
    });
    expect(res.status).toBe(404);
    expect(await level(sku.id)).toMatchObject({ reserved: 0 });
  });

  it('snapshots the default delivery address', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const sku = await createStockedSku(ctx, 10);
    await admin.post(`/api/customers/${buyer.customer.id}/addresses`, {
      contactName: '李四',
      phone: '13800002222',
      province: '浙江省',
      city: '杭州市',
      district: '上城区',
      address: '解放路 8 号',
      isDefault: true,
    });
    const res = await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 1 }] });
    expect(res.json().address).toMatchObject({ contactName: '李四', district: '上城区', address: '解放路 8 号' });
  });
});

describe('idempotency', () => {
  it('a replay with the same Idempotency-Key returns the first order and reserves once; another body with it is 409', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const sku = await createStockedSku(ctx, 10);
    const body = { lines: [{ skuId: sku.id, quantity: 3 }] };
    const headers = { 'idempotency-key': `k-${Date.now()}` };
    const first = await buyer.client.post('/api/orders', body, headers);
    const again = await buyer.client.post('/api/orders', body, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await level(sku.id)).toMatchObject({ reserved: 3 });
    expect((await buyer.client.get('/api/orders')).json().total).toBe(1);
    const changed = await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 4 }] }, headers);
    expect(changed.status).toBe(409);
    // A failed attempt stores nothing: the same key may be retried once stock arrives.
    const short = await buyer.client.post(
      '/api/orders',
      { lines: [{ skuId: sku.id, quantity: 8 }] },
      { 'idempotency-key': 'short-1' },
    );
    expect(short.status).toBe(409);
    await admin.post('/api/inventory/adjustments', { skuId: sku.id, quantity: 5, reason: '补货' });
    const retried = await buyer.client.post(
      '/api/orders',
      { lines: [{ skuId: sku.id, quantity: 8 }] },
      { 'idempotency-key': 'short-1' },
    );
    expect(retried.status).toBe(201);
  });

  it('concurrent retries with one key create one order', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const sku = await createStockedSku(ctx, 100);
    const headers = { 'idempotency-key': `burst-${Date.now()}` };
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 1 }] }, headers),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    expect(await level(sku.id)).toMatchObject({ reserved: 1 });
  });
});

describe('scope and 代客下单', () => {
  it('another customer’s order is 404; a salesperson sees only its customers’ orders and orders on their behalf, audited', async () => {
    const sales = await createStaff(ctx, 'salesperson', '业务员甲');
    const mine = await createCustomerWithUser(ctx, { salespersonId: sales.user.id });
    const stranger = await createCustomerWithUser(ctx);
    const sku = await createStockedSku(ctx, 20);
    const theirs = (await stranger.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 1 }] })).json();
    expect((await mine.client.get(`/api/orders/${theirs.id}`)).status).toBe(404);
    expect((await mine.client.post(`/api/orders/${theirs.id}/cancel`, { reason: 'x' })).status).toBe(404);
    expect((await sales.client.get(`/api/orders/${theirs.id}`)).status).toBe(404);

    const onBehalf = await sales.client.post('/api/orders', {
      customerId: mine.customer.id,
      lines: [{ skuId: sku.id, quantity: 2 }],
    });
    expect(onBehalf.status).toBe(201);
    expect(onBehalf.json()).toMatchObject({
      placedByKind: 'staff',
      placedByName: '业务员甲',
      salespersonId: sales.user.id,
    });
    expect(onBehalf.json().events[0]).toMatchObject({ actorKind: 'staff', details: { onBehalf: true } });
    expect((await mine.client.get(`/api/orders/${onBehalf.json().id}`)).status).toBe(200);
    expect((await sales.client.get('/api/orders')).json().items.map((o: { id: number }) => o.id)).toEqual([
      onBehalf.json().id,
    ]);
    expect(
      (
        await sales.client.post('/api/orders', {
          customerId: stranger.customer.id,
          lines: [{ skuId: sku.id, quantity: 1 }],
        })
      ).status,
    ).toBe(404);
    const missing = await sales.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 1 }] });
    expect(missing.status).toBe(400);
    expect(fieldPaths(missing)).toEqual(['/body/customerId']);
    const [entry] = await queryRows<{ action: string }>(
      ctx.database.db,
      sql`SELECT action FROM audit_log WHERE action = 'order.placed_on_behalf' AND target_id = ${String(onBehalf.json().id)}`,
    );
    expect(entry).toBeDefined();
    const viewer = await createCustomerWithUser(ctx, { role: 'viewer' });
    expect((await viewer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 1 }] })).status).toBe(403);
  });
});

describe('credit', () => {
  it('a credit order beyond the credit limit less what open credit orders owe is 409 CREDIT_LIMIT_EXCEEDED', async () => {
    const buyer = await createCustomerWithUser(ctx);
    await admin.patch(`/api/customers/${buyer.customer.id}`, { creditLimit: 1000 });
    const sku = await createStockedSku(ctx, 100, { price: 300 });
    const first = await buyer.client.post('/api/orders', {
      lines: [{ skuId: sku.id, quantity: 3 }],
      paymentMethod: 'credit',
    });
    expect(first.status).toBe(201);
    const second = await buyer.client.post('/api/orders', {
      lines: [{ skuId: sku.id, quantity: 1 }],
      paymentMethod: 'credit',
    });
    expect(second.status).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'CREDIT_LIMIT_EXCEEDED',
      details: { creditLimit: 1000, outstanding: 900, available: 100, totalAmount: 300 },
    });
    expect(await level(sku.id)).toMatchObject({ reserved: 3 });
  });
});

describe('shipping, completion, cancellation', () => {
  it('partial then full shipment takes stock out of on hand and reserved with movements; the buyer confirms receipt', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const keeper = await createStaff(ctx, 'warehouse');
    const sku = await createStockedSku(ctx, 30);
    const order = (await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 10 }] })).json();
    expect((await keeper.client.post(`/api/orders/${order.id}/approve`, {})).status).toBe(403);
    expect((await admin.post(`/api/orders/${order.id}/approve`, { note: '同意' })).json().status).toBe(
      'awaiting_shipment',
    );

    const part = await keeper.client.post(`/api/orders/${order.id}/shipments`, {
      lines: [{ skuId: sku.id, quantity: 4 }],
      carrier: '顺丰',
      trackingNumber: 'SF123',
    });
    expect(part.status).toBe(201);
    expect(part.json()).toMatchObject({
      status: 'partially_shipped',
      shipment: { carrier: '顺丰', trackingNumber: 'SF123', lines: [{ skuId: sku.id, quantity: 4 }] },
      lines: [{ shippedQuantity: 4 }],
    });
    expect(await level(sku.id)).toMatchObject({ onHand: 26, reserved: 6 });
    const over = await keeper.client.post(`/api/orders/${order.id}/shipments`, {
      lines: [{ skuId: sku.id, quantity: 7 }],
    });
    expect(over.status).toBe(400);
    expect(fieldPaths(over)).toEqual(['/body/lines/0/quantity']);
    const rest = await keeper.client.post(`/api/orders/${order.id}/shipments`, {
      lines: [{ skuId: sku.id, quantity: 6 }],
    });
    expect(rest.json()).toMatchObject({ status: 'shipped', shippedAt: expect.any(String) });
    expect(await level(sku.id)).toMatchObject({ onHand: 20, reserved: 0 });
    const movements = (await admin.get(`/api/inventory/movements?skuId=${sku.id}`)).json().items;
    expect(movements.slice(0, 2)).toMatchObject([
      { kind: 'shipment', quantity: -6, referenceType: 'order', referenceId: order.id },
      { kind: 'shipment', quantity: -4, referenceType: 'order', referenceId: order.id },
    ]);
    expect((await buyer.client.post(`/api/orders/${order.id}/cancel`, { reason: '不要了' })).status).toBe(409);
    const done = await buyer.client.post(`/api/orders/${order.id}/complete`, {});
    expect(done.status).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', completedAt: expect.any(String) });
    expect(done.json().events.map((e: { kind: string }) => e.kind)).toEqual([
      'placed',
      'approved',
      'shipped',
      'shipped',
      'completed',
    ]);
    expect(done.json().events[4]).toMatchObject({ actorKind: 'customer', note: '确认收货' });
  });

  it('cancelling releases the stock; the buyer may cancel only while pending review', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const sku = await createStockedSku(ctx, 10);
    const a = (await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 4 }] })).json();
    const b = (await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 3 }] })).json();
    expect(await level(sku.id)).toMatchObject({ reserved: 7 });
    const cancelled = await buyer.client.post(`/api/orders/${a.id}/cancel`, { reason: '下错了' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '下错了' });
    expect(await level(sku.id)).toMatchObject({ reserved: 3, available: 7 });
    await admin.post(`/api/orders/${b.id}/approve`, {});
    expect((await buyer.client.post(`/api/orders/${b.id}/cancel`, { reason: '晚了' })).status).toBe(409);
    expect((await admin.post(`/api/orders/${b.id}/cancel`, { reason: '客户来电取消' })).status).toBe(200);
    expect(await level(sku.id)).toMatchObject({ reserved: 0, available: 10 });
  });
});

describe('editing', () => {
  it('the buyer changes lines while pending: re-priced, re-reserved, timeline shows before and after; not after approval', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const a = await createStockedSku(ctx, 20, { price: 100 });
    const b = await createStockedSku(ctx, 20, { price: 200 });
    const order = (await buyer.client.post('/api/orders', { lines: [{ skuId: a.id, quantity: 5 }] })).json();
    const res = await buyer.client.patch(`/api/orders/${order.id}`, {
      lines: [
        { skuId: a.id, quantity: 2 },
        { skuId: b.id, quantity: 3 },
      ],
      remark: '改一下',
    });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({
      totalAmount: 800,
      remark: '改一下',
      lines: [{ quantity: 2 }, { skuId: b.id, quantity: 3 }],
    });
    expect(res.json().events.at(-1)).toMatchObject({
      kind: 'edited',
      actorKind: 'customer',
      details: { totalBefore: 500, totalAfter: 800, before: [{ quantity: 5 }] },
    });
    expect(await level(a.id)).toMatchObject({ reserved: 2 });
    expect(await level(b.id)).toMatchObject({ reserved: 3 });
    const tooMuch = await buyer.client.patch(`/api/orders/${order.id}`, { lines: [{ skuId: b.id, quantity: 21 }] });
    expect(tooMuch.status).toBe(409);
    expect(await level(a.id)).toMatchObject({ reserved: 2 });
    expect(await level(b.id)).toMatchObject({ reserved: 3 });
    const priced = await buyer.client.patch(`/api/orders/${order.id}`, {
      lines: [{ skuId: a.id, quantity: 1, unitPrice: 1 }],
    });
    expect(fieldPaths(priced)).toEqual(['/body/lines/0/unitPrice']);
    await admin.post(`/api/orders/${order.id}/approve`, {});
    expect((await buyer.client.patch(`/api/orders/${order.id}`, { remark: '再改' })).status).toBe(409);
  });

  it('staff change prices during review with a reason (audited, the buyer sees it); unchanged lines keep their price', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const a = await createStockedSku(ctx, 20, { price: 100 });
    const b = await createStockedSku(ctx, 20, { price: 200 });
    const order = (
      await buyer.client.post('/api/orders', {
        lines: [
          { skuId: a.id, quantity: 2 },
          { skuId: b.id, quantity: 1 },
        ],
      })
    ).json();
    await admin.patch(`/api/products/${(await admin.get(`/api/products?q=${a.code}`)).json().items[0].id}`, {
      skus: [{ id: a.id, code: a.code, price: 150 }],
    });
    const noReason = await admin.patch(`/api/orders/${order.id}`, { lines: [{ skuId: a.id, quantity: 2 }] });
    expect(noReason.status).toBe(400);
    expect(fieldPaths(noReason)).toEqual(['/body/reason']);
    const res = await admin.patch(`/api/orders/${order.id}`, {
      reason: '老客户让利',
      lines: [
        { skuId: a.id, quantity: 2 },
        { skuId: b.id, quantity: 1, unitPrice: 180 },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.json().lines).toMatchObject([
      { unitPrice: 100, priceRule: 'base' },
      { unitPrice: 180, priceRule: 'manual' },
    ]);
    expect(res.json().totalAmount).toBe(380);
    const seen = (await buyer.client.get(`/api/orders/${order.id}`)).json();
    expect(seen.events.at(-1)).toMatchObject({ kind: 'edited', actorKind: 'staff', note: '老客户让利' });
    const [entry] = await queryRows<{ action: string }>(
      ctx.database.db,
      sql`SELECT action FROM audit_log WHERE action = 'order.edited' AND target_id = ${String(order.id)}`,
    );
    expect(entry).toBeDefined();
    const keeper = await createStaff(ctx, 'warehouse');
    expect((await keeper.client.patch(`/api/orders/${order.id}`, { reason: 'x', remark: 'y' })).status).toBe(403);
  });
});

describe('with inventory rules', () => {
  it('ships batch SKUs first-expiry-first-out, each movement naming its batch', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const sku = await createStockedSku(ctx, 0);
    expect((await admin.patch(`/api/inventory/skus/${sku.id}`, { trackBatches: true })).status).toBe(200);
    const receipt = await admin.post('/api/inventory/receipts', {
      reason: '到货',
      lines: [
        { skuId: sku.id, quantity: 4, batchNo: 'B-LATE', expiresOn: '2027-06-30' },
        { skuId: sku.id, quantity: 3, batchNo: 'B-SOON', expiresOn: '2027-01-31' },
      ],
    });
    expect(receipt.status).toBe(201);
    const order = (await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 5 }] })).json();
    await admin.post(`/api/orders/${order.id}/approve`, {});
    expect(
      (await admin.post(`/api/orders/${order.id}/shipments`, { lines: [{ skuId: sku.id, quantity: 5 }] })).status,
    ).toBe(201);
    const batches = (await admin.get(`/api/inventory/batches?skuId=${sku.id}`)).json().items;
    // The batch expiring first is used up (empty batches are not listed).
    expect(batches.map((b: { batchNo: string; onHand: number }) => [b.batchNo, b.onHand])).toEqual([['B-LATE', 2]]);
    const shipped = (await admin.get(`/api/inventory/movements?skuId=${sku.id}`))
      .json()
      .items.filter((m: { kind: string }) => m.kind === 'shipment');
    expect(shipped.map((m: { quantity: number }) => m.quantity).sort()).toEqual([-2, -3]);
  });

  it('an order that takes a level below its threshold raises a low-stock alert', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const sku = await createStockedSku(ctx, 10);
    const warehouseId = (await level(sku.id)).warehouseId;
    await admin.request('PUT', '/api/inventory/levels/threshold', { skuId: sku.id, warehouseId, lowStockThreshold: 8 });
    await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 1 }] });
    await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 2 }] });
    const alerts = await queryRows<{ payload: { available: number } }>(
      ctx.database.db,
      sql`SELECT payload FROM outbox_events WHERE topic = 'inventory.low_stock' AND (payload->>'skuId')::int = ${sku.id}`,
    );
    expect(alerts.map((a) => a.payload.available)).toEqual([7]);
  });
});
