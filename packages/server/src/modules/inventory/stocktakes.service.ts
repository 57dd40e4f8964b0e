import { type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { StocktakeStatus } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { iso, pgColumns, queryRows } from '../../lib/sql.ts';
import { notifyLowStock } from './low-stock.ts';
import { type PageInput, pageRows } from './paging.ts';
import { applyStockChange, insufficientStock, lockLevels, lockSkus, requireSkus } from './stock-ledger.ts';
import { targetWarehouse } from './warehouses.service.ts';

export interface StocktakeSummary {
  id: number;
  warehouseId: number;
  warehouseName: string;
  status: StocktakeStatus;
  note: string;
  lineCount: number;
  createdByName: string | null;
  createdAt: string;
  postedByName: string | null;
  postedAt: string | null;
}

export interface StocktakeLineRow {
  skuId: number;
  skuCode: string;
  productName: string;
  /** On hand by the book when the line was counted. */
  bookQuantity: number;
  countedQuantity: number;
  /** counted − book */
  difference: number;
  /** On hand now: posting changes on hand by counted − this. */
  onHand: number;
  reserved: number;
  countedAt: string;
}

export type StocktakeDetail = StocktakeSummary & { lines: StocktakeLineRow[] };

/** The one transition table of a stocktake: only transition() changes its status. */
const transitions: Record<StocktakeStatus, StocktakeStatus[]> = {
  open: ['posted', 'cancelled'],
  posted: [],
  cancelled: [],
};

/** Moves a stocktake to `to` if its current status allows it (404 unknown, 409 INVALID_STATE otherwise). */
async function transition(tx: DbOrTx, id: number, to: StocktakeStatus, set: SQL = sql``) {
  const from = (Object.keys(transitions) as StocktakeStatus[]).filter((s) => transitions[s].includes(to));
  const [row] = await queryRows<{ warehouseId: number; note: string }>(
    tx,
    sql`UPDATE stocktakes SET status = ${to} ${set}
         WHERE id = ${id} AND status IN (${sql.join(
           from.map((s) => sql`${s}`),
           sql`, `,
         )})
        RETURNING warehouse_id::int AS "warehouseId", note`,
  );
  if (!row) await refuseState(tx, id, to);
  return row;
}

const statusName: Record<StocktakeStatus, string> = { open: '盘点中', posted: '已过账', cancelled: '已取消' };
const actionName: Record<string, string> = { posted: '过账', cancelled: '取消', counted: '录入盘点数' };

async function refuseState(tx: DbOrTx, id: number, action: string): Promise<never> {
  const [now] = await queryRows<{ status: StocktakeStatus }>(tx, sql`SELECT status FROM stocktakes WHERE id = ${id}`);
  if (!now) throw notFound('Stocktake');
  throw new AppError(
    'INVALID_STATE',
    `${statusName[now.status]}的盘点不能${actionName[action] ?? action} / a ${now.status} stocktake cannot be ${action}`,
    { status: now.status },
  );
}

const selectSummaries = (where: SQL, tail: SQL = sql``) => sql`
  SELECT st.id::int AS id, st.warehouse_id::int AS "warehouseId", w.name AS "warehouseName", st.status, st.note,
         (SELECT count(*)::int FROM stocktake_lines l WHERE l.stocktake_id = st.id) AS "lineCount",
         cu.name AS "createdByName", ${iso('st.created_at')} AS "createdAt",
         pu.name AS "postedByName", ${iso('st.posted_at')} AS "postedAt", count(*) OVER ()::int AS total
    FROM stocktakes st
    JOIN warehouses w ON w.id = st.warehouse_id
    LEFT JOIN users cu ON cu.id = st.created_by_id
    LEFT JOIN users pu ON pu.id = st.posted_by_id
   WHERE ${where}
   ORDER BY st.id DESC ${tail}`;

/** Stocktakes, newest first, optionally of one status or warehouse. */
export async function listStocktakes(
  db: DbOrTx,
  query: PageInput & { status?: StocktakeStatus; warehouseId?: number },
): Promise<{ items: StocktakeSummary[]; total: number }> {
  const where: SQL[] = [sql`true`];
  if (query.status) where.push(sql`st.status = ${query.status}`);
  if (query.warehouseId) where.push(sql`st.warehouse_id = ${query.warehouseId}`);
  const cond = sql.join(where, sql` AND `);
  return pageRows<StocktakeSummary>(
    db,
    (tail) => selectSummaries(cond, tail),
    sql`SELECT count(*)::int AS total FROM stocktakes st WHERE ${cond}`,
    query,
  );
}

/** A stocktake with its lines: book, counted, difference and the current on hand. */
export async function getStocktake(db: DbOrTx, id: number): Promise<StocktakeDetail> {
  const [summary] = await queryRows<StocktakeSummary & { total: number }>(db, selectSummaries(sql`st.id = ${id}`));
  if (!summary) throw notFound('Stocktake');
  const { total: _t, ...view } = summary;
  const lines = await queryRows<StocktakeLineRow>(
    db,
    sql`SELECT l.sku_id::int AS "skuId", s.code AS "skuCode", p.name AS "productName", l.book_quantity AS "bookQuantity",
               l.counted_quantity AS "countedQuantity", l.counted_quantity - l.book_quantity AS difference,
               coalesce(sl.on_hand, 0) AS "onHand", coalesce(sl.reserved, 0) AS reserved,
               ${iso('l.counted_at')} AS "countedAt"
          FROM stocktake_lines l
          JOIN skus s ON s.id = l.sku_id
          JOIN products p ON p.id = s.product_id
          LEFT JOIN stock_levels sl ON sl.sku_id = l.sku_id AND sl.warehouse_id = ${view.warehouseId}
         WHERE l.stocktake_id = ${id}
         ORDER BY s.code`,
  );
  return { ...view, lines };
}

/** Opens a stocktake (盘点) of an active warehouse. Audited as stocktake.created. */
export async function createStocktake(
  db: Db,
  actor: AuditActor,
  input: { warehouseId: number; note?: string },
): Promise<StocktakeDetail> {
  const id = await db.transaction(async (tx) => {
    const warehouseId = await targetWarehouse(tx, input.warehouseId, '/body/warehouseId');
    const note = input.note?.trim() ?? '';
    const [row] = await queryRows<{ id: number }>(
      tx,
      sql`INSERT INTO stocktakes (warehouse_id, note, created_by_id) VALUES (${warehouseId}, ${note}, ${actor.id})
          RETURNING id::int AS id`,
    );
    await audit(tx, actor, {
      action: 'stocktake.created',
      targetType: 'stocktake',
      targetId: row.id,
      details: { warehouseId, note },
    });
    return row.id;
  });
  return getStocktake(db, id);
}

/**
 * Records counted quantities of an open stocktake (409 INVALID_STATE otherwise), each with the book
 * on hand at count time; counting a SKU again replaces its count. Audited as stocktake.counted.
 */
export async function recordCounts(
  db: Db,
  actor: AuditActor,
  id: number,
  input: { lines: { skuId: number; countedQuantity: number }[] },
): Promise<StocktakeDetail> {
  await db.transaction(async (tx) => {
    const [open] = await queryRows<{ warehouseId: number }>(
      tx,
      sql`SELECT warehouse_id::int AS "warehouseId" FROM stocktakes WHERE id = ${id} AND status = 'open' FOR UPDATE`,
    );
    if (!open) await refuseState(tx, id, 'counted');
    await requireSkus(
      tx,
      input.lines.map((line, i) => ({ skuId: line.skuId, path: `/body/lines/${i}/skuId` })),
    );
    // The last count of a SKU named twice wins.
    const counts = [...new Map(input.lines.map((l) => [l.skuId, l])).values()];
    const cols = pgColumns(counts, {
      skuId: ['bigint', (l) => l.skuId],
      counted: ['int', (l) => l.countedQuantity],
    });
    await tx.execute(
      sql`INSERT INTO stocktake_lines AS l (stocktake_id, sku_id, book_quantity, counted_quantity)
          SELECT ${id}, c.sku_id, coalesce(sl.on_hand, 0), c.counted
            FROM unnest(${cols.skuId}, ${cols.counted}) AS c(sku_id, counted)
            LEFT JOIN stock_levels sl ON sl.sku_id = c.sku_id AND sl.warehouse_id = ${open.warehouseId}
          ON CONFLICT (stocktake_id, sku_id) DO UPDATE
             SET book_quantity = EXCLUDED.book_quantity, counted_quantity = EXCLUDED.counted_quantity, counted_at = now()`,
    );
    await audit(tx, actor, {
      action: 'stocktake.counted',
      targetType: 'stocktake',
      targetId: id,
      details: { lines: counts },
    });
  });
  return getStocktake(db, id);
}

/**
 * Posts an open stocktake: per line, one `stocktake` movement of counted − CURRENT on hand (none
 * when they agree), referencing ('stocktake', id), all in one transaction. A count below what
 * orders hold (reserved) is refused with 409 INSUFFICIENT_STOCK (details.lines: each such line)
 * and nothing changes. A gain of a batch SKU goes into batch `PD-<id>` (no expiry); a loss comes
 * out first-expiry-first-out. Audited as stocktake.posted.
 */
export async function postStocktake(db: Db, actor: AuditActor, id: number): Promise<StocktakeDetail> {
  await db.transaction(async (tx) => {
    const st = await transition(tx, id, 'posted', sql`, posted_by_id = ${actor.id}, posted_at = now()`);
    // Lock the SKUs and levels first, so the differences are taken against on hand as it is posted.
    const counted = await queryRows<{ skuId: number }>(
      tx,
      sql`SELECT sku_id::int AS "skuId" FROM stocktake_lines WHERE stocktake_id = ${id}`,
    );
    const skus = await lockSkus(
      tx,
      counted.map((l) => l.skuId),
    );
    await lockLevels(
      tx,
      counted.map((l) => ({ skuId: l.skuId, warehouseId: st.warehouseId })),
    );
    const { lines } = await getStocktake(tx, id);
    const short = lines.filter((l) => l.countedQuantity < l.reserved);
    if (short.length) {
      const first = short[0];
      throw insufficientStock({
        skuId: first.skuId,
        warehouseId: st.warehouseId,
        onHand: first.onHand,
        reserved: first.reserved,
        lines: short.map((l) => ({
          skuId: l.skuId,
          skuCode: l.skuCode,
          countedQuantity: l.countedQuantity,
          reserved: l.reserved,
        })),
      });
    }
    const changes = lines
      .map((l) => ({ skuId: l.skuId, warehouseId: st.warehouseId, delta: l.countedQuantity - l.onHand }))
      .filter((c) => c.delta !== 0);
    for (const change of changes) {
      await applyStockChange(tx, actor.id, {
        sku: skus.get(change.skuId)!,
        warehouseId: st.warehouseId,
        quantity: change.delta,
        kind: 'stocktake',
        reason: st.note,
        referenceType: 'stocktake',
        referenceId: id,
        ...(change.delta > 0 ? { batch: { batchNo: `PD-${id}`, expiresOn: null } } : {}),
      });
    }
    await notifyLowStock(tx, changes);
    await audit(tx, actor, {
      action: 'stocktake.posted',
      targetType: 'stocktake',
      targetId: id,
      details: {
        warehouseId: st.warehouseId,
        differences: changes.map((c) => ({ skuId: c.skuId, quantity: c.delta })),
      },
    });
  });
  return getStocktake(db, id);
}

/** Cancels an open stocktake; nothing is posted. Audited as stocktake.cancelled. */
export async function cancelStocktake(db: Db, actor: AuditActor, id: number): Promise<StocktakeDetail> {
  await db.transaction(async (tx) => {
    await transition(tx, id, 'cancelled');
    await audit(tx, actor, { action: 'stocktake.cancelled', targetType: 'stocktake', targetId: id });
  });
  return getStocktake(db, id);
}
