import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { queryRows } from '../../lib/sql.ts';
import { availableBySku } from './inventory.service.ts';

let ctx: TestContext;
let admin: TestClient;
let defaultWarehouseId: number;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
  const res = await admin.get('/api/warehouses');
  defaultWarehouseId = res.json().items.find((w: { isDefault: boolean }) => w.isDefault).id;
});
afterAll(() => ctx.close());

const hex = () => randomBytes(3).toString('hex');

/** A product with one SKU, created through the API as admin; returns the SKU. */
async function createSku() {
  const code = `INV-${hex()}`;
  const res = await admin.post('/api/products', { name: `可口可乐 ${code}`, skus: [{ code, price: 300 }] });
  expect(res.status).toBe(201);
  return { id: res.json().skus[0].id as number, code, productName: `可口可乐 ${code}` };
}

async function createWarehouse(name = '二号仓') {
  const res = await admin.post('/api/warehouses', { code: `WH-${hex()}`, name });
  expect(res.status).toBe(201);
  return res.json() as { id: number; code: string; name: string };
}

const adjust = (client: TestClient, body: Record<string, unknown>) =>
  client.post('/api/inventory/adjustments', { reason: '测试', ...body });

const fieldPaths = (res: { json(): { error: { details?: { fields?: { path: string }[] } } } }) =>
  (res.json().error.details?.fields ?? []).map((f) => f.path);

/** Sets reserved directly (orders will do this by their own conditional update). */
const reserve = (skuId: number, warehouseId: number, reserved: number) =>
  ctx.database.db.execute(
    sql`UPDATE stock_levels SET reserved = ${reserved} WHERE sku_id = ${skuId} AND warehouse_id = ${warehouseId}`,
  );

const ledgerOf = async (skuId: number, warehouseId: number) => {
  const [row] = await queryRows<{ sum: number; count: number }>(
    ctx.database.db,
    sql`SELECT coalesce(sum(quantity), 0)::int AS sum, count(*)::int AS count FROM stock_movements
         WHERE sku_id = ${skuId} AND warehouse_id = ${warehouseId}`,
  );
  return row;
};

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
  it('on hand of every SKU and warehouse equals the sum of its movements and never goes negative', async () => {
    const skus = [await createSku(), await createSku()];
    const warehouses = [defaultWarehouseId, (await createWarehouse('三号仓')).id];
    // Some reserved stock, so refusals happen below reserved as well as below zero.
    await adjust(admin, { skuId: skus[0].id, quantity: 5 });
    await reserve(skus[0].id, defaultWarehouseId, 3);
    const model = new Map<string, { onHand: number; reserved: number }>([
      [`${skus[0].id}:${defaultWarehouseId}`, { onHand: 5, reserved: 3 }],
    ]);

    const step = fc.record({
      sku: fc.integer({ min: 0, max: 1 }),
      warehouse: fc.integer({ min: 0, max: 1 }),
      quantity: fc.integer({ min: -15, max: 15 }).filter((q) => q !== 0),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const s of steps) {
          const skuId = skus[s.sku].id;
          const warehouseId = warehouses[s.warehouse];
          const key = `${skuId}:${warehouseId}`;
          const before = model.get(key) ?? { onHand: 0, reserved: 0 };
          const res = await adjust(admin, { skuId, warehouseId, quantity: s.quantity });
          if (before.onHand + s.quantity >= before.reserved) {
            expect(res.status).toBe(201);
            model.set(key, { ...before, onHand: before.onHand + s.quantity });
          } else {
            expect(res.status).toBe(409);
            expect(res.json().error.code).toBe('INSUFFICIENT_STOCK');
          }
        }
        const rows = await queryRows<{ key: string; onHand: number; reserved: number; ledger: number }>(
          ctx.database.db,
          sql`SELECT sl.sku_id || ':' || sl.warehouse_id AS key, sl.on_hand AS "onHand", sl.reserved,
                     (SELECT coalesce(sum(m.quantity), 0)::int FROM stock_movements m
                       WHERE m.sku_id = sl.sku_id AND m.warehouse_id = sl.warehouse_id) AS ledger
                FROM stock_levels sl WHERE sl.sku_id IN (${skus[0].id}, ${skus[1].id})`,
        );
        for (const row of rows) {
          expect(row.onHand).toBe(row.ledger);
          expect(row.onHand).toBeGreaterThanOrEqual(row.reserved);
          expect(row.onHand).toBe(model.get(row.key)?.onHand);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
