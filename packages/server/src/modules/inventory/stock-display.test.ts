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
    // Staff always see the numbers.
    expect(await skuOf(admin, few.productId)).toMatchObject({ available: 4, stockStatus: 'low' });
    await admin.patch('/api/settings/inventory', { showStockNumbers: true });
    expect(await skuOf(buyer.client, few.productId)).toMatchObject({ available: 4 });
  });
});
