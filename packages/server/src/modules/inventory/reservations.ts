import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { pgColumns, queryRows } from '../../lib/sql.ts';
import { receiveIntoBatch, takeFromBatches } from './batches.ts';
import { notifyLowStock } from './low-stock.ts';
import { lockSkus, type SkuStockInfo } from './stock-ledger.ts';

/**
 * Reservations: the stock orders hold (docs/inventory.md, "Reservation"). Every change here is a
 * conditional UPDATE of `stock_levels`, taken SKU by SKU in ascending SKU id so that two orders
 * touching the same SKUs lock their rows in the same order and never deadlock.
 */

export interface ReserveRequest {
  skuId: number;
  /** Base units wanted. */
  quantity: number;
  /** Accept the order beyond available stock: what cannot be reserved is backordered. */
  allowBackorder: boolean;
}

export interface Allocation {
  skuId: number;
  warehouseId: number;
  quantity: number;
}

export interface Shortage {
  skuId: number;
  requested: number;
  available: number;
}

/**
 * Reserves every request, or reports what is short. The split rule: the whole quantity from the
 * default warehouse when it has it (one statement, the common case); otherwise the SKU's levels in
 * active warehouses are locked (default first, then by code) and filled in that order. A SKU that
 * allows backorder reserves what there is and backorders the rest. With any shortage the caller must
 * roll the transaction back (placeOrder throws INSUFFICIENT_STOCK), so nothing stays reserved.
 */
export async function reserveStock(
  tx: DbOrTx,
  requests: ReserveRequest[],
): Promise<{ allocations: Allocation[]; shortages: Shortage[] }> {
  const allocations: Allocation[] = [];
  const shortages: Shortage[] = [];
  for (const request of [...requests].sort((a, b) => a.skuId - b.skuId)) {
    const { skuId, quantity } = request;
    // The default warehouse is looked up inside the statement: one round trip per SKU.
    const [done] = await queryRows<{ warehouseId: number }>(
      tx,
      sql`UPDATE stock_levels SET reserved = reserved + ${quantity}
           WHERE sku_id = ${skuId} AND on_hand - reserved >= ${quantity}
             AND warehouse_id = (SELECT id FROM warehouses WHERE is_default AND status = 'active')
          RETURNING warehouse_id::int AS "warehouseId"`,
    );
    if (done) {
      allocations.push({ skuId, warehouseId: done.warehouseId, quantity });
      continue;
    }
    const levels = await queryRows<{ warehouseId: number; available: number }>(
      tx,
      sql`SELECT sl.warehouse_id::int AS "warehouseId", sl.on_hand - sl.reserved AS available
            FROM stock_levels sl JOIN warehouses w ON w.id = sl.warehouse_id AND w.status = 'active'
           WHERE sl.sku_id = ${skuId}
           ORDER BY w.is_default DESC, w.code, w.id
             FOR UPDATE OF sl`,
    );
    const available = levels.reduce((sum, l) => sum + Math.max(0, l.available), 0);
    if (available < quantity && !request.allowBackorder) {
      shortages.push({ skuId, requested: quantity, available });
      continue;
    }
    let left = quantity;
    for (const level of levels) {
      const take = Math.min(left, Math.max(0, level.available));
      if (take <= 0) continue;
      // The rows are locked by this transaction, so the condition holds; it stays as the guard.
      const done = await queryRows<{ ok: number }>(
        tx,
        sql`UPDATE stock_levels SET reserved = reserved + ${take}
             WHERE sku_id = ${skuId} AND warehouse_id = ${level.warehouseId} AND on_hand - reserved >= ${take}
            RETURNING 1 AS ok`,
      );
      if (!done.length) throw new AppError('INTERNAL', 'A locked stock level changed under its lock');
      allocations.push({ skuId, warehouseId: level.warehouseId, quantity: take });
      left -= take;
      if (!left) break;
    }
  }
  return { allocations, shortages };
}

/** Gives reserved stock back (an order cancelled or edited), SKU by SKU in ascending id. */
export async function releaseStock(tx: DbOrTx, allocations: Allocation[]): Promise<void> {
  const sorted = allocations
    .filter((a) => a.quantity > 0)
    .sort((a, b) => a.skuId - b.skuId || a.warehouseId - b.warehouseId);
  for (const a of sorted) {
    const done = await queryRows<{ ok: number }>(
      tx,
      sql`UPDATE stock_levels SET reserved = reserved - ${a.quantity}
           WHERE sku_id = ${a.skuId} AND warehouse_id = ${a.warehouseId} AND reserved >= ${a.quantity}
          RETURNING 1 AS ok`,
    );
    if (!done.length) throw new AppError('INTERNAL', 'Released more stock than was reserved');
  }
}

export interface ShipOut {
  skuId: number;
  warehouseId: number;
  quantity: number;
  /** How much of `quantity` was reserved for the order (the rest must be free stock: backorder). */
  fromReserved: number;
}

/**
 * Takes shipped goods out of on hand (and of reserved, for the part the order held), writing one
 * `shipment` movement per level (per batch, first-expiry-first-out, for batch SKUs) that references
 * the order. Free stock for a backordered part is
 * taken with the conditional update; without it INSUFFICIENT_STOCK names the SKU and what is there.
 */
export async function shipStock(
  tx: DbOrTx,
  items: ShipOut[],
  reference: { type: string; id: number; reason: string; actorId: number | null },
): Promise<void> {
  const sorted = items.filter((i) => i.quantity > 0).sort((a, b) => a.skuId - b.skuId || a.warehouseId - b.warehouseId);
  // The SKUs first (FOR SHARE: their batch setting holds), then the levels, as inventory commands do.
  const skus = await lockSkus(
    tx,
    sorted.map((i) => i.skuId),
  );
  for (const item of sorted) {
    const free = item.quantity - item.fromReserved;
    const done = await queryRows<{ ok: number }>(
      tx,
      sql`UPDATE stock_levels SET on_hand = on_hand - ${item.quantity}, reserved = reserved - ${item.fromReserved}
           WHERE sku_id = ${item.skuId} AND warehouse_id = ${item.warehouseId}
             AND reserved >= ${item.fromReserved} AND on_hand - reserved >= ${free}
          RETURNING 1 AS ok`,
    );
    if (!done.length) {
      const [level] = await queryRows<{ onHand: number; reserved: number }>(
        tx,
        sql`SELECT on_hand AS "onHand", reserved FROM stock_levels
             WHERE sku_id = ${item.skuId} AND warehouse_id = ${item.warehouseId}`,
      );
      throw new AppError('INSUFFICIENT_STOCK', '库存不足，无法发货 / Not enough stock to ship this', {
        skuId: item.skuId,
        warehouseId: item.warehouseId,
        requested: item.quantity,
        available: (level?.onHand ?? 0) - (level?.reserved ?? 0) + item.fromReserved,
      });
    }
  }
  // Batch SKUs leave first-expiry-first-out, one movement per batch.
  await writeMovements(tx, 'shipment', await piecesOf(tx, skus, sorted, 'take'), reference);
  // Only a backordered part, shipped from free stock, lowers what is available.
  await notifyLowStock(
    tx,
    sorted.map((i) => ({ skuId: i.skuId, warehouseId: i.warehouseId, delta: -(i.quantity - i.fromReserved) })),
  );
}

interface Piece {
  skuId: number;
  warehouseId: number;
  quantity: number;
  batchId: number | null;
}

/** The batch pieces of level changes: batch SKUs split by batch (taken FEFO, or received), others whole. */
async function piecesOf(
  tx: DbOrTx,
  skus: Map<number, SkuStockInfo>,
  items: { skuId: number; warehouseId: number; quantity: number }[],
  direction: 'take' | { batchNo: string },
): Promise<Piece[]> {
  const pieces: Piece[] = [];
  for (const item of items) {
    if (!skus.get(item.skuId)?.trackBatches) {
      pieces.push({ ...item, batchId: null });
    } else if (direction === 'take') {
      for (const p of await takeFromBatches(tx, item))
        pieces.push({ ...item, quantity: p.quantity, batchId: p.batchId });
    } else {
      const p = await receiveIntoBatch(tx, { ...item, batchNo: direction.batchNo, expiresOn: null });
      pieces.push({ ...item, batchId: p.batchId });
    }
  }
  return pieces;
}

async function writeMovements(
  tx: DbOrTx,
  kind: 'shipment' | 'return',
  pieces: Piece[],
  reference: { type: string; id: number; reason: string; actorId: number | null },
): Promise<void> {
  if (!pieces.length) return;
  const sign = kind === 'shipment' ? -1 : 1;
  const cols = pgColumns(pieces, {
    skuId: ['bigint', (p) => p.skuId],
    warehouseId: ['bigint', (p) => p.warehouseId],
    quantity: ['int', (p) => sign * p.quantity],
    batchId: ['bigint', (p) => p.batchId],
  });
  await tx.execute(sql`
    INSERT INTO stock_movements (sku_id, warehouse_id, kind, quantity, reason, reference_type, reference_id, batch_id, actor_id)
    SELECT s, w, ${kind}, q, ${reference.reason}, ${reference.type}, ${reference.id}, b, ${reference.actorId}
      FROM unnest(${cols.skuId}, ${cols.warehouseId}, ${cols.quantity}, ${cols.batchId}) WITH ORDINALITY AS t(s, w, q, b, n)
     ORDER BY n`);
}

/** The active default warehouse's id, or null when there is none. */
export async function defaultWarehouseId(tx: DbOrTx): Promise<number | null> {
  const [row] = await queryRows<{ id: number }>(
    tx,
    sql`SELECT id::int AS id FROM warehouses WHERE is_default AND status = 'active'`,
  );
  return row?.id ?? null;
}

/**
 * Puts returned goods back on hand (creating the level on first use), writing one `return` movement
 * per level (per batch) that references the return.
 */
export async function restock(
  tx: DbOrTx,
  items: { skuId: number; warehouseId: number; quantity: number }[],
  reference: { type: string; id: number; reason: string; actorId: number | null },
): Promise<void> {
  const sorted = items.filter((i) => i.quantity > 0).sort((a, b) => a.skuId - b.skuId || a.warehouseId - b.warehouseId);
  const skus = await lockSkus(
    tx,
    sorted.map((i) => i.skuId),
  );
  for (const item of sorted) {
    await tx.execute(sql`
      INSERT INTO stock_levels AS sl (sku_id, warehouse_id, on_hand, reserved) VALUES (${item.skuId}, ${item.warehouseId}, ${item.quantity}, 0)
      ON CONFLICT (sku_id, warehouse_id) DO UPDATE SET on_hand = sl.on_hand + ${item.quantity}`);
  }
  // Batch SKUs come back into a batch of their own, named after the return (expiry unknown: shipped last).
  await writeMovements(tx, 'return', await piecesOf(tx, skus, sorted, { batchNo: `退货-${reference.id}` }), reference);
}
