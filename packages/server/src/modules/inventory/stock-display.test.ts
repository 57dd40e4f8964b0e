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

const skuOf = async (client: TestClient, productId: number) =>
  (await client.get(`/api/products/${productId}`)).json().skus[0];

describe('what customers see of stock', () => {
  it('numbers by default, with 有货/库存紧张/缺货 as stockStatus; only the status when the supplier hides numbers', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const plenty = await createStockedSku(ctx, 50);
    const few = await createStockedSku(ctx, 4);
    const none = await createStockedSku(ctx, 0);
    expect(await skuOf(buyer.client, plenty.productId)).toMatchObject({ available: 50, stockStatus: 'in' });
    expect(await skuOf(buyer.client, few.productId)).toMatchObject({ available: 4, stockStatus: 'low' });
    expect(await skuOf(buyer.client, none.productId)).toMatchObject({ available: 0, stockStatus: 'out' });

    const sales = await createStaff(ctx, 'salesperson');
    expect((await sales.client.patch('/api/settings/inventory', { showStockNumbers: false })).status).toBe(403);
    const res = await admin.patch('/api/settings/inventory', { showStockNumbers: false });
    expect(res.json()).toEqual({ showStockNumbers: false });
    expect((await buyer.client.get('/api/settings/inventory')).json()).toEqual({ showStockNumbers: false });
    expect(await skuOf(buyer.client, few.productId)).toMatchObject({ available: null, stockStatus: 'low' });
    const list = (await buyer.client.get(`/api/products?q=${plenty.code}`)).json();
    expect(list.items[0].skus[0]).toMatchObject({ available: null, stockStatus: 'in' });
    // Nor do the cart, quick order, the frequent-items list or a refused order give them away.
    await buyer.client.post('/api/cart/items', { items: [{ skuId: few.id, quantity: 9 }] });
    expect((await buyer.client.get('/api/cart')).json().items[0]).toMatchObject({
      available: null,
      stockStatus: 'low',
      problems: ['insufficient_stock'],
    });
    const parsed = (await buyer.client.post('/api/orders/quick-parse', { text: `${plenty.code} 2` })).json();
    expect(parsed.items[0].candidates[0]).toMatchObject({ available: null, stockStatus: 'in' });
    const refused = await buyer.client.post('/api/orders', { lines: [{ skuId: few.id, quantity: 9 }] });
    expect(refused.status).toBe(409);
    expect(refused.json().error.details.lines[0]).toMatchObject({ available: null, stockStatus: 'low' });
    expect((await buyer.client.post('/api/orders', { lines: [{ skuId: plenty.id, quantity: 1 }] })).status).toBe(201);
    expect((await buyer.client.get('/api/orders/frequent-items')).json().items[0]).toMatchObject({ available: null });
    // Staff always see the numbers.
    expect(await skuOf(admin, few.productId)).toMatchObject({ available: 4, stockStatus: 'low' });
    const staffRefused = await admin.post('/api/orders', {
      customerId: buyer.customer.id,
      lines: [{ skuId: few.id, quantity: 9 }],
    });
    expect(staffRefused.json().error.details.lines[0]).toMatchObject({ available: 4 });
    await admin.patch('/api/settings/inventory', { showStockNumbers: true });
    expect(await skuOf(buyer.client, few.productId)).toMatchObject({ available: 4 });
  });
});
