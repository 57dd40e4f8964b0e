import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { conflict, notFound, validationFailed } from '../../lib/errors.ts';
import { queryRows } from '../../lib/sql.ts';
import { listLevels, type StockLevelRow } from './inventory.service.ts';

/**
 * Sets (or clears, with null) the low-stock threshold of a SKU in a warehouse, creating the level
 * row when the SKU has none there yet. Setting it raises no alert by itself: alerts come when a
 * change takes available from at least the threshold to below it; GET /api/inventory/low-stock lists
 * the levels below it now. Audited as inventory.threshold_set.
 */
export async function setLowStockThreshold(
  db: Db,
  actor: AuditActor,
  input: { skuId: number; warehouseId: number; lowStockThreshold: number | null },
): Promise<StockLevelRow> {
  const { skuId, warehouseId, lowStockThreshold } = input;
  await db.transaction(async (tx) => {
    const [found] = await queryRows<{ sku: boolean; warehouse: boolean }>(
      tx,
      sql`SELECT EXISTS (SELECT 1 FROM skus WHERE id = ${skuId}) AS sku,
                 EXISTS (SELECT 1 FROM warehouses WHERE id = ${warehouseId}) AS warehouse`,
    );
    const fields = [];
    if (!found.sku) fields.push({ path: '/body/skuId', message: `SKU ${skuId} 不存在 / SKU ${skuId} does not exist` });
    if (!found.warehouse)
      fields.push({
        path: '/body/warehouseId',
        message: `仓库 ${warehouseId} 不存在 / warehouse ${warehouseId} does not exist`,
      });
    if (fields.length) throw validationFailed(fields);
    const [before] = await queryRows<{ threshold: number | null }>(
      tx,
      sql`SELECT low_stock_threshold AS threshold FROM stock_levels
           WHERE sku_id = ${skuId} AND warehouse_id = ${warehouseId} FOR UPDATE`,
    );
    await tx.execute(
      sql`INSERT INTO stock_levels (sku_id, warehouse_id, low_stock_threshold) VALUES (${skuId}, ${warehouseId}, ${lowStockThreshold})
          ON CONFLICT (sku_id, warehouse_id) DO UPDATE SET low_stock_threshold = EXCLUDED.low_stock_threshold`,
    );
    await audit(tx, actor, {
      action: 'inventory.threshold_set',
      targetType: 'sku',
      targetId: skuId,
      details: { warehouseId, before: before?.threshold ?? null, after: lowStockThreshold },
    });
  });
  const { items } = await listLevels(db, { skuId, warehouseId });
  return items[0];
}

export interface SkuInventorySettings {
  id: number;
  code: string;
  allowBackorder: boolean;
  trackBatches: boolean;
}

/** A SKU's inventory settings (404 for an unknown SKU). */
export async function getSkuInventorySettings(db: DbOrTx, id: number): Promise<SkuInventorySettings> {
  const [row] = await queryRows<SkuInventorySettings>(
    db,
    sql`SELECT id::int AS id, code, allow_backorder AS "allowBackorder", track_batches AS "trackBatches"
          FROM skus WHERE id = ${id}`,
  );
  if (!row) throw notFound('SKU');
  return row;
}

/**
 * Changes a SKU's inventory settings. `trackBatches` can change (either way) only while the SKU
 * has nothing on hand in any warehouse (409 CONFLICT with details.onHand otherwise), so its batches
 * always add up to its levels. Inventory commands hold the SKU row FOR SHARE, so none runs
 * alongside the change. Audited as sku.inventory_settings_changed.
 */
export async function updateSkuInventorySettings(
  db: Db,
  actor: AuditActor,
  id: number,
  input: { allowBackorder?: boolean; trackBatches?: boolean },
): Promise<SkuInventorySettings> {
  return db.transaction(async (tx) => {
    const [was] = await queryRows<SkuInventorySettings>(
      tx,
      sql`SELECT id::int AS id, code, allow_backorder AS "allowBackorder", track_batches AS "trackBatches"
            FROM skus WHERE id = ${id} FOR UPDATE`,
    );
    if (!was) throw notFound('SKU');
    // A statement of its own, so it sees what commands that held the SKU committed before the lock was ours.
    const [{ onHand }] = await queryRows<{ onHand: number }>(
      tx,
      sql`SELECT coalesce(sum(on_hand), 0)::int AS "onHand" FROM stock_levels WHERE sku_id = ${id}`,
    );
    const after = {
      ...was,
      allowBackorder: input.allowBackorder ?? was.allowBackorder,
      trackBatches: input.trackBatches ?? was.trackBatches,
    };
    if (after.trackBatches !== was.trackBatches && onHand > 0) {
      throw conflict(
        `SKU ${was.code} 还有 ${onHand} 在库，只能在没有库存时切换批次管理 / SKU ${was.code} has ${onHand} on hand: batch keeping can only change while it has no stock`,
        {
          onHand,
        },
      );
    }
    await tx.execute(
      sql`UPDATE skus SET allow_backorder = ${after.allowBackorder}, track_batches = ${after.trackBatches} WHERE id = ${id}`,
    );
    await audit(tx, actor, {
      action: 'sku.inventory_settings_changed',
      targetType: 'sku',
      targetId: id,
      details: {
        before: { allowBackorder: was.allowBackorder, trackBatches: was.trackBatches },
        after: { allowBackorder: after.allowBackorder, trackBatches: after.trackBatches },
      },
    });
    return after;
  });
}
