import { type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { MovementKind } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { validationFailed } from '../../lib/errors.ts';
import { bigintArray, iso, likeEscape, queryRows } from '../../lib/sql.ts';
import { batchFieldErrors, withExpiryField } from './batches.ts';
import { notifyLowStock } from './low-stock.ts';
import { type PageInput, pageRows } from './paging.ts';
import { applyStockChange, MAX_ON_HAND, requireSkus } from './stock-ledger.ts';
import { targetWarehouse } from './warehouses.service.ts';

export interface AdjustmentResult {
  id: number;
  skuId: number;
  warehouseId: number;
  quantity: number;
  onHand: number;
  reserved: number;
  available: number;
}

export interface StockLevelRow {
  skuId: number;
  warehouseId: number;
  onHand: number;
  reserved: number;
  available: number;
  skuCode: string;
  productName: string;
  warehouseName: string;
  lowStockThreshold: number | null;
  trackBatches: boolean;
}

export interface MovementRow {
  id: number;
  skuId: number;
  warehouseId: number;
  kind: MovementKind;
  quantity: number;
  reason: string;
  referenceType: string | null;
  referenceId: number | null;
  batchId: number | null;
  batchNo: string | null;
  skuCode: string;
  productName: string;
  warehouseName: string;
  actorId: number | null;
  actorName: string | null;
  createdAt: string;
}

// ---- adjustments ------------------------------------------------------------------------------

/**
 * Changes on hand of a SKU in a warehouse (the default one when none is named) by a signed
 * quantity with ONE conditional statement (applyStockChange), and appends the movement in the same
 * transaction. A batch SKU needs `batchNo` for an increase; a decrease takes first-expiry-first-out
 * or from the batch named. Below reserved (or zero): 409 INSUFFICIENT_STOCK and nothing changes.
 * Audited as inventory.adjusted; emits inventory.low_stock when available crosses the threshold.
 */
export async function adjustStock(
  db: Db,
  actor: AuditActor,
  input: {
    skuId: number;
    warehouseId?: number;
    quantity: number;
    reason: string;
    batchNo?: string;
    expiresOn?: string;
  },
): Promise<AdjustmentResult> {
  const { skuId, quantity } = input;
  if (!Number.isSafeInteger(quantity) || quantity === 0 || Math.abs(quantity) > MAX_ON_HAND) {
    throw validationFailed([{ path: '/body/quantity', message: 'must be a non-zero integer' }]);
  }
  return db.transaction(async (tx) => {
    const sku = (await requireSkus(tx, [{ skuId, path: '/body/skuId' }])).get(skuId)!;
    const fields = batchFieldErrors(sku, input, '/body', quantity > 0);
    if (fields.length) throw validationFailed(fields);
    const warehouseId = await targetWarehouse(tx, input.warehouseId, '/body/warehouseId');
    const batchNo = input.batchNo?.trim();
    const level = await withExpiryField('/body/expiresOn', () =>
      applyStockChange(tx, actor.id, {
        sku,
        warehouseId,
        quantity,
        kind: 'adjustment',
        reason: input.reason,
        ...(batchNo && quantity > 0 ? { batch: { batchNo, expiresOn: input.expiresOn ?? null } } : {}),
        ...(batchNo && quantity < 0 ? { fromBatchNo: batchNo } : {}),
      }),
    );
    const movementId = level.movements[0].id;
    await notifyLowStock(tx, [{ skuId, warehouseId, delta: quantity }]);
    await audit(tx, actor, {
      action: 'inventory.adjusted',
      targetType: 'sku',
      targetId: skuId,
      details: {
        movementId,
        warehouseId,
        kind: 'adjustment',
        quantity,
        reason: input.reason,
        onHand: level.onHand,
        ...(sku.trackBatches
          ? { batches: level.movements.map((m) => ({ batchNo: m.batchNo, quantity: m.quantity })) }
          : {}),
      },
    });
    const { onHand, reserved, available } = level;
    return { id: movementId, skuId, warehouseId, quantity, onHand, reserved, available };
  });
}

// ---- reads ------------------------------------------------------------------------------------

/** Available (on hand − reserved) per SKU over active warehouses; SKUs without stock map to 0. */
export async function availableBySku(db: DbOrTx, skuIds: number[]): Promise<Map<number, number>> {
  const result = new Map<number, number>(skuIds.map((id) => [id, 0]));
  if (!skuIds.length) return result;
  const rows = await queryRows<{ skuId: number; available: number }>(
    db,
    sql`SELECT sl.sku_id::int AS "skuId", sum(sl.on_hand - sl.reserved)::int AS available
          FROM stock_levels sl JOIN warehouses w ON w.id = sl.warehouse_id AND w.status = 'active'
         WHERE sl.sku_id = ANY(${bigintArray(skuIds)})
         GROUP BY sl.sku_id`,
  );
  for (const row of rows) result.set(row.skuId, row.available);
  return result;
}

interface LevelFilter extends PageInput {
  skuId?: number;
  warehouseId?: number;
}

const levelWhere = (query: LevelFilter, alias: string) => {
  const where: SQL[] = [sql`true`];
  if (query.skuId) where.push(sql`${sql.raw(alias)}.sku_id = ${query.skuId}`);
  if (query.warehouseId) where.push(sql`${sql.raw(alias)}.warehouse_id = ${query.warehouseId}`);
  return where;
};

/** A search over the SKU code, SKU name, barcode and product name (alias `s` = skus, `p` = products). */
const skuSearch = (q: string | undefined): SQL[] => {
  const text = q?.trim();
  if (!text) return [];
  const like = `%${likeEscape(text)}%`;
  return [sql`(s.code ILIKE ${like} OR s.name ILIKE ${like} OR s.barcode ILIKE ${like} OR p.name ILIKE ${like})`];
};

/**
 * Stock levels per SKU and warehouse, optionally of one SKU or warehouse, matching a search, or
 * only those below their low-stock threshold (in active warehouses), a page at a time.
 */
export async function listLevels(
  db: DbOrTx,
  query: LevelFilter & { q?: string; lowStock?: boolean },
): Promise<{ items: StockLevelRow[]; total: number }> {
  const where = [...levelWhere(query, 'sl'), ...skuSearch(query.q)];
  if (query.lowStock) {
    where.push(sql`sl.low_stock_threshold IS NOT NULL AND sl.on_hand - sl.reserved < sl.low_stock_threshold`);
    where.push(sql`w.status = 'active'`);
  }
  const cond = sql.join(where, sql` AND `);
  const from = sql`FROM stock_levels sl
        JOIN skus s ON s.id = sl.sku_id
        JOIN products p ON p.id = s.product_id
        JOIN warehouses w ON w.id = sl.warehouse_id`;
  return pageRows<StockLevelRow>(
    db,
    (tail) => sql`
      SELECT sl.sku_id::int AS "skuId", sl.warehouse_id::int AS "warehouseId", sl.on_hand AS "onHand",
             sl.reserved, sl.on_hand - sl.reserved AS available, s.code AS "skuCode", p.name AS "productName",
             w.name AS "warehouseName", sl.low_stock_threshold AS "lowStockThreshold",
             s.track_batches AS "trackBatches", count(*) OVER ()::int AS total
        ${from}
       WHERE ${cond}
       ORDER BY ${query.lowStock ? sql`sl.on_hand - sl.reserved - sl.low_stock_threshold, ` : sql``}s.code, w.is_default DESC, w.code ${tail}`,
    sql`SELECT count(*)::int AS total ${from} WHERE ${cond}`,
    query,
  );
}

/** The movement ledger, newest first, optionally of one SKU, warehouse, kind or reference, or matching a search. */
export async function listMovements(
  db: DbOrTx,
  query: LevelFilter & { q?: string; kind?: MovementKind; referenceType?: string; referenceId?: number },
): Promise<{ items: MovementRow[]; total: number }> {
  const where = [...levelWhere(query, 'm'), ...skuSearch(query.q)];
  if (query.kind) where.push(sql`m.kind = ${query.kind}`);
  if (query.referenceType) where.push(sql`m.reference_type = ${query.referenceType}`);
  if (query.referenceId) where.push(sql`m.reference_id = ${query.referenceId}`);
  const cond = sql.join(where, sql` AND `);
  const from = sql`FROM stock_movements m
        JOIN skus s ON s.id = m.sku_id
        JOIN products p ON p.id = s.product_id
        JOIN warehouses w ON w.id = m.warehouse_id
        LEFT JOIN stock_batches b ON b.id = m.batch_id
        LEFT JOIN users u ON u.id = m.actor_id`;
  return pageRows<MovementRow>(
    db,
    (tail) => sql`
      SELECT m.id::int AS id, m.sku_id::int AS "skuId", m.warehouse_id::int AS "warehouseId", m.kind, m.quantity,
             m.reason, m.reference_type AS "referenceType", m.reference_id::int AS "referenceId",
             m.batch_id::int AS "batchId", b.batch_no AS "batchNo", s.code AS "skuCode", p.name AS "productName",
             w.name AS "warehouseName", m.actor_id::int AS "actorId", u.name AS "actorName",
             ${iso('m.created_at')} AS "createdAt", count(*) OVER ()::int AS total
        ${from}
       WHERE ${cond}
       ORDER BY m.id DESC ${tail}`,
    sql`SELECT count(*)::int AS total ${from} WHERE ${cond}`,
    query,
  );
}
