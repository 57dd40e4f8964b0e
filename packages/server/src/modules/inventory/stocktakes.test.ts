import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import {
  createSku,
  createWarehouse,
  expectLedgerAgrees,
  fieldPaths,
  lastAudit,
  ledgerOf,
  put,
  setReserved,
} from '../../../test/inventory.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
});
afterAll(() => ctx.close());

const receive = (warehouseId: number, lines: Record<string, unknown>[]) =>
  admin.post('/api/inventory/receipts', { warehouseId, lines });
const open = async (warehouseId: number, note = '月末盘点') => {
  const res = await admin.post('/api/inventory/stocktakes', { warehouseId, note });
  expect(res.status).toBe(201);
  return res.json() as { id: number };
};
const count = (id: number, lines: { skuId: number; countedQuantity: number }[]) =>
  put(admin, `/api/inventory/stocktakes/${id}/lines`, { lines });

describe('stocktakes (盘点)', () => {
  it('records counts with the book, posts counted − current on hand as stocktake movements', async () => {
    const [a, b, c] = [await createSku(admin), await createSku(admin), await createSku(admin)];
    const wh = await createWarehouse(admin);
    await receive(wh.id, [
      { skuId: a.id, quantity: 10 },
      { skuId: b.id, quantity: 5 },
    ]);
    const st = await open(wh.id);
    expect(st).toMatchObject({
      status: 'open',
      warehouseId: wh.id,
      warehouseName: '二号仓',
      note: '月末盘点',
      lines: [],
    });

    let res = await count(st.id, [
      { skuId: a.id, countedQuantity: 8 },
      { skuId: b.id, countedQuantity: 5 },
      { skuId: c.id, countedQuantity: 2 },
    ]);
    expect(res.status).toBe(200);
    const lineOf = (r: typeof res, skuId: number) => r.json().lines.find((l: { skuId: number }) => l.skuId === skuId);
    expect(res.json().lines).toHaveLength(3);
    expect(lineOf(res, a.id)).toMatchObject({
      skuCode: a.code,
      productName: a.productName,
      bookQuantity: 10,
      countedQuantity: 8,
      difference: -2,
      onHand: 10,
      countedAt: expect.any(String),
    });
    expect(lineOf(res, b.id)).toMatchObject({ bookQuantity: 5, countedQuantity: 5, difference: 0 });
    expect(lineOf(res, c.id)).toMatchObject({ bookQuantity: 0, countedQuantity: 2, difference: 2, onHand: 0 });
    // A recount replaces the count; stock moving meanwhile is posted against on hand at posting time.
    res = await count(st.id, [{ skuId: a.id, countedQuantity: 9 }]);
    expect(res.json().lines.find((l: { skuId: number }) => l.skuId === a.id)).toMatchObject({
      countedQuantity: 9,
      difference: -1,
    });
    await receive(wh.id, [{ skuId: a.id, quantity: 3 }]);

    res = await admin.post(`/api/inventory/stocktakes/${st.id}/post`);
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'posted',
      postedByName: expect.any(String),
      postedAt: expect.any(String),
      lineCount: 3,
    });
    const movements = (await admin.get(`/api/inventory/movements?referenceType=stocktake&referenceId=${st.id}`)).json();
    expect(
      movements.items.map((m: { skuId: number; quantity: number; kind: string }) => [m.skuId, m.quantity, m.kind]),
    ).toEqual(
      expect.arrayContaining([
        [a.id, -4, 'stocktake'],
        [c.id, 2, 'stocktake'],
      ]),
    );
    expect(movements.total).toBe(2);
    expect(await ledgerOf(ctx, a.id, wh.id)).toEqual({ sum: 9, count: 3 });
    expect(await ledgerOf(ctx, c.id, wh.id)).toEqual({ sum: 2, count: 1 });
    expect(await lastAudit(ctx, 'stocktake.posted', st.id)).toMatchObject({ details: { warehouseId: wh.id } });

    const list = (await admin.get(`/api/inventory/stocktakes?warehouseId=${wh.id}`)).json();
    expect(list).toMatchObject({ total: 1, items: [{ id: st.id, status: 'posted', lineCount: 3 }] });
    expect((await admin.get(`/api/inventory/stocktakes?status=open&warehouseId=${wh.id}`)).json().total).toBe(0);
  });

  it('409 INSUFFICIENT_STOCK when a count is below reserved; nothing is posted and the stocktake stays open', async () => {
    const [a, b] = [await createSku(admin), await createSku(admin)];
    const wh = await createWarehouse(admin);
    await receive(wh.id, [
      { skuId: a.id, quantity: 10 },
      { skuId: b.id, quantity: 10 },
    ]);
    await setReserved(ctx, b.id, wh.id, 6);
    const st = await open(wh.id);
    await count(st.id, [
      { skuId: a.id, countedQuantity: 1 },
      { skuId: b.id, countedQuantity: 5 },
    ]);
    const res = await admin.post(`/api/inventory/stocktakes/${st.id}/post`);
    expect(res.status).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'INSUFFICIENT_STOCK',
      details: {
        skuId: b.id,
        warehouseId: wh.id,
        onHand: 10,
        reserved: 6,
        available: 4,
        lines: [{ skuId: b.id, skuCode: b.code, countedQuantity: 5, reserved: 6 }],
      },
    });
    expect(await ledgerOf(ctx, a.id, wh.id)).toEqual({ sum: 10, count: 1 });
    expect((await admin.get(`/api/inventory/stocktakes/${st.id}`)).json().status).toBe('open');
  });

  it('posts batch SKUs: a loss first-expiry-first-out, a gain into batch PD-<id>', async () => {
    const sku = await createSku(admin, { trackBatches: true });
    const other = await createSku(admin, { trackBatches: true });
    const wh = await createWarehouse(admin);
    await receive(wh.id, [
      { skuId: sku.id, quantity: 4, batchNo: 'A', expiresOn: '2026-09-01' },
      { skuId: sku.id, quantity: 4, batchNo: 'B', expiresOn: '2026-08-01' },
      { skuId: other.id, quantity: 1, batchNo: 'C' },
    ]);
    const st = await open(wh.id);
    await count(st.id, [
      { skuId: sku.id, countedQuantity: 2 },
      { skuId: other.id, countedQuantity: 3 },
    ]);
    expect((await admin.post(`/api/inventory/stocktakes/${st.id}/post`)).status).toBe(200);
    const batches = (await admin.get(`/api/inventory/batches?warehouseId=${wh.id}&includeEmpty=true`)).json().items;
    expect(batches.map((b: { batchNo: string; onHand: number }) => [b.batchNo, b.onHand])).toEqual([
      ['B', 0],
      ['A', 2],
      ['C', 1],
      [`PD-${st.id}`, 2],
    ]);
    await expectLedgerAgrees(ctx, [sku.id, other.id]);
  });

  it('follows its transitions: only an open stocktake is counted, posted or cancelled (409 INVALID_STATE)', async () => {
    const sku = await createSku(admin);
    const wh = await createWarehouse(admin);
    const st = await open(wh.id);
    const cancelled = await admin.post(`/api/inventory/stocktakes/${st.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    expect(await lastAudit(ctx, 'stocktake.cancelled', st.id)).toBeDefined();
    for (const res of [
      await admin.post(`/api/inventory/stocktakes/${st.id}/post`),
      await admin.post(`/api/inventory/stocktakes/${st.id}/cancel`),
      await count(st.id, [{ skuId: sku.id, countedQuantity: 1 }]),
    ]) {
      expect(res.status).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'INVALID_STATE', details: { status: 'cancelled' } });
    }
    expect((await admin.post('/api/inventory/stocktakes/999999999/post')).status).toBe(404);
    expect((await admin.get('/api/inventory/stocktakes/999999999')).status).toBe(404);
  });

  it('400 with field paths; 403 without inventory:edit, lists with inventory:view', async () => {
    const wh = await createWarehouse(admin);
    let res = await admin.post('/api/inventory/stocktakes', { warehouseId: 999_999_999 });
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(['/body/warehouseId']);
    const st = await open(wh.id);
    res = await count(st.id, [
      { skuId: 999_999_999, countedQuantity: 1 },
      { skuId: 1, countedQuantity: -1 },
    ]);
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(['/body/lines/1/countedQuantity']);
    res = await count(st.id, [{ skuId: 999_999_999, countedQuantity: 1 }]);
    expect(fieldPaths(res)).toEqual(['/body/lines/0/skuId']);

    const sales = await createStaff(ctx, 'salesperson');
    expect((await sales.client.post('/api/inventory/stocktakes', { warehouseId: wh.id })).status).toBe(403);
    expect((await sales.client.post(`/api/inventory/stocktakes/${st.id}/post`)).status).toBe(403);
    expect((await sales.client.get('/api/inventory/stocktakes')).status).toBe(200);
  });
});
