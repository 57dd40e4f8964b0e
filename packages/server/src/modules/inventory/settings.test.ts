import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import {
  createSku,
  createWarehouse,
  defaultWarehouseId,
  eventsOf,
  fieldPaths,
  lastAudit,
  lastEventId,
  put,
  setReserved,
} from '../../../test/inventory.ts';
import { notifyLowStock } from './low-stock.ts';

let ctx: TestContext;
let admin: TestClient;
let defaultId: number;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
  defaultId = await defaultWarehouseId(admin);
});
afterAll(() => ctx.close());

const setThreshold = (body: Record<string, unknown>, client = admin) =>
  put(client, '/api/inventory/levels/threshold', body);
const adjust = (skuId: number, warehouseId: number, quantity: number) =>
  admin.post('/api/inventory/adjustments', { skuId, warehouseId, quantity, reason: '测试' });

describe('warehouses', () => {
  it('renames, disables and enables a warehouse; the default cannot be disabled', async () => {
    const wh = await createWarehouse(admin);
    let res = await admin.patch(`/api/warehouses/${wh.id}`, { name: '城西仓', address: '杭州市西湖区' });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ id: wh.id, name: '城西仓', address: '杭州市西湖区', status: 'active' });
    res = await admin.patch(`/api/warehouses/${wh.id}`, { status: 'disabled' });
    expect(res.json()).toMatchObject({ status: 'disabled', name: '城西仓' });
    expect(await lastAudit(ctx, 'warehouse.updated', wh.id)).toMatchObject({
      details: { before: { status: 'active' }, after: { status: 'disabled' } },
    });
    res = await admin.patch(`/api/warehouses/${defaultId}`, { status: 'disabled' });
    expect(res.status).toBe(409);
    expect(res.json().error.code).toBe('CONFLICT');
    res = await admin.patch(`/api/warehouses/${wh.id}`, { name: ' ' });
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(['/body/name']);
    expect((await admin.patch('/api/warehouses/999999999', { name: 'x' })).status).toBe(404);
  });

  it('makes an active warehouse the default; changes naming no warehouse then go there', async () => {
    const wh = await createWarehouse(admin, '新总仓');
    const disabled = await createWarehouse(admin);
    await admin.patch(`/api/warehouses/${disabled.id}`, { status: 'disabled' });
    expect((await admin.post(`/api/warehouses/${disabled.id}/default`)).status).toBe(409);

    let res = await admin.post(`/api/warehouses/${wh.id}/default`);
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ id: wh.id, isDefault: true });
    const list = (await admin.get('/api/warehouses?pageSize=100')).json().items;
    expect(list[0].id).toBe(wh.id);
    expect(list.filter((w: { isDefault: boolean }) => w.isDefault)).toHaveLength(1);
    const sku = await createSku(admin);
    res = await admin.post('/api/inventory/receipts', { lines: [{ skuId: sku.id, quantity: 1 }] });
    expect(res.json().warehouseId).toBe(wh.id);
    expect(await lastAudit(ctx, 'warehouse.default_set', wh.id)).toMatchObject({
      details: { previousDefaultId: defaultId },
    });
    // The old default can now be disabled; put it back as default for the other tests.
    expect((await admin.post(`/api/warehouses/${defaultId}/default`)).status).toBe(200);
  });
});

describe('SKU inventory settings', () => {
  it('sets backorder any time and batch keeping only without stock; audited', async () => {
    const sku = await createSku(admin);
    let res = await admin.patch(`/api/inventory/skus/${sku.id}`, { allowBackorder: true });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ id: sku.id, code: sku.code, allowBackorder: true, trackBatches: false });
    await adjust(sku.id, defaultId, 3);
    res = await admin.patch(`/api/inventory/skus/${sku.id}`, { trackBatches: true });
    expect(res.status).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', details: { onHand: 3 } });
    await adjust(sku.id, defaultId, -3);
    res = await admin.patch(`/api/inventory/skus/${sku.id}`, { trackBatches: true });
    expect(res.json()).toMatchObject({ allowBackorder: true, trackBatches: true });
    expect((await admin.get(`/api/inventory/skus/${sku.id}`)).json()).toEqual(res.json());
    expect((await admin.get('/api/inventory/skus/999999999')).status).toBe(404);
    expect(await lastAudit(ctx, 'sku.inventory_settings_changed', sku.id)).toMatchObject({
      details: { before: { trackBatches: false }, after: { trackBatches: true } },
    });
    // Now an increase needs a batch, also for adjustments.
    res = await adjust(sku.id, defaultId, 2);
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(['/body/batchNo']);
    expect((await admin.patch('/api/inventory/skus/999999999', { allowBackorder: true })).status).toBe(404);
  });

  it('adjusts batch SKUs: an increase into the batch named, a decrease FEFO or from the batch named', async () => {
    const sku = await createSku(admin, { trackBatches: true });
    const add = (body: Record<string, unknown>) =>
      admin.post('/api/inventory/adjustments', { skuId: sku.id, reason: '测试', ...body });
    expect((await add({ quantity: 5, batchNo: 'A', expiresOn: '2026-10-01' })).status).toBe(201);
    expect((await add({ quantity: 5, batchNo: 'B', expiresOn: '2026-09-01' })).status).toBe(201);
    expect((await add({ quantity: -3 })).status).toBe(201);
    expect((await add({ quantity: -1, batchNo: 'A' })).status).toBe(201);
    const res = await add({ quantity: -5, batchNo: 'A' });
    expect(res.status).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INSUFFICIENT_STOCK', details: { batchNo: 'A', batchOnHand: 4 } });
    const batches = (await admin.get(`/api/inventory/batches?skuId=${sku.id}`)).json().items;
    expect(batches.map((b: { batchNo: string; onHand: number }) => [b.batchNo, b.onHand])).toEqual([
      ['B', 2],
      ['A', 4],
    ]);
  });
});

describe('low-stock thresholds and alerts', () => {
  it('sets a threshold (creating the level), lists levels below it, clears it', async () => {
    const sku = await createSku(admin);
    const wh = await createWarehouse(admin);
    let res = await setThreshold({ skuId: sku.id, warehouseId: wh.id, lowStockThreshold: 5 });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ skuId: sku.id, warehouseId: wh.id, onHand: 0, lowStockThreshold: 5 });
    expect(await lastAudit(ctx, 'inventory.threshold_set', sku.id)).toMatchObject({
      details: { warehouseId: wh.id, before: null, after: 5 },
    });
    let low = (await admin.get(`/api/inventory/low-stock?warehouseId=${wh.id}`)).json();
    expect(low).toMatchObject({ total: 1, items: [{ skuId: sku.id, available: 0, lowStockThreshold: 5 }] });
    expect((await admin.get(`/api/inventory/levels?warehouseId=${wh.id}&lowStock=true`)).json().total).toBe(1);
    await adjust(sku.id, wh.id, 5);
    expect((await admin.get(`/api/inventory/low-stock?warehouseId=${wh.id}`)).json().total).toBe(0);
    await setThreshold({ skuId: sku.id, warehouseId: wh.id, lowStockThreshold: 8 });
    low = (await admin.get(`/api/inventory/low-stock?warehouseId=${wh.id}`)).json();
    expect(low.items).toEqual([expect.objectContaining({ skuId: sku.id, available: 5 })]);
    res = await setThreshold({ skuId: sku.id, warehouseId: wh.id, lowStockThreshold: null });
    expect(res.json().lowStockThreshold).toBeNull();

    for (const [body, paths] of [
      [{ skuId: 999_999_999, warehouseId: wh.id, lowStockThreshold: 1 }, ['/body/skuId']],
      [{ skuId: sku.id, warehouseId: 999_999_999, lowStockThreshold: 1 }, ['/body/warehouseId']],
      [{ skuId: sku.id, warehouseId: wh.id, lowStockThreshold: -1 }, ['/body/lowStockThreshold']],
    ] as const) {
      res = await setThreshold(body);
      expect(res.status).toBe(400);
      // A union (null | integer) reports each branch it tried.
      expect([...new Set(fieldPaths(res))]).toEqual(paths);
    }
  });

  it('emits inventory.low_stock once when a change takes available from ≥ threshold to below it', async () => {
    const sku = await createSku(admin);
    const east = await createWarehouse(admin);
    await adjust(sku.id, defaultId, 10);
    await setThreshold({ skuId: sku.id, warehouseId: defaultId, lowStockThreshold: 5 });
    const mark = await lastEventId(ctx);
    await adjust(sku.id, defaultId, -5); // available 5: not below
    expect(await eventsOf(ctx, 'inventory.low_stock', mark)).toEqual([]);
    const res = await admin.post('/api/inventory/transfers', {
      fromWarehouseId: defaultId,
      toWarehouseId: east.id,
      reason: '调拨',
      lines: [{ skuId: sku.id, quantity: 2 }],
    });
    expect(res.status).toBe(201);
    const events = await eventsOf(ctx, 'inventory.low_stock', mark);
    expect(events).toEqual([
      {
        id: expect.any(Number),
        customerId: null,
        payload: {
          skuId: sku.id,
          warehouseId: defaultId,
          skuCode: sku.code,
          productName: sku.productName,
          available: 3,
          threshold: 5,
        },
      },
    ]);
    // Already below: no new alert; back above and below again: a new one (a stocktake this time).
    await adjust(sku.id, defaultId, -1);
    expect(await eventsOf(ctx, 'inventory.low_stock', mark)).toHaveLength(1);
    await adjust(sku.id, defaultId, 8);
    const st = (await admin.post('/api/inventory/stocktakes', { warehouseId: defaultId })).json();
    await put(admin, `/api/inventory/stocktakes/${st.id}/lines`, { lines: [{ skuId: sku.id, countedQuantity: 1 }] });
    await admin.post(`/api/inventory/stocktakes/${st.id}/post`);
    expect((await eventsOf(ctx, 'inventory.low_stock', mark)).map((e) => e.payload.available)).toEqual([3, 1]);
  });

  it('notifyLowStock serves other modules: reserving stock below the threshold alerts', async () => {
    const sku = await createSku(admin);
    await adjust(sku.id, defaultId, 10);
    await setThreshold({ skuId: sku.id, warehouseId: defaultId, lowStockThreshold: 4 });
    const mark = await lastEventId(ctx);
    await setReserved(ctx, sku.id, defaultId, 7);
    const payloads = await ctx.database.db.transaction((tx) =>
      notifyLowStock(tx, [
        { skuId: sku.id, warehouseId: defaultId, delta: -3 },
        { skuId: sku.id, warehouseId: defaultId, delta: -4 },
      ]),
    );
    expect(payloads).toEqual([expect.objectContaining({ skuId: sku.id, available: 3, threshold: 4 })]);
    expect(await eventsOf(ctx, 'inventory.low_stock', mark)).toHaveLength(1);
    // Increases never alert.
    expect(
      await ctx.database.db.transaction((tx) =>
        notifyLowStock(tx, [{ skuId: sku.id, warehouseId: defaultId, delta: 1 }]),
      ),
    ).toEqual([]);
  });
});

describe('permissions', () => {
  it('inventory:view reads, inventory:edit writes, customers get 403 everywhere', async () => {
    const sku = await createSku(admin);
    const wh = await createWarehouse(admin);
    const sales = await createStaff(ctx, 'salesperson');
    const buyer = await createCustomerWithUser(ctx);
    const writes = (client: TestClient) => [
      client.patch(`/api/warehouses/${wh.id}`, { name: 'x' }),
      client.post(`/api/warehouses/${wh.id}/default`),
      client.patch(`/api/inventory/skus/${sku.id}`, { allowBackorder: true }),
      setThreshold({ skuId: sku.id, warehouseId: wh.id, lowStockThreshold: 1 }, client),
      client.post('/api/inventory/transfers', {
        fromWarehouseId: defaultId,
        toWarehouseId: wh.id,
        reason: 'x',
        lines: [{ skuId: sku.id, quantity: 1 }],
      }),
    ];
    const reads = (client: TestClient) => [
      client.get('/api/inventory/low-stock'),
      client.get('/api/inventory/batches'),
      client.get('/api/inventory/stocktakes'),
    ];
    for (const res of await Promise.all(writes(sales.client))) expect(res.status).toBe(403);
    for (const res of await Promise.all(reads(sales.client))) expect(res.status).toBe(200);
    for (const res of await Promise.all([...writes(buyer.client), ...reads(buyer.client)]))
      expect(res.status).toBe(403);
  });
});
