import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import {
  createSku as createSkuAs,
  createWarehouse as createWarehouseAs,
  defaultWarehouseId as defaultOf,
  expectLedgerAgrees,
  fieldPaths,
  hex,
  ledgerOf as ledgerIn,
  put,
  setReserved,
} from '../../../test/inventory.ts';
import { queryRows } from '../../lib/sql.ts';
import { availableBySku } from './inventory.service.ts';

let ctx: TestContext;
let admin: TestClient;
let defaultWarehouseId: number;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
  defaultWarehouseId = await defaultOf(admin);
});
afterAll(() => ctx.close());

const createSku = (options: { trackBatches?: boolean } = {}) => createSkuAs(admin, options);
const createWarehouse = (name?: string) => createWarehouseAs(admin, name);
const adjust = (client: TestClient, body: Record<string, unknown>) =>
  client.post('/api/inventory/adjustments', { reason: '测试', ...body });
const reserve = (skuId: number, warehouseId: number, reserved: number) =>
  setReserved(ctx, skuId, warehouseId, reserved);
const ledgerOf = (skuId: number, warehouseId: number) => ledgerIn(ctx, skuId, warehouseId);

describe('warehouses', () => {
  it('has the default warehouse 总仓 (WH01) and creates others with unique codes', async () => {
    const list = await admin.get('/api/warehouses');
    expect(list.status).toBe(200);
    expect(list.json().items[0]).toMatchObject({
      id: defaultWarehouseId,
      code: 'WH01',
      name: '总仓',
      address: '',
      isDefault: true,
      status: 'active',
      createdAt: expect.any(String),
    });

    const code = `WH-${hex()}`;
    const created = await admin.post('/api/warehouses', { code, name: '城东仓', address: '杭州市' });
    expect(created.status).toBe(201);
    expect(created.json()).toMatchObject({ id: expect.any(Number), code, name: '城东仓', isDefault: false });
    const dup = await admin.post('/api/warehouses', { code, name: '又一个' });
    expect(dup.status).toBe(400);
    expect(fieldPaths(dup)).toEqual(['/body/code']);
    expect(
      (await admin.get('/api/warehouses?pageSize=100')).json().items.map((w: { code: string }) => w.code),
    ).toContain(code);
  });
});

describe('adjustments, levels and movements (contract)', () => {
  it('adjusts the default warehouse and answers with the level; levels and movements follow', async () => {
    const sku = await createSku();
    const res = await adjust(admin, { skuId: sku.id, quantity: 10, reason: '期初入库' });
    expect(res.status).toBe(201);
    expect(res.json()).toEqual({
      id: expect.any(Number),
      skuId: sku.id,
      warehouseId: defaultWarehouseId,
      quantity: 10,
      onHand: 10,
      reserved: 0,
      available: 10,
    });
    const down = await adjust(admin, { skuId: sku.id, quantity: -3, warehouseId: defaultWarehouseId });
    expect(down.status).toBe(201);
    expect(down.json()).toMatchObject({ onHand: 7, available: 7 });

    const levels = await admin.get(`/api/inventory/levels?skuId=${sku.id}`);
    expect(levels.status).toBe(200);
    expect(levels.json()).toEqual({
      items: [
        {
          skuId: sku.id,
          warehouseId: defaultWarehouseId,
          onHand: 7,
          reserved: 0,
          available: 7,
          skuCode: sku.code,
          productName: sku.productName,
          warehouseName: '总仓',
          lowStockThreshold: null,
          trackBatches: false,
        },
      ],
      total: 1,
    });

    const movements = await admin.get(`/api/inventory/movements?skuId=${sku.id}`);
    expect(movements.status).toBe(200);
    expect(movements.json()).toMatchObject({
      total: 2,
      items: [
        { id: down.json().id, kind: 'adjustment', quantity: -3, reason: '测试', warehouseId: defaultWarehouseId },
        { id: res.json().id, kind: 'adjustment', quantity: 10, reason: '期初入库', referenceType: null },
      ],
    });
    expect(movements.json().items[0]).toMatchObject({ actorId: expect.any(Number), createdAt: expect.any(String) });

    const [entry] = await queryRows<{ action: string; details: { quantity: number } }>(
      ctx.database.db,
      sql`SELECT action, details FROM audit_log WHERE action = 'inventory.adjusted' AND target_id = ${String(sku.id)}
           ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toMatchObject({ action: 'inventory.adjusted', details: { quantity: -3 } });
  });

  it('keeps warehouses apart and sums active warehouses for availableBySku', async () => {
    const sku = await createSku();
    const other = await createWarehouse();
    expect((await adjust(admin, { skuId: sku.id, quantity: 5 })).status).toBe(201);
    const res = await adjust(admin, { skuId: sku.id, quantity: 8, warehouseId: other.id });
    expect(res.json()).toMatchObject({ warehouseId: other.id, onHand: 8 });
    await reserve(sku.id, other.id, 2);

    const byWarehouse = await admin.get(`/api/inventory/levels?skuId=${sku.id}&warehouseId=${other.id}`);
    expect(byWarehouse.json().items).toEqual([
      expect.objectContaining({ warehouseId: other.id, onHand: 8, reserved: 2, available: 6, warehouseName: '二号仓' }),
    ]);
    const unstocked = await createSku();
    const available = await availableBySku(ctx.database.db, [sku.id, unstocked.id]);
    expect([...available]).toEqual([
      [sku.id, 11],
      [unstocked.id, 0],
    ]);
  });
});

describe('refusals', () => {
  it('400 with field paths for quantity 0, an unknown SKU or warehouse, a missing reason', async () => {
    const sku = await createSku();
    let res = await adjust(admin, { skuId: sku.id, quantity: 0 });
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(['/body/quantity']);
    res = await adjust(admin, { skuId: 999_999_999, quantity: 1 });
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(['/body/skuId']);
    res = await adjust(admin, { skuId: sku.id, quantity: 1, warehouseId: 999_999_999 });
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(['/body/warehouseId']);
    res = await admin.post('/api/inventory/adjustments', { skuId: sku.id, quantity: 1 });
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toContain('/body/reason');
    expect(await ledgerOf(sku.id, defaultWarehouseId)).toEqual({ sum: 0, count: 0 });
  });

  it('409 INSUFFICIENT_STOCK below reserved or zero, and nothing changes', async () => {
    const sku = await createSku();
    let res = await adjust(admin, { skuId: sku.id, quantity: -1 });
    expect(res.status).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'INSUFFICIENT_STOCK',
      details: { skuId: sku.id, warehouseId: defaultWarehouseId, onHand: 0, reserved: 0, available: 0 },
    });

    await adjust(admin, { skuId: sku.id, quantity: 10 });
    await reserve(sku.id, defaultWarehouseId, 4);
    res = await adjust(admin, { skuId: sku.id, quantity: -7 });
    expect(res.status).toBe(409);
    expect(res.json().error.details).toEqual({
      skuId: sku.id,
      warehouseId: defaultWarehouseId,
      onHand: 10,
      reserved: 4,
      available: 6,
    });
    expect(await ledgerOf(sku.id, defaultWarehouseId)).toEqual({ sum: 10, count: 1 });
    const level = (await admin.get(`/api/inventory/levels?skuId=${sku.id}`)).json().items[0];
    expect(level).toMatchObject({ onHand: 10, reserved: 4, available: 6 });
    // Down to exactly reserved is allowed.
    res = await adjust(admin, { skuId: sku.id, quantity: -6 });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({ onHand: 4, reserved: 4, available: 0 });
  });

  it('403 for a buyer on every inventory route and for a salesperson on writes; the warehouse role may adjust', async () => {
    const sku = await createSku();
    const buyer = await createCustomerWithUser(ctx);
    for (const res of [
      await buyer.client.get('/api/warehouses'),
      await buyer.client.post('/api/warehouses', { code: `WH-${hex()}`, name: 'x' }),
      await adjust(buyer.client, { skuId: sku.id, quantity: 1 }),
      await buyer.client.get('/api/inventory/levels'),
      await buyer.client.get('/api/inventory/movements'),
    ]) {
      expect(res.status).toBe(403);
    }
    const sales = await createStaff(ctx, 'salesperson');
    expect((await adjust(sales.client, { skuId: sku.id, quantity: 1 })).status).toBe(403);
    expect((await sales.client.post('/api/warehouses', { code: `WH-${hex()}`, name: 'x' })).status).toBe(403);
    expect((await ctx.anonymous().get('/api/inventory/levels')).status).toBe(401);
    const keeper = await createStaff(ctx, 'warehouse');
    expect((await adjust(keeper.client, { skuId: sku.id, quantity: 1 })).status).toBe(201);
    expect(await ledgerOf(sku.id, defaultWarehouseId)).toEqual({ sum: 1, count: 1 });
  });
});

describe('concurrency', () => {
  it('30 concurrent withdrawals of 1 from 10 on hand: exactly 10 pass, on hand ends at 0', async () => {
    const sku = await createSku();
    await adjust(admin, { skuId: sku.id, quantity: 10 });
    const results = await Promise.all(Array.from({ length: 30 }, () => adjust(admin, { skuId: sku.id, quantity: -1 })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(20);
    const level = (await admin.get(`/api/inventory/levels?skuId=${sku.id}`)).json().items[0];
    expect(level).toMatchObject({ onHand: 0, reserved: 0, available: 0 });
    expect(await ledgerOf(sku.id, defaultWarehouseId)).toEqual({ sum: 0, count: 11 });
  });
});

describe('the ledger (property-based)', () => {
  it('after random receipts, transfers, stocktakes and adjustments every level and batch equals its movements', async () => {
    const skus = [await createSku(), await createSku({ trackBatches: true })];
    const warehouses = [defaultWarehouseId, (await createWarehouse('三号仓')).id];
    const expiries: Record<string, string> = { B0: '2027-01-31', B1: '2026-12-31', B2: '2027-06-30' };
    // Some reserved stock, so refusals happen below reserved as well as below zero.
    const model = new Map<string, { onHand: number; reserved: number }>();
    for (const sku of skus) {
      const res = await admin.post('/api/inventory/receipts', {
        lines: [{ skuId: sku.id, quantity: 5, ...(sku === skus[1] ? { batchNo: 'B0', expiresOn: expiries.B0 } : {}) }],
      });
      expect(res.status).toBe(201);
      await reserve(sku.id, defaultWarehouseId, 3);
      model.set(`${sku.id}:${defaultWarehouseId}`, { onHand: 5, reserved: 3 });
    }
    const level = (sku: number, warehouse: number) =>
      model.get(`${skus[sku].id}:${warehouses[warehouse]}`) ?? { onHand: 0, reserved: 0 };
    const setOnHand = (sku: number, warehouse: number, onHand: number) =>
      model.set(`${skus[sku].id}:${warehouses[warehouse]}`, { ...level(sku, warehouse), onHand });
    const batchFields = (sku: number, batch: number) =>
      sku === 1 ? { batchNo: `B${batch}`, expiresOn: expiries[`B${batch}`] } : {};

    const where = { sku: fc.integer({ min: 0, max: 1 }), warehouse: fc.integer({ min: 0, max: 1 }) };
    const step = fc.oneof(
      fc.record({
        op: fc.constant('adjust' as const),
        ...where,
        batch: fc.integer({ min: 0, max: 2 }),
        quantity: fc.integer({ min: -15, max: 15 }).filter((q) => q !== 0),
      }),
      fc.record({
        op: fc.constant('receive' as const),
        ...where,
        batch: fc.integer({ min: 0, max: 2 }),
        quantity: fc.integer({ min: 1, max: 15 }),
      }),
      fc.record({ op: fc.constant('transfer' as const), ...where, quantity: fc.integer({ min: 1, max: 15 }) }),
      fc.record({ op: fc.constant('count' as const), ...where, counted: fc.integer({ min: 0, max: 20 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        for (const s of steps) {
          const skuId = skus[s.sku].id;
          const warehouseId = warehouses[s.warehouse];
          const before = level(s.sku, s.warehouse);
          if (s.op === 'adjust') {
            const res = await adjust(admin, {
              skuId,
              warehouseId,
              quantity: s.quantity,
              ...(s.quantity > 0 ? batchFields(s.sku, s.batch) : {}),
            });
            const ok = before.onHand + s.quantity >= before.reserved;
            expect(res.status).toBe(ok ? 201 : 409);
            if (ok) setOnHand(s.sku, s.warehouse, before.onHand + s.quantity);
          } else if (s.op === 'receive') {
            const res = await admin.post('/api/inventory/receipts', {
              warehouseId,
              lines: [{ skuId, quantity: s.quantity, ...batchFields(s.sku, s.batch) }],
            });
            expect(res.status).toBe(201);
            setOnHand(s.sku, s.warehouse, before.onHand + s.quantity);
          } else if (s.op === 'transfer') {
            const to = 1 - s.warehouse;
            const res = await admin.post('/api/inventory/transfers', {
              fromWarehouseId: warehouseId,
              toWarehouseId: warehouses[to],
              reason: '调拨',
              lines: [{ skuId, quantity: s.quantity }],
            });
            const ok = before.onHand - s.quantity >= before.reserved;
            expect(res.status).toBe(ok ? 201 : 409);
            if (ok) {
              setOnHand(s.sku, s.warehouse, before.onHand - s.quantity);
              setOnHand(s.sku, to, level(s.sku, to).onHand + s.quantity);
            }
          } else {
            const st = (await admin.post('/api/inventory/stocktakes', { warehouseId })).json();
            await put(admin, `/api/inventory/stocktakes/${st.id}/lines`, {
              lines: [{ skuId, countedQuantity: s.counted }],
            });
            const res = await admin.post(`/api/inventory/stocktakes/${st.id}/post`);
            const ok = s.counted >= before.reserved;
            expect(res.status).toBe(ok ? 200 : 409);
            if (ok) setOnHand(s.sku, s.warehouse, s.counted);
            else expect((await admin.post(`/api/inventory/stocktakes/${st.id}/cancel`)).status).toBe(200);
          }
        }
        const levels = await expectLedgerAgrees(
          ctx,
          skus.map((sku) => sku.id),
        );
        for (const [key, onHand] of levels) expect(onHand, key).toBe(model.get(key)?.onHand ?? 0);
      }),
      { numRuns: 20 },
    );
  }, 180_000);
});
