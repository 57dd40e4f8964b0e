import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { emit } from '../../lib/outbox.ts';
import { pgColumns, queryRows } from '../../lib/sql.ts';

/** A change a command made to the available stock (on hand − reserved) of one level. */
export interface AvailableChange {
  skuId: number;
  warehouseId: number;
  /** The signed change of available, e.g. −q after reserving q, +q after a receipt. */
  delta: number;
}

export interface LowStockPayload {
  skuId: number;
  warehouseId: number;
  skuCode: string;
  productName: string;
  available: number;
  threshold: number;
}

/**
 * Emits `inventory.low_stock` (staff only, customerId null) in the caller's transaction for every
 * level whose available the caller's changes took from at least its threshold to below it. Call
 * it once per command, after all its stock changes, with every level changed (changes of the same
 * level are added up). Returns the events' payloads. One query, whatever the number of levels.
 */
export async function notifyLowStock(tx: DbOrTx, changes: AvailableChange[]): Promise<LowStockPayload[]> {
  const sums = new Map<string, AvailableChange>();
  for (const c of changes) {
    const key = `${c.skuId}:${c.warehouseId}`;
    const seen = sums.get(key);
    sums.set(key, { ...c, delta: (seen?.delta ?? 0) + c.delta });
  }
  const levels = [...sums.values()].filter((c) => c.delta < 0);
  if (!levels.length) return [];
  const cols = pgColumns(levels, {
    skuId: ['bigint', (c) => c.skuId],
    warehouseId: ['bigint', (c) => c.warehouseId],
    delta: ['int', (c) => c.delta],
  });
  const crossed = await queryRows<LowStockPayload>(
    tx,
    sql`SELECT sl.sku_id::int AS "skuId", sl.warehouse_id::int AS "warehouseId", s.code AS "skuCode",
               p.name AS "productName", sl.on_hand - sl.reserved AS available, sl.low_stock_threshold AS threshold
          FROM unnest(${cols.skuId}, ${cols.warehouseId}, ${cols.delta}) AS c(sku_id, warehouse_id, delta)
          JOIN stock_levels sl ON sl.sku_id = c.sku_id AND sl.warehouse_id = c.warehouse_id
          JOIN skus s ON s.id = sl.sku_id
          JOIN products p ON p.id = s.product_id
         WHERE sl.low_stock_threshold IS NOT NULL
           AND sl.on_hand - sl.reserved < sl.low_stock_threshold
           AND sl.on_hand - sl.reserved - c.delta >= sl.low_stock_threshold
         ORDER BY sl.sku_id, sl.warehouse_id`,
  );
  await emit(
    tx,
    ...crossed.map((payload) => ({ topic: 'inventory.low_stock', customerId: null, payload: { ...payload } })),
  );
  return crossed;
}
