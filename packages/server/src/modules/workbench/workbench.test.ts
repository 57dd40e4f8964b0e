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

const figuresOf = async (client: TestClient) =>
  Object.fromEntries(
    (await client.get('/api/workbench')).json().figures.map((f: { key: string; value: number }) => [f.key, f.value]),
  );

describe('the warehouse workbench', () => {
  it('shows what to ship today, shipments made and levels below their threshold', async () => {
    const keeper = await createStaff(ctx, 'warehouse');
    const buyer = await createCustomerWithUser(ctx);
    const sku = await createStockedSku(ctx, 10);
    const warehouseId = (await admin.get(`/api/inventory/levels?skuId=${sku.id}`)).json().items[0].warehouseId;
    await admin.request('PUT', '/api/inventory/levels/threshold', { skuId: sku.id, warehouseId, lowStockThreshold: 8 });
    const a = (await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 2 }] })).json();
    const b = (await buyer.client.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 1 }] })).json();
    await admin.post(`/api/orders/${a.id}/approve`, {});
    await admin.post(`/api/orders/${b.id}/approve`, {});
    await keeper.client.post(`/api/orders/${b.id}/shipments`, { lines: [{ skuId: sku.id, quantity: 1 }] });

    const view = (await keeper.client.get('/api/workbench')).json();
    const figures = await figuresOf(keeper.client);
    expect(figures).toMatchObject({ ordersToShip: 1, shipmentsToday: 1, lowStockLevels: 1, returnsToReceive: 0 });
    expect(figures.ordersToReview).toBeUndefined();
    expect(view.toShip).toMatchObject([{ id: a.id, number: a.number, status: 'awaiting_shipment' }]);
    expect(view.lowStock).toMatchObject([{ skuId: sku.id, available: 7, threshold: 8 }]);

    expect(await figuresOf(admin)).toMatchObject({ ordersToReview: 0, ordersToday: 2 });
    const buyerView = (await buyer.client.get('/api/workbench')).json();
    expect(buyerView.toShip).toEqual([]);
    expect(buyerView.lowStock).toEqual([]);
  });
});
