import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { queryRows } from '../src/lib/sql.ts';
import type { TestClient, TestContext, TestResponse } from './harness.ts';

// Helpers of the inventory tests: SKUs and warehouses through the API, reserved stock set
// directly (as orders do by their own conditional update), and the ledger read back.

export const hex = () => randomBytes(3).toString('hex');

export interface TestSku {
  id: number;
  code: string;
  productName: string;
}

/** A product with one SKU, created through the API; `trackBatches` turns batch keeping on. */
export async function createSku(admin: TestClient, options: { trackBatches?: boolean } = {}): Promise<TestSku> {
  const code = `INV-${hex()}`;
  const res = await admin.post('/api/products', { name: `可口可乐 ${code}`, skus: [{ code, price: 300 }] });
  expect(res.status).toBe(201);
  const sku = { id: res.json().skus[0].id as number, code, productName: `可口可乐 ${code}` };
  if (options.trackBatches) {
    expect((await admin.patch(`/api/inventory/skus/${sku.id}`, { trackBatches: true })).status).toBe(200);
  }
  return sku;
}

export async function createWarehouse(admin: TestClient, name = '二号仓') {
  const res = await admin.post('/api/warehouses', { code: `WH-${hex()}`, name });
  expect(res.status).toBe(201);
  return res.json() as { id: number; code: string; name: string };
}

export async function defaultWarehouseId(admin: TestClient): Promise<number> {
  const res = await admin.get('/api/warehouses?pageSize=100');
  return res.json().items.find((w: { isDefault: boolean }) => w.isDefault).id;
}

export const fieldPaths = (res: TestResponse) =>
  ((res.json().error.details?.fields ?? []) as { path: string }[]).map((f) => f.path);

export const put = (client: TestClient, url: string, body: unknown) => client.request('PUT', url, body);

/** Sets reserved directly (orders do this by their own conditional update). */
export const setReserved = (ctx: TestContext, skuId: number, warehouseId: number, reserved: number) =>
  ctx.database.db.execute(
    sql`UPDATE stock_levels SET reserved = ${reserved} WHERE sku_id = ${skuId} AND warehouse_id = ${warehouseId}`,
  );

/** Sum and count of a level's movements. */
export async function ledgerOf(ctx: TestContext, skuId: number, warehouseId: number) {
  const [row] = await queryRows<{ sum: number; count: number }>(
    ctx.database.db,
    sql`SELECT coalesce(sum(quantity), 0)::int AS sum, count(*)::int AS count FROM stock_movements
         WHERE sku_id = ${skuId} AND warehouse_id = ${warehouseId}`,
  );
  return row;
}

/** On hand of a level (0 when it has no row). */
export async function onHandOf(ctx: TestContext, skuId: number, warehouseId: number) {
  const [row] = await queryRows<{ onHand: number }>(
    ctx.database.db,
    sql`SELECT on_hand AS "onHand" FROM stock_levels WHERE sku_id = ${skuId} AND warehouse_id = ${warehouseId}`,
  );
  return row?.onHand ?? 0;
}

/**
 * The ledger invariants over the given SKUs: every level equals the sum of its movements and is at
 * least its reserved; for batch SKUs the batches add up to the level and each batch equals the sum
 * of the movements naming it. Returns the levels (key `sku:warehouse` → on hand).
 */
export async function expectLedgerAgrees(ctx: TestContext, skuIds: number[]): Promise<Map<string, number>> {
  const ids = sql.join(
    skuIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const levels = await queryRows<{
    key: string;
    onHand: number;
    reserved: number;
    ledger: number;
    batches: number | null;
  }>(
    ctx.database.db,
    sql`SELECT sl.sku_id || ':' || sl.warehouse_id AS key, sl.on_hand AS "onHand", sl.reserved,
               (SELECT coalesce(sum(m.quantity), 0)::int FROM stock_movements m
                 WHERE m.sku_id = sl.sku_id AND m.warehouse_id = sl.warehouse_id) AS ledger,
               CASE WHEN s.track_batches THEN (SELECT coalesce(sum(b.on_hand), 0)::int FROM stock_batches b
                 WHERE b.sku_id = sl.sku_id AND b.warehouse_id = sl.warehouse_id) END AS batches
          FROM stock_levels sl JOIN skus s ON s.id = sl.sku_id WHERE sl.sku_id IN (${ids})`,
  );
  for (const level of levels) {
    expect(level.onHand, level.key).toBe(level.ledger);
    expect(level.onHand).toBeGreaterThanOrEqual(level.reserved);
    if (level.batches !== null) expect(level.batches, `batches of ${level.key}`).toBe(level.onHand);
  }
  const batches = await queryRows<{ id: number; onHand: number; ledger: number }>(
    ctx.database.db,
    sql`SELECT b.id::int AS id, b.on_hand AS "onHand",
               (SELECT coalesce(sum(m.quantity), 0)::int FROM stock_movements m WHERE m.batch_id = b.id) AS ledger
          FROM stock_batches b WHERE b.sku_id IN (${ids})`,
  );
  for (const batch of batches) expect(batch.onHand, `batch ${batch.id}`).toBe(batch.ledger);
  return new Map(levels.map((l) => [l.key, l.onHand]));
}

/** The outbox events of a topic written after `afterId`. */
export async function eventsOf(ctx: TestContext, topic: string, afterId = 0) {
  return queryRows<{ id: number; customerId: number | null; payload: Record<string, unknown> }>(
    ctx.database.db,
    sql`SELECT id::int AS id, customer_id::int AS "customerId", payload FROM outbox_events
         WHERE topic = ${topic} AND id > ${afterId} ORDER BY id`,
  );
}

export async function lastEventId(ctx: TestContext) {
  const [row] = await queryRows<{ id: number }>(
    ctx.database.db,
    sql`SELECT coalesce(max(id), 0)::int AS id FROM outbox_events`,
  );
  return row.id;
}

/** The latest audit entry of an action on a target. */
export async function lastAudit(ctx: TestContext, action: string, targetId: number) {
  const [entry] = await queryRows<{ action: string; details: Record<string, unknown> }>(
    ctx.database.db,
    sql`SELECT action, details FROM audit_log WHERE action = ${action} AND target_id = ${String(targetId)}
         ORDER BY id DESC LIMIT 1`,
  );
  return entry;
}
