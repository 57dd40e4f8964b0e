import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { ReconciliationResult } from '../../db/schema/index.ts';
import { notFound } from '../../lib/errors.ts';
import { pageOf } from '../../lib/pagination.ts';
import { iso, queryRows } from '../../lib/sql.ts';
import type { ItemView, RunView } from './reconciliation.schemas.ts';

/** Reading runs and their items (docs/reconciliation.md). */

/** Items whose pending offline transfer a confirm would settle: the payment's state is read live. */
export const confirmableItem = sql.raw(
  `i.result = 'matched' AND NOT i.confirmed AND i.matched_by IS DISTINCT FROM 'refund_no'
   AND p.status = 'pending' AND p.method = 'offline'`,
);

const runSelect = (where: SQL, tail: SQL = sql``) => sql`
  SELECT r.id::int AS id, r.kind, r.source_id::int AS "sourceId", r.source_name AS "sourceName",
         r.file_name AS "fileName", r.mapping, r.period_from::text AS "periodFrom", r.period_to::text AS "periodTo",
         r.summary, u.name AS "createdByName", ${iso('r.created_at')} AS "createdAt",
         (SELECT count(*)::int FROM reconciliation_items i JOIN payments p ON p.id = i.payment_id
           WHERE i.run_id = r.id AND ${confirmableItem}) AS confirmable,
         (SELECT count(*)::int FROM reconciliation_items i WHERE i.run_id = r.id AND i.confirmed) AS confirmed,
         count(*) OVER ()::int AS total
    FROM reconciliation_runs r
    LEFT JOIN users u ON u.id = r.created_by_id
   WHERE ${where} ${tail}`;

/** Runs newest first. */
export async function listRuns(db: DbOrTx, query: { page?: number; pageSize?: number }) {
  const { limit, offset } = pageOf(query);
  const rows = await queryRows<RunView & { total: number }>(
    db,
    runSelect(sql`true`, sql`ORDER BY r.id DESC LIMIT ${limit} OFFSET ${offset}`),
  );
  return { items: rows.map(({ total: _t, ...run }) => run), total: rows[0]?.total ?? 0 };
}

export async function readRun(db: DbOrTx, id: number): Promise<RunView> {
  const [row] = await queryRows<RunView & { total: number }>(db, runSelect(sql`r.id = ${id}`));
  if (!row) throw notFound('Reconciliation run');
  const { total: _t, ...run } = row;
  return run;
}

/** When a payment happened: paid, or (still pending) recorded; the same rule as match.ts `paymentTime`. */
const paymentTimeSql = `CASE WHEN p.status = 'pending' THEN p.created_at ELSE coalesce(p.paid_at, p.created_at) END`;

/**
 * A run with its items of one result (all when none), in file order then the system's, a page at a
 * time; each item with its payment's number, state and customer, and for a refund line the refund.
 */
export async function getRun(
  db: DbOrTx,
  id: number,
  query: { result?: ReconciliationResult; page?: number; pageSize?: number },
): Promise<RunView & { items: ItemView[]; itemsTotal: number }> {
  const run = await readRun(db, id);
  const { limit, offset } = pageOf(query);
  const where = [sql`i.run_id = ${id}`];
  if (query.result) where.push(sql`i.result = ${query.result}`);
  const rows = await queryRows<ItemView & { total: number }>(
    db,
    sql`SELECT i.id::int AS id, i.result, i.line_no AS "lineNo", i.txn_no AS "txnNo", i.amount::float8 AS amount,
               ${iso('i.occurred_at')} AS "occurredAt", i.payer, i.memo, i.matched_by AS "matchedBy", i.confirmed,
               i.payment_id::int AS "paymentId", p.number AS "paymentNumber",
               (CASE WHEN i.matched_by = 'refund_no' THEN -rf.amount ELSE p.amount END)::float8 AS "paymentAmount",
               p.status AS "paymentStatus", p.method AS "paymentMethod", ${iso(paymentTimeSql)} AS "paymentTime",
               p.payer_name AS "paymentPayerName", p.provider_trade_no AS "providerTradeNo", rf.number AS "refundNumber",
               p.customer_id::int AS "customerId", c.name AS "customerName", count(*) OVER ()::int AS total
          FROM reconciliation_items i
          LEFT JOIN payments p ON p.id = i.payment_id
          LEFT JOIN customers c ON c.id = p.customer_id
          LEFT JOIN LATERAL (
                SELECT r.number, r.amount FROM refunds r
                 WHERE i.matched_by = 'refund_no' AND r.payment_id = i.payment_id
                   AND r.number = i.txn_no) rf ON true
         WHERE ${sql.join(where, sql` AND `)}
         ORDER BY i.line_no IS NULL, i.line_no, ${sql.raw(paymentTimeSql)}, i.id
         LIMIT ${limit} OFFSET ${offset}`,
  );
  return { ...run, items: rows.map(({ total: _t, ...item }) => item), itemsTotal: rows[0]?.total ?? 0 };
}
