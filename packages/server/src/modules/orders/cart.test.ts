import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff, createStockedSku } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
});
afterAll(() => ctx.close());

const caseUnitOf = async (productId: number) => (await admin.get(`/api/products/${productId}`)).json().skus[0].units[0];

describe('cart', () => {
  it('adds (same SKU and unit grows), prices with the customer’s own price, flags problems, updates and removes', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const cola = await createStockedSku(ctx, 100, { price: 300, units: [{ name: '箱', factor: 24 }] });
    const scarce = await createStockedSku(ctx, 2, { price: 500, minOrderQty: 3 });
    await admin.post(`/api/customers/${buyer.customer.id}/prices`, { skuId: cola.id, price: 280 });
    const box = await caseUnitOf(cola.productId);

    let res = await buyer.client.post('/api/cart/items', { items: [{ skuId: cola.id, quantity: 5 }] });
    expect(res.status).toBe(200);
    res = await buyer.client.post('/api/cart/items', {
      items: [
        { skuId: cola.id, quantity: 3 },
        { skuId: cola.id, unitId: box.id, quantity: 1 },
        { skuId: scarce.id, quantity: 2 },
      ],
    });
    const cart = res.json();
    expect(cart.count).toBe(3);
    expect(cart.items).toMatchObject([
      { skuId: cola.id, unitId: null, quantity: 8, unitPrice: 280, amount: 2240, problems: [] },
      { skuId: cola.id, unitId: box.id, unitName: '箱', quantity: 1, baseQuantity: 24, unitFactor: 24, problems: [] },
      { skuId: scarce.id, quantity: 2, available: 2, problems: ['below_minimum'] },
    ]);
    expect(cart.totalAmount).toBe(2240 + cart.items[1].amount);

    // Switching the base-unit item to 箱 merges the 箱 item already there (a unit change once answered 500).
    const switched = await buyer.client.patch(`/api/cart/items/${cart.items[0].id}`, { quantity: 2, unitId: box.id });
    expect(switched.status).toBe(200);
    expect(switched.json().items.filter((i: { skuId: number }) => i.skuId === cola.id)).toMatchObject([
      { unitId: box.id, quantity: 3 },
    ]);
    const back = await buyer.client.patch(`/api/cart/items/${cart.items[0].id}`, { quantity: 8, unitId: null });
    expect(back.json().items[0]).toMatchObject({ unitId: null, quantity: 8 });
    await buyer.client.post('/api/cart/items', { items: [{ skuId: cola.id, unitId: box.id, quantity: 1 }] });
    const scarceItem = cart.items[2].id;
    res = await buyer.client.patch(`/api/cart/items/${scarceItem}`, { quantity: 4 });
    expect(res.json().items.find((i: { id: number }) => i.id === scarceItem).problems).toEqual(['insufficient_stock']);
    res = await buyer.client.post('/api/cart/remove', { ids: [scarceItem] });
    expect(res.json().count).toBe(2);

    const other = await createCustomerWithUser(ctx);
    expect((await other.client.patch(`/api/cart/items/${cart.items[0].id}`, { quantity: 1 })).status).toBe(404);
    expect((await other.client.get('/api/cart')).json().count).toBe(0);
    const bad = await buyer.client.post('/api/cart/items', { items: [{ skuId: 999_999_999, quantity: 1 }] });
    expect(bad.status).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('/body/items/0/skuId');
    const sales = await createStaff(ctx, 'salesperson');
    expect((await sales.client.get('/api/cart')).status).toBe(403);
  });

  it('checkout places one order with the items and empties the cart; a refused checkout keeps it; a replay returns the first order', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const a = await createStockedSku(ctx, 10, { price: 100 });
    const b = await createStockedSku(ctx, 1, { price: 200 });
    await buyer.client.post('/api/cart/items', {
      items: [
        { skuId: a.id, quantity: 4 },
        { skuId: b.id, quantity: 2 },
      ],
    });
    const refused = await buyer.client.post('/api/cart/checkout', {});
    expect(refused.status).toBe(409);
    expect(refused.json().error.code).toBe('INSUFFICIENT_STOCK');
    expect((await buyer.client.get('/api/cart')).json().count).toBe(2);

    const cart = (await buyer.client.get('/api/cart')).json();
    const headers = { 'idempotency-key': `co-${Date.now()}` };
    const placed = await buyer.client.post(
      '/api/cart/checkout',
      { itemIds: [cart.items[0].id], remark: '周五前' },
      headers,
    );
    expect(placed.status).toBe(201);
    expect(placed.json()).toMatchObject({
      status: 'pending_review',
      totalAmount: 400,
      remark: '周五前',
      lines: [{ skuId: a.id, quantity: 4 }],
    });
    const replay = await buyer.client.post(
      '/api/cart/checkout',
      { itemIds: [cart.items[0].id], remark: '周五前' },
      headers,
    );
    expect(replay.json().id).toBe(placed.json().id);
    const left = (await buyer.client.get('/api/cart')).json();
    expect(left.items.map((i: { skuId: number }) => i.skuId)).toEqual([b.id]);
    expect((await buyer.client.get('/api/orders')).json().total).toBe(1);
  });

  it('再来一单 puts a past order’s lines back into the cart; another customer’s order is 404', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const sku = await createStockedSku(ctx, 100, { units: [{ name: '箱', factor: 12 }] });
    const box = await caseUnitOf(sku.productId);
    const order = (
      await buyer.client.post('/api/orders', {
        lines: [
          { skuId: sku.id, unitId: box.id, quantity: 2 },
          { skuId: sku.id, quantity: 3 },
        ],
      })
    ).json();
    const res = await buyer.client.post(`/api/orders/${order.id}/reorder`);
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({
      skipped: [],
      items: [
        { skuId: sku.id, unitId: box.id, quantity: 2 },
        { skuId: sku.id, unitId: null, quantity: 3 },
      ],
    });
    const other = await createCustomerWithUser(ctx);
    expect((await other.client.post(`/api/orders/${order.id}/reorder`)).status).toBe(404);
  });
});
