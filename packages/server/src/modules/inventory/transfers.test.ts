import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import {
  createSku,
  createWarehouse,
  defaultWarehouseId,
  expectLedgerAgrees,
  fieldPaths,
  lastAudit,
  ledgerOf,
  setReserved,
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

const transfer = (body: Record<string, unknown>) =>
  admin.post('/api/inventory/transfers', { reason: '补货到分仓', ...body });
const receive = (warehouseId: number, lines: Record<string, unknown>[]) =>
  admin.post('/api/inventory/receipts', { warehouseId, lines });

describe('transfers (调拨)', () => {
  it('writes transfer_out and transfer_in per line, all referencing the transfer', async () => {
    const [a, b] = [await createSku(admin), await createSku(admin)];
    const east = await createWarehouse(admin, '城东仓');
    await receive(defaultId, [
      { skuId: a.id, quantity: 10 },
      { skuId: b.id, quantity: 5 },
    ]);
    const res = await transfer({
      fromWarehouseId: defaultId,
      toWarehouseId: east.id,
      lines: [
        { skuId: a.id, quantity: 4 },
        { skuId: b.id, quantity: 5 },
      ],
    });
    expect(res.status).toBe(201);
    const t = res.json();
    expect(t).toMatchObject({
      id: expect.any(Number),
      fromWarehouseId: defaultId,
      toWarehouseId: east.id,
      reason: '补货到分仓',
      lines: [
        { skuId: a.id, quantity: 4, batches: [], from: { onHand: 6, available: 6 }, to: { onHand: 4, available: 4 } },
        { skuId: b.id, quantity: 5, from: { onHand: 0 }, to: { onHand: 5 } },
      ],
    });
    const movements = (await admin.get(`/api/inventory/movements?referenceType=transfer&referenceId=${t.id}`)).json();
    expect(
      movements.items.map((m: { kind: string; quantity: number; warehouseId: number }) => [
        m.kind,
        m.quantity,
        m.warehouseId,
      ]),
    ).toEqual([
      ['transfer_in', 5, east.id],
      ['transfer_out', -5, defaultId],
      ['transfer_in', 4, east.id],
      ['transfer_out', -4, defaultId],
    ]);
    // The transfer's id is its first transfer_out movement's.
    expect(movements.items[3].id).toBe(t.id);
    expect(await ledgerOf(ctx, a.id, east.id)).toEqual({ sum: 4, count: 1 });
    expect(await lastAudit(ctx, 'inventory.transferred', t.id)).toMatchObject({
      details: { fromWarehouseId: defaultId, toWarehouseId: east.id },
    });
  });

  it('409 INSUFFICIENT_STOCK naming the line and what is available; nothing changes', async () => {
    const [a, b] = [await createSku(admin), await createSku(admin)];
    const east = await createWarehouse(admin);
    await receive(defaultId, [
      { skuId: a.id, quantity: 10 },
      { skuId: b.id, quantity: 10 },
    ]);
    await setReserved(ctx, b.id, defaultId, 7);
    const res = await transfer({
      fromWarehouseId: defaultId,
      toWarehouseId: east.id,
      lines: [
        { skuId: a.id, quantity: 10 },
        { skuId: b.id, quantity: 4 },
      ],
    });
    expect(res.status).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'INSUFFICIENT_STOCK',
      details: { line: 1, skuId: b.id, warehouseId: defaultId, onHand: 10, reserved: 7, available: 3 },
    });
    expect(await ledgerOf(ctx, a.id, defaultId)).toEqual({ sum: 10, count: 1 });
    expect(await ledgerOf(ctx, a.id, east.id)).toEqual({ sum: 0, count: 0 });
    // Exactly what is available may go.
    expect(
      (await transfer({ fromWarehouseId: defaultId, toWarehouseId: east.id, lines: [{ skuId: b.id, quantity: 3 }] }))
        .status,
    ).toBe(201);
  });

  it('moves batches first-expiry-first-out and keeps their numbers and expiry at the target', async () => {
    const sku = await createSku(admin, { trackBatches: true });
    const east = await createWarehouse(admin);
    await receive(defaultId, [
      { skuId: sku.id, quantity: 4, batchNo: 'LATE', expiresOn: '2027-01-01' },
      { skuId: sku.id, quantity: 3, batchNo: 'NOEXP' },
      { skuId: sku.id, quantity: 5, batchNo: 'EARLY', expiresOn: '2026-05-01' },
    ]);
    await receive(east.id, [{ skuId: sku.id, quantity: 1, batchNo: 'LATE', expiresOn: '2027-01-01' }]);
    const res = await transfer({
      fromWarehouseId: defaultId,
      toWarehouseId: east.id,
      lines: [{ skuId: sku.id, quantity: 8 }],
    });
    expect(res.status).toBe(201);
    expect(res.json().lines[0].batches).toEqual([
      { batchNo: 'EARLY', expiresOn: '2026-05-01', quantity: 5 },
      { batchNo: 'LATE', expiresOn: '2027-01-01', quantity: 3 },
    ]);
    const at = async (warehouseId: number) =>
      (await admin.get(`/api/inventory/batches?skuId=${sku.id}&warehouseId=${warehouseId}`))
        .json()
        .items.map((b: { batchNo: string; onHand: number; expiresOn: string | null }) => [
          b.batchNo,
          b.onHand,
          b.expiresOn,
        ]);
    expect(await at(defaultId)).toEqual([
      ['LATE', 1, '2027-01-01'],
      ['NOEXP', 3, null],
    ]);
    expect(await at(east.id)).toEqual([
      ['EARLY', 5, '2026-05-01'],
      ['LATE', 4, '2027-01-01'],
    ]);
    await expectLedgerAgrees(ctx, [sku.id]);
  });

  it('400 for the same warehouse twice, an unknown warehouse or SKU, a blank reason', async () => {
    const sku = await createSku(admin);
    const east = await createWarehouse(admin);
    for (const [body, paths] of [
      [
        { fromWarehouseId: defaultId, toWarehouseId: defaultId, lines: [{ skuId: sku.id, quantity: 1 }] },
        ['/body/toWarehouseId'],
      ],
      [
        { fromWarehouseId: 999_999_999, toWarehouseId: east.id, lines: [{ skuId: sku.id, quantity: 1 }] },
        ['/body/fromWarehouseId'],
      ],
      [
        { fromWarehouseId: defaultId, toWarehouseId: east.id, lines: [{ skuId: 999_999_999, quantity: 1 }] },
        ['/body/lines/0/skuId'],
      ],
      [
        { fromWarehouseId: defaultId, toWarehouseId: east.id, reason: '  ', lines: [{ skuId: sku.id, quantity: 1 }] },
        ['/body/reason'],
      ],
      [
        { fromWarehouseId: defaultId, toWarehouseId: east.id, lines: [{ skuId: sku.id, quantity: -1 }] },
        ['/body/lines/0/quantity'],
      ],
    ] as const) {
      const res = await transfer(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(fieldPaths(res)).toEqual(paths);
    }
  });
});

describe('concurrency (PostgreSQL)', () => {
  it('20 concurrent transfers of 1 from 10 on hand: exactly 10 pass; the ledger agrees', async () => {
    if (ctx.database.kind !== 'postgresql') return; // PGlite has one connection and cannot race.
    const sku = await createSku(admin, { trackBatches: true });
    const east = await createWarehouse(admin);
    await receive(defaultId, [
      { skuId: sku.id, quantity: 6, batchNo: 'A', expiresOn: '2026-07-01' },
      { skuId: sku.id, quantity: 4, batchNo: 'B', expiresOn: '2026-08-01' },
    ]);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        transfer({
          fromWarehouseId: i % 2 ? defaultId : east.id,
          toWarehouseId: i % 2 ? east.id : defaultId,
          lines: [{ skuId: sku.id, quantity: 1 }],
        }),
      ),
    );
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const levels = await expectLedgerAgrees(ctx, [sku.id]);
    expect((levels.get(`${sku.id}:${defaultId}`) ?? 0) + (levels.get(`${sku.id}:${east.id}`) ?? 0)).toBe(10);
  });
});
