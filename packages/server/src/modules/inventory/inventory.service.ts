import { type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { MovementKind, WarehouseStatus } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError, conflict, validationFailed } from '../../lib/errors.ts';
import { pageOf } from '../../lib/pagination.ts';
import { bigintArray, iso, queryRows } from '../../lib/sql.ts';

/** The largest on hand a level can hold (the column is a PostgreSQL integer). */
const MAX_ON_HAND = 2_147_483_647;

export interface WarehouseRow {
  id: number;
  code: string;
  name: string;
  address: string;
  isDefault: boolean;
  status: WarehouseStatus;
  createdAt: string;
}

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
  actorId: number | null;
  actorName: string | null;
  createdAt: string;
}

interface PageInput {
  page?: number;
  pageSize?: number;
}

/** One page of rows selected with `count(*) OVER () AS total`, and the total. */
async function pageRows<T>(db: DbOrTx, select: (tail: SQL) => SQL, countQuery: SQL, query: PageInput) {
  const { limit, offset } = pageOf(query);
  const rows = await queryRows<T & { total: number }>(db, select(sql`LIMIT ${limit} OFFSET ${offset}`));
  let total = rows[0]?.total ?? 0;
  if (!rows.length && offset > 0) [{ total }] = await queryRows<{ total: number }>(db, countQuery);
  return { items: rows.map(({ total: _t, ...item }) => item as T), total };
}

// ---- warehouses -------------------------------------------------------------------------------

const selectWarehouses = (where: SQL, tail: SQL = sql``) => sql`
  SELECT id::int AS id, code, name, address, is_default AS "isDefault", status, ${iso('created_at')} AS "createdAt",
         count(*) OVER ()::int AS total
    FROM warehouses WHERE ${where}
   ORDER BY is_default DESC, code, id ${tail}`;

/** All warehouses, the default first. */
export async function listWarehouses(db: DbOrTx, query: PageInput): Promise<{ items: WarehouseRow[]; total: number }> {
  return pageRows<WarehouseRow>(
    db,
    (tail) => selectWarehouses(sql`true`, tail),
    sql`SELECT count(*)::int AS total FROM warehouses`,
    query,
  );
}

/** Creates a warehouse; codes are unique (400 on `/body/code` otherwise). Audited as warehouse.created. */
export async function createWarehouse(
  db: Db,
  actor: AuditActor,
  input: { code: string; name: string; address?: string },
): Promise<WarehouseRow> {
  const code = input.code.trim();
  const name = input.name.trim();
  const fields = [];
  if (!code) fields.push({ path: '/body/code', message: 'must not be blank' });
  if (!name) fields.push({ path: '/body/name', message: 'must not be blank' });
  if (fields.length) throw validationFailed(fields);
  const id = await db.transaction(async (tx) => {
    const [row] = await queryRows<{ id: number }>(
      tx,
      sql`INSERT INTO warehouses (code, name, address) VALUES (${code}, ${name}, ${input.address?.trim() ?? ''})
          ON CONFLICT (code) DO NOTHING RETURNING id::int AS id`,
    );
    if (!row) throw validationFailed([{ path: '/body/code', message: `warehouse code ${code} already exists` }]);
    await audit(tx, actor, {
      action: 'warehouse.created',
      targetType: 'warehouse',
      targetId: row.id,
      details: { code, name },
    });
    return row.id;
  });
  const [warehouse] = await queryRows<WarehouseRow>(db, selectWarehouses(sql`id = ${id}`));
  const { total: _t, ...view } = warehouse as WarehouseRow & { total: number };
  return view;
}

/** The warehouse a change goes to: the one named (400 on `path` if unknown or disabled) or the default. */
async function targetWarehouse(tx: DbOrTx, warehouseId: number | undefined, path: string): Promise<number> {
  if (warehouseId === undefined) {
    const [row] = await queryRows<{ id: number }>(
      tx,
      sql`SELECT id::int AS id FROM warehouses WHERE is_default AND status = 'active'`,
    );
    if (!row) throw conflict('There is no active default warehouse; name a warehouse');
    return row.id;
  }
  const [row] = await queryRows<{ status: WarehouseStatus }>(
    tx,
    sql`SELECT status FROM warehouses WHERE id = ${warehouseId}`,
  );
  if (!row) throw validationFailed([{ path, message: `warehouse ${warehouseId} does not exist` }]);
  if (row.status !== 'active') throw validationFailed([{ path, message: `warehouse ${warehouseId} is disabled` }]);
  return warehouseId;
}

// ---- adjustments ------------------------------------------------------------------------------

/**
 * Changes on hand of a SKU in a warehouse (the default one when none is named) by a signed
 * quantity, with ONE conditional statement, and appends the movement in the same transaction.
 *
 * - quantity > 0: `INSERT … ON CONFLICT DO UPDATE SET on_hand = on_hand + q WHERE …` (creates the level);
 * - quantity < 0: `UPDATE … SET on_hand = on_hand + q WHERE on_hand + q >= reserved` (a missing level
 *   has nothing to take). A negative proposed row could not be the INSERT's, as it breaks the CHECK.
 *
 * No row back means the change would take on hand below reserved (or zero): 409
 * INSUFFICIENT_STOCK and nothing changes. Audited as inventory.adjusted.
 */
export async function adjustStock(
  db: Db,
  actor: AuditActor,
  input: { skuId: number; warehouseId?: number; quantity: number; reason: string; kind?: MovementKind },
): Promise<AdjustmentResult> {
  const { skuId, quantity } = input;
  const kind = input.kind ?? 'adjustment';
  if (!Number.isSafeInteger(quantity) || quantity === 0 || Math.abs(quantity) > MAX_ON_HAND) {
    throw validationFailed([{ path: '/body/quantity', message: 'must be a non-zero integer' }]);
  }
  return db.transaction(async (tx) => {
    const [sku] = await queryRows<{ id: number }>(tx, sql`SELECT id::int AS id FROM skus WHERE id = ${skuId}`);
    if (!sku) throw validationFailed([{ path: '/body/skuId', message: `SKU ${skuId} does not exist` }]);
    const warehouseId = await targetWarehouse(tx, input.warehouseId, '/body/warehouseId');

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
      const [now] = await queryRows<{ onHand: number; reserved: number }>(
        tx,
        sql`SELECT on_hand AS "onHand", reserved FROM stock_levels WHERE sku_id = ${skuId} AND warehouse_id = ${warehouseId}`,
      );
      const onHand = now?.onHand ?? 0;
      const reserved = now?.reserved ?? 0;
      if (quantity > 0) throw conflict(`On hand cannot exceed ${MAX_ON_HAND}`, { skuId, warehouseId, onHand });
      throw new AppError('INSUFFICIENT_STOCK', 'Not enough stock for this change', {
        skuId,
        warehouseId,
        onHand,
        reserved,
        available: onHand - reserved,
      });
    }

    const [movement] = await queryRows<{ id: number }>(
      tx,
      sql`INSERT INTO stock_movements (sku_id, warehouse_id, kind, quantity, reason, actor_id)
          VALUES (${skuId}, ${warehouseId}, ${kind}, ${quantity}, ${input.reason}, ${actor.id})
          RETURNING id::int AS id`,
    );
    await audit(tx, actor, {
      action: 'inventory.adjusted',
      targetType: 'sku',
      targetId: skuId,
      details: { movementId: movement.id, warehouseId, kind, quantity, reason: input.reason, onHand: level.onHand },
    });
    return {
      id: movement.id,
      skuId,
      warehouseId,
      quantity,
      onHand: level.onHand,
      reserved: level.reserved,
      available: level.onHand - level.reserved,
    };
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
  return sql.join(where, sql` AND `);
};

/** Stock levels per SKU and warehouse, optionally of one SKU or one warehouse, a page at a time. */
export async function listLevels(db: DbOrTx, query: LevelFilter): Promise<{ items: StockLevelRow[]; total: number }> {
  const cond = levelWhere(query, 'sl');
  return pageRows<StockLevelRow>(
    db,
    (tail) => sql`
      SELECT sl.sku_id::int AS "skuId", sl.warehouse_id::int AS "warehouseId", sl.on_hand AS "onHand",
             sl.reserved, sl.on_hand - sl.reserved AS available, s.code AS "skuCode", p.name AS "productName",
             w.name AS "warehouseName", sl.low_stock_threshold AS "lowStockThreshold", count(*) OVER ()::int AS total
        FROM stock_levels sl
        JOIN skus s ON s.id = sl.sku_id
        JOIN products p ON p.id = s.product_id
        JOIN warehouses w ON w.id = sl.warehouse_id
       WHERE ${cond}
       ORDER BY s.code, w.is_default DESC, w.code ${tail}`,
    sql`SELECT count(*)::int AS total FROM stock_levels sl WHERE ${cond}`,
    query,
  );
}

/** The movement ledger, newest first, optionally of one SKU or one warehouse. */
export async function listMovements(db: DbOrTx, query: LevelFilter): Promise<{ items: MovementRow[]; total: number }> {
  const cond = levelWhere(query, 'm');
  return pageRows<MovementRow>(
    db,
    (tail) => sql`
      SELECT m.id::int AS id, m.sku_id::int AS "skuId", m.warehouse_id::int AS "warehouseId", m.kind, m.quantity,
             m.reason, m.reference_type AS "referenceType", m.reference_id::int AS "referenceId",
             m.actor_id::int AS "actorId", u.name AS "actorName", ${iso('m.created_at')} AS "createdAt",
             count(*) OVER ()::int AS total
        FROM stock_movements m
        LEFT JOIN users u ON u.id = m.actor_id
       WHERE ${cond}
       ORDER BY m.id DESC ${tail}`,
    sql`SELECT count(*)::int AS total FROM stock_movements m WHERE ${cond}`,
    query,
  );
}
