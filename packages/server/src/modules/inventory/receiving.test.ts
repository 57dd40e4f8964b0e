import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import {
  createSku,
  createWarehouse,
  defaultWarehouseId,
  expectLedgerAgrees,
  fieldPaths,
  lastAudit,
  ledgerOf,
} from '../../../test/inventory.ts';

let ctx: TestContext;
let admin: TestClient;
let defaultId: number;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
  defaultId = await defaultWarehouseId(admin);
});
afterAll(() => ctx.close());

const receive = (body: Record<string, unknown>, client = admin) => client.post('/api/inventory/receipts', body);

describe('receiving (入库)', () => {
  it('writes one receipt movement per line referencing the receipt, into the default warehouse', async () => {
    const [a, b] = [await createSku(admin), await createSku(admin)];
    const res = await receive({
      reason: '供应商送货单 A-1',
      lines: [
        { skuId: a.id, quantity: 10 },
        { skuId: b.id, quantity: 4 },
        { skuId: a.id, quantity: 2 },
      ],
    });
    expect(res.status).toBe(201);
    const receipt = res.json();
    expect(receipt).toMatchObject({
      id: expect.any(Number),
      warehouseId: defaultId,
      reason: '供应商送货单 A-1',
      lines: [
        { skuId: a.id, quantity: 10, batchId: null, batchNo: null, onHand: 10, reserved: 0, available: 10 },
        { skuId: b.id, quantity: 4, onHand: 4 },
        { skuId: a.id, quantity: 2, onHand: 12 },
      ],
    });
    expect(receipt.lines[0].movementId).toBe(receipt.id);

    const movements = (
      await admin.get(`/api/inventory/movements?referenceType=receipt&referenceId=${receipt.id}`)
    ).json();
    expect(movements.total).toBe(3);
    for (const m of movements.items) {
      expect(m).toMatchObject({
        kind: 'receipt',
        reason: '供应商送货单 A-1',
        referenceType: 'receipt',
        referenceId: receipt.id,
      });
    }
    expect(await ledgerOf(ctx, a.id, defaultId)).toEqual({ sum: 12, count: 2 });
    expect(await lastAudit(ctx, 'inventory.received', receipt.id)).toMatchObject({
      details: { warehouseId: defaultId, lines: [{ skuId: a.id, quantity: 10 }, { skuId: b.id }, { skuId: a.id }] },
    });
  });

  it('keeps batches for batch SKUs: a batch number per line, the same batch increased, expiry kept', async () => {
    const sku = await createSku(admin, { trackBatches: true });
    const wh = await createWarehouse(admin);
    let res = await receive({
      warehouseId: wh.id,
      lines: [
        { skuId: sku.id, quantity: 5, batchNo: 'L240101', expiresOn: '2026-12-31' },
        { skuId: sku.id, quantity: 3, batchNo: 'L240201', expiresOn: '2026-06-30' },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.json().lines[0]).toMatchObject({ batchNo: 'L240101', batchId: expect.any(Number), onHand: 5 });
    res = await receive({ warehouseId: wh.id, lines: [{ skuId: sku.id, quantity: 2, batchNo: 'L240101' }] });
    expect(res.status).toBe(201);

    const batches = (await admin.get(`/api/inventory/batches?skuId=${sku.id}`)).json();
    expect(batches).toMatchObject({
      total: 2,
      items: [
        { batchNo: 'L240201', expiresOn: '2026-06-30', onHand: 3, warehouseId: wh.id, skuCode: sku.code },
        { batchNo: 'L240101', expiresOn: '2026-12-31', onHand: 7, warehouseName: '二号仓' },
      ],
    });
    const movements = (await admin.get(`/api/inventory/movements?skuId=${sku.id}`)).json().items;
    expect(movements.map((m: { batchNo: string }) => m.batchNo)).toEqual(['L240101', 'L240201', 'L240101']);
    await expectLedgerAgrees(ctx, [sku.id]);
  });

  it('400 with field paths, and nothing is received: missing batch, batch on a plain SKU, bad date, other expiry', async () => {
    const batchSku = await createSku(admin, { trackBatches: true });
    const plain = await createSku(admin);
    let res = await receive({
      lines: [
        { skuId: plain.id, quantity: 1 },
        { skuId: batchSku.id, quantity: 1 },
        { skuId: plain.id, quantity: 1, batchNo: 'X' },
        { skuId: batchSku.id, quantity: 1, batchNo: 'B', expiresOn: '2026-02-30' },
      ],
    });
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(['/body/lines/1/batchNo', '/body/lines/2/batchNo', '/body/lines/3/expiresOn']);

    expect(
      (await receive({ lines: [{ skuId: batchSku.id, quantity: 1, batchNo: 'B', expiresOn: '2026-03-01' }] })).status,
    ).toBe(201);
    res = await receive({
      lines: [
        { skuId: plain.id, quantity: 5 },
        { skuId: batchSku.id, quantity: 1, batchNo: 'B', expiresOn: '2027-03-01' },
      ],
    });
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(['/body/lines/1/expiresOn']);
    // All or nothing: the first line was rolled back with the second.
    expect(await ledgerOf(ctx, plain.id, defaultId)).toEqual({ sum: 0, count: 0 });

    for (const [body, paths] of [
      [{ lines: [] }, ['/body/lines']],
      [{ lines: [{ skuId: plain.id, quantity: 0 }] }, ['/body/lines/0/quantity']],
      [{ lines: [{ skuId: 999_999_999, quantity: 1 }] }, ['/body/lines/0/skuId']],
      [{ warehouseId: 999_999_999, lines: [{ skuId: plain.id, quantity: 1 }] }, ['/body/warehouseId']],
      [{ lines: [{ skuId: plain.id, quantity: 1, expiresOn: '31.12.2026' }] }, ['/body/lines/0/expiresOn']],
    ] as const) {
      res = await receive(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(fieldPaths(res)).toEqual(paths);
    }
    expect(await ledgerOf(ctx, plain.id, defaultId)).toEqual({ sum: 0, count: 0 });
  });

  it('refuses a disabled warehouse (400) and callers without inventory:edit (403)', async () => {
    const sku = await createSku(admin);
    const wh = await createWarehouse(admin);
    expect((await admin.patch(`/api/warehouses/${wh.id}`, { status: 'disabled' })).status).toBe(200);
    const res = await receive({ warehouseId: wh.id, lines: [{ skuId: sku.id, quantity: 1 }] });
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(['/body/warehouseId']);
    const sales = await createStaff(ctx, 'salesperson');
    expect((await receive({ lines: [{ skuId: sku.id, quantity: 1 }] }, sales.client)).status).toBe(403);
    const keeper = await createStaff(ctx, 'warehouse');
    expect((await receive({ lines: [{ skuId: sku.id, quantity: 1 }] }, keeper.client)).status).toBe(201);
  });
});
