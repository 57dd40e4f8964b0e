import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { AppError, conflict, type FieldError, validationFailed } from '../../lib/errors.ts';
import { iso, pgColumns, queryRows } from '../../lib/sql.ts';
import { type PageInput, pageRows } from './paging.ts';

// Batches (批次) of SKUs with `track_batches`: the batches of a level add up to its on hand, and
// every movement of such a SKU names its batch. They change only while the caller holds the
// level's row lock (the level is updated first), so two commands never race on the same batches.

export interface BatchPiece {
  batchId: number;
  batchNo: string;
  expiresOn: string | null;
  quantity: number;
}

/**
 * Adds `quantity` to a batch of the level, creating it on first receipt. A batch keeps the expiry
 * it was first given; receiving the same batch number with another expiry throws CONFLICT
 * (details.expiresOn = the batch's), which commands turn into a field error.
 */
export async function receiveIntoBatch(
  tx: DbOrTx,
  input: { skuId: number; warehouseId: number; batchNo: string; expiresOn: string | null; quantity: number },
): Promise<BatchPiece> {
  const { skuId, warehouseId, batchNo, expiresOn, quantity } = input;
  const [row] = await queryRows<{ batchId: number; expiresOn: string | null }>(
    tx,
    sql`INSERT INTO stock_batches AS b (sku_id, warehouse_id, batch_no, expires_on, on_hand)
        VALUES (${skuId}, ${warehouseId}, ${batchNo}, ${expiresOn}::date, ${quantity})
        ON CONFLICT (sku_id, warehouse_id, batch_no) DO UPDATE
           SET on_hand = b.on_hand + EXCLUDED.on_hand, expires_on = coalesce(b.expires_on, EXCLUDED.expires_on)
         WHERE EXCLUDED.expires_on IS NULL OR b.expires_on IS NULL OR b.expires_on = EXCLUDED.expires_on
        RETURNING b.id::int AS "batchId", b.expires_on::text AS "expiresOn"`,
  );
  if (!row) {
    const [existing] = await queryRows<{ expiresOn: string }>(
      tx,
      sql`SELECT expires_on::text AS "expiresOn" FROM stock_batches
           WHERE sku_id = ${skuId} AND warehouse_id = ${warehouseId} AND batch_no = ${batchNo}`,
    );
    throw conflict(
      `批次 ${batchNo} 的有效期是 ${existing.expiresOn} / batch ${batchNo} expires on ${existing.expiresOn}`,
      { batchNo, expiresOn: existing.expiresOn },
    );
  }
  return { batchId: row.batchId, batchNo, expiresOn: row.expiresOn, quantity };
}

/**
 * Takes `quantity` out of the batches of a level, first-expiry-first-out (no expiry last, then
 * oldest receipt), or out of the one batch named; returns what it took from each batch. Throws
 * INSUFFICIENT_STOCK (details: skuId, warehouseId, batchNo?, batchOnHand) when the batches hold
 * less. It changes batches only: the caller changes the level and writes one movement per piece
 * (applyStockChange in stock-ledger.ts does both; a shipment must do the same).
 */
export async function takeFromBatches(
  tx: DbOrTx,
  input: { skuId: number; warehouseId: number; quantity: number; batchNo?: string },
): Promise<BatchPiece[]> {
  const { skuId, warehouseId, batchNo } = input;
  const batches = await queryRows<Omit<BatchPiece, 'quantity'> & { onHand: number }>(
    tx,
    sql`SELECT id::int AS "batchId", batch_no AS "batchNo", expires_on::text AS "expiresOn", on_hand AS "onHand"
          FROM stock_batches
         WHERE sku_id = ${skuId} AND warehouse_id = ${warehouseId} AND on_hand > 0
           ${batchNo === undefined ? sql`` : sql`AND batch_no = ${batchNo}`}
         ORDER BY expires_on NULLS LAST, received_at, id
         FOR UPDATE`,
  );
  const pieces: BatchPiece[] = [];
  let left = input.quantity;
  for (const { onHand, ...batch } of batches) {
    if (left === 0) break;
    const quantity = Math.min(left, onHand);
    pieces.push({ ...batch, quantity });
    left -= quantity;
  }
  if (left > 0) {
    throw new AppError('INSUFFICIENT_STOCK', '批次库存不足 / the batches hold less than this change takes', {
      skuId,
      warehouseId,
      ...(batchNo === undefined ? {} : { batchNo }),
      batchOnHand: input.quantity - left,
    });
  }
  const cols = pgColumns(pieces, { id: ['bigint', (p) => p.batchId], quantity: ['int', (p) => p.quantity] });
  await tx.execute(
    sql`UPDATE stock_batches b SET on_hand = b.on_hand - t.quantity
          FROM unnest(${cols.id}, ${cols.quantity}) AS t(id, quantity) WHERE b.id = t.id`,
  );
  return pieces;
}

export interface BatchRow {
  id: number;
  skuId: number;
  warehouseId: number;
  batchNo: string;
  expiresOn: string | null;
  onHand: number;
  receivedAt: string;
  skuCode: string;
  productName: string;
  warehouseName: string;
}

/** Batches, nearest expiry first (no expiry last); empty ones only when asked for. */
export async function listBatches(
  db: DbOrTx,
  query: PageInput & { skuId?: number; warehouseId?: number; includeEmpty?: boolean },
): Promise<{ items: BatchRow[]; total: number }> {
  const where: SQL[] = [sql`true`];
  if (query.skuId) where.push(sql`b.sku_id = ${query.skuId}`);
  if (query.warehouseId) where.push(sql`b.warehouse_id = ${query.warehouseId}`);
  if (!query.includeEmpty) where.push(sql`b.on_hand > 0`);
  const cond = sql.join(where, sql` AND `);
  return pageRows<BatchRow>(
    db,
    (tail) => sql`
      SELECT b.id::int AS id, b.sku_id::int AS "skuId", b.warehouse_id::int AS "warehouseId", b.batch_no AS "batchNo",
             b.expires_on::text AS "expiresOn", b.on_hand AS "onHand", ${iso('b.received_at')} AS "receivedAt",
             s.code AS "skuCode", p.name AS "productName", w.name AS "warehouseName", count(*) OVER ()::int AS total
        FROM stock_batches b
        JOIN skus s ON s.id = b.sku_id
        JOIN products p ON p.id = s.product_id
        JOIN warehouses w ON w.id = b.warehouse_id
       WHERE ${cond}
       ORDER BY b.expires_on NULLS LAST, b.received_at, b.id ${tail}`,
    sql`SELECT count(*)::int AS total FROM stock_batches b WHERE ${cond}`,
    query,
  );
}

const isCalendarDate = (text: string) => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

/**
 * Field errors of an incoming line's batch fields: a batch SKU needs a batch number, a SKU without
 * batches takes none, and an expiry must be a real date. `base` is the line's path, e.g. /body/lines/0.
 */
export function batchFieldErrors(
  sku: { code: string; trackBatches: boolean },
  line: { batchNo?: string; expiresOn?: string },
  base: string,
  incoming: boolean,
): FieldError[] {
  const errors: FieldError[] = [];
  const batchNo = line.batchNo?.trim();
  if (sku.trackBatches && incoming && !batchNo) {
    errors.push({
      path: `${base}/batchNo`,
      message: `SKU ${sku.code} 按批次管理，请填写批次号 / SKU ${sku.code} is kept in batches: name the batch`,
    });
  }
  if (!sku.trackBatches && (line.batchNo !== undefined || line.expiresOn !== undefined)) {
    errors.push({
      path: `${base}/batchNo`,
      message: `SKU ${sku.code} 不按批次管理 / SKU ${sku.code} is not kept in batches`,
    });
  }
  if (line.expiresOn !== undefined && !isCalendarDate(line.expiresOn)) {
    errors.push({ path: `${base}/expiresOn`, message: '日期格式应为 YYYY-MM-DD / must be a date (YYYY-MM-DD)' });
  }
  return errors;
}

/** Runs a batch receipt, turning receiveIntoBatch's expiry conflict into a field error on `path`. */
export async function withExpiryField<T>(path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT' && error.details?.batchNo !== undefined) {
      throw validationFailed([{ path, message: error.message }]);
    }
    throw error;
  }
}
