import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { MovementKind } from '../../db/schema/index.ts';
import { AppError, conflict, validationFailed } from '../../lib/errors.ts';
import { bigintArray, pgColumns, queryRows } from '../../lib/sql.ts';
import { type BatchPiece, receiveIntoBatch, takeFromBatches } from './batches.ts';

/** The largest on hand a level can hold (the column is a PostgreSQL integer). */
export const MAX_ON_HAND = 2_147_483_647;

/** What an inventory command needs to know of a SKU; read with a share lock (see lockSkus). */
export interface SkuStockInfo {
  id: number;
  code: string;
  trackBatches: boolean;
}

/**
 * The SKUs of a command, locked FOR SHARE so their `track_batches` cannot flip (PATCH
 * /api/inventory/skus/:id) while the command moves their stock. Unknown ids are simply missing.
 */
export async function lockSkus(tx: DbOrTx, skuIds: number[]): Promise<Map<number, SkuStockInfo>> {
  const rows = skuIds.length
    ? await queryRows<SkuStockInfo>(
        tx,
        sql`SELECT id::int AS id, code, track_batches AS "trackBatches" FROM skus
             WHERE id = ANY(${bigintArray([...new Set(skuIds)])}) ORDER BY id FOR SHARE`,
      )
    : [];
  return new Map(rows.map((r) => [r.id, r]));
}

/** The SKUs lines name, locked as lockSkus does; 400 on each line's path whose SKU does not exist. */
export async function requireSkus(
  tx: DbOrTx,
  refs: { skuId: number; path: string }[],
): Promise<Map<number, SkuStockInfo>> {
  const skus = await lockSkus(
    tx,
    refs.map((r) => r.skuId),
  );
  const fields = refs
    .filter((r) => !skus.has(r.skuId))
    .map((r) => ({ path: r.path, message: `SKU ${r.skuId} 不存在 / SKU ${r.skuId} does not exist` }));
  if (fields.length) throw validationFailed(fields);
  return skus;
}

/**
 * Creates missing levels and locks all the levels a command will change, in (SKU, warehouse)
 * order, so two commands touching the same levels in another order (a transfer each way, receipts
 * listing SKUs differently) wait for each other instead of deadlocking.
 */
export async function lockLevels(tx: DbOrTx, levels: { skuId: number; warehouseId: number }[]): Promise<void> {
  if (!levels.length) return;
  const cols = pgColumns(levels, {
    skuId: ['bigint', (l) => l.skuId],
    warehouseId: ['bigint', (l) => l.warehouseId],
  });
  const wanted = sql`SELECT DISTINCT c.sku_id, c.warehouse_id FROM unnest(${cols.skuId}, ${cols.warehouseId}) AS c(sku_id, warehouse_id)`;
  await tx.execute(
    sql`INSERT INTO stock_levels (sku_id, warehouse_id)
        SELECT w.sku_id, w.warehouse_id FROM (${wanted}) w ORDER BY w.sku_id, w.warehouse_id
        ON CONFLICT (sku_id, warehouse_id) DO NOTHING`,
  );
  await tx.execute(
    sql`SELECT 1 FROM stock_levels sl JOIN (${wanted}) w ON w.sku_id = sl.sku_id AND w.warehouse_id = sl.warehouse_id
         ORDER BY sl.sku_id, sl.warehouse_id FOR UPDATE OF sl`,
  );
}

/**
 * Takes the next movement id ahead of the insert, so a command that writes several movements (a
 * receipt, a transfer) can use the id of its first movement as their common reference id.
 */
export async function nextMovementId(tx: DbOrTx): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    tx,
    sql`SELECT nextval(pg_get_serial_sequence('stock_movements', 'id'))::int AS id`,
  );
  return row.id;
}

export interface StockChange {
  sku: SkuStockInfo;
  warehouseId: number;
  /** Signed change of on hand; not 0. */
  quantity: number;
  kind: MovementKind;
  reason: string;
  referenceType?: string | null;
  referenceId?: number | null;
  /** For an increase of a batch SKU: the batch it goes into (created on first receipt). */
  batch?: { batchNo: string; expiresOn: string | null };
  /** For a decrease of a batch SKU: take from this batch only instead of first-expiry-first-out. */
  fromBatchNo?: string;
  /** The id the first movement gets (from nextMovementId). */
  movementId?: number;
  /** Extra details for the INSUFFICIENT_STOCK error, e.g. the request line. */
  errorDetails?: Record<string, unknown>;
}

export interface StockChangeResult {
  /** One movement per batch touched; exactly one for a SKU without batches. */
  movements: {
    id: number;
    batchId: number | null;
    batchNo: string | null;
    expiresOn: string | null;
    quantity: number;
  }[];
  onHand: number;
  reserved: number;
  available: number;
}

/**
 * Changes on hand of one level with ONE conditional statement (docs/inventory.md) and writes its
 * movement(s) in the caller's transaction. For a batch SKU the batches change by the same total
 * (an increase into `change.batch`, a decrease first-expiry-first-out) and each movement names its
 * batch. Throws INSUFFICIENT_STOCK (details: skuId, warehouseId, onHand, reserved, available) when
 * on hand would go below reserved; the caller's transaction then rolls back. Does not emit
 * low-stock events: commands call notifyLowStock once for all the levels they changed.
 */
export async function applyStockChange(
  tx: DbOrTx,
  actorId: number | null,
  change: StockChange,
): Promise<StockChangeResult> {
  const { sku, warehouseId, quantity } = change;
  const skuId = sku.id;
  const [level] = await queryRows<{ onHand: number; reserved: number }>(
    tx,
    quantity > 0
      ? sql`INSERT INTO stock_levels AS sl (sku_id, warehouse_id, on_hand, reserved)
            VALUES (${skuId}, ${warehouseId}, ${quantity}, 0)
            ON CONFLICT (sku_id, warehouse_id) DO UPDATE SET on_hand = sl.on_hand + ${quantity}
             WHERE sl.on_hand::bigint + ${quantity} >= sl.reserved AND sl.on_hand::bigint + ${quantity} <= ${MAX_ON_HAND}
            RETURNING sl.on_hand AS "onHand", sl.reserved`
      : sql`UPDATE stock_levels AS sl SET on_hand = sl.on_hand + ${quantity}
             WHERE sl.sku_id = ${skuId} AND sl.warehouse_id = ${warehouseId}
               AND sl.on_hand::bigint + ${quantity} >= sl.reserved
            RETURNING sl.on_hand AS "onHand", sl.reserved`,
  );
  if (!level) {
    const { onHand, reserved } = await levelOf(tx, skuId, warehouseId);
    if (quantity > 0)
      throw conflict(`在库数不能超过 ${MAX_ON_HAND} / on hand cannot exceed ${MAX_ON_HAND}`, {
        skuId,
        warehouseId,
        onHand,
      });
    throw insufficientStock({ ...change.errorDetails, skuId, warehouseId, onHand, reserved });
  }

  let pieces: (BatchPiece | null)[] = [null];
  if (sku.trackBatches) {
    if (quantity > 0) {
      if (!change.batch) throw new Error(`a receipt of batch SKU ${sku.code} needs a batch`);
      pieces = [await receiveIntoBatch(tx, { skuId, warehouseId, quantity, ...change.batch })];
    } else {
      pieces = await takeFromBatches(tx, { skuId, warehouseId, quantity: -quantity, batchNo: change.fromBatchNo });
    }
  }

  const rows = pieces.map((piece, i) => ({
    id: i === 0 ? (change.movementId ?? null) : null,
    batchId: piece?.batchId ?? null,
    quantity: piece ? Math.sign(quantity) * piece.quantity : quantity,
  }));
  const cols = pgColumns(rows, {
    id: ['bigint', (r) => r.id],
    batchId: ['bigint', (r) => r.batchId],
    quantity: ['int', (r) => r.quantity],
  });
  // A reserved id is written with OVERRIDING SYSTEM VALUE; the others take the identity default.
  const inserted = await queryRows<{ id: number }>(
    tx,
    sql`INSERT INTO stock_movements (id, sku_id, warehouse_id, kind, quantity, reason, reference_type, reference_id, batch_id, actor_id)
        OVERRIDING SYSTEM VALUE
        SELECT coalesce(m.id, nextval(pg_get_serial_sequence('stock_movements', 'id'))), ${skuId}, ${warehouseId},
               ${change.kind}, m.quantity, ${change.reason}, ${change.referenceType ?? null},
               ${change.referenceId ?? null}, m.batch_id, ${actorId}
          FROM unnest(${cols.id}, ${cols.batchId}, ${cols.quantity}) WITH ORDINALITY AS m(id, batch_id, quantity, n)
         ORDER BY m.n
        RETURNING id::int AS id`,
  );
  return {
    movements: rows.map((r, i) => ({
      id: inserted[i].id,
      batchId: r.batchId,
      batchNo: pieces[i]?.batchNo ?? null,
      expiresOn: pieces[i]?.expiresOn ?? null,
      quantity: r.quantity,
    })),
    onHand: level.onHand,
    reserved: level.reserved,
    available: level.onHand - level.reserved,
  };
}

async function levelOf(tx: DbOrTx, skuId: number, warehouseId: number) {
  const [now] = await queryRows<{ onHand: number; reserved: number }>(
    tx,
    sql`SELECT on_hand AS "onHand", reserved FROM stock_levels WHERE sku_id = ${skuId} AND warehouse_id = ${warehouseId}`,
  );
  return { onHand: now?.onHand ?? 0, reserved: now?.reserved ?? 0 };
}

/** 409 INSUFFICIENT_STOCK with the level's figures (and whatever names the request line). */
export function insufficientStock(details: { onHand: number; reserved: number } & Record<string, unknown>) {
  return new AppError('INSUFFICIENT_STOCK', '库存不足 / not enough stock for this change', {
    ...details,
    available: details.onHand - details.reserved,
  });
}
