import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { OrderStatus } from '../../db/schema/index.ts';
import { notFound } from '../../lib/errors.ts';
import { pageOf } from '../../lib/pagination.ts';
import { iso, likeEscape, queryRows, textArray } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerScope } from '../customers/customer-scope.ts';
import { allowedActions, type OrderAction } from './order-lifecycle.ts';
import type { OrderSummaryData, OrderViewData } from './orders.schemas.ts';

/** The summary columns of an order `o` joined with its customer `c`. */
export const summaryColumns = sql.raw(`
  o.id::int AS id, o.number, o.customer_id::int AS "customerId", c.name AS "customerName", o.status,
  o.payment_status AS "paymentStatus", o.payment_method AS "paymentMethod", o.total_amount::float8 AS "totalAmount",
  o.paid_amount::float8 AS "paidAmount", o.refunded_amount::float8 AS "refundedAmount",
  greatest(0, (CASE WHEN o.status = 'cancelled' THEN 0 ELSE o.total_amount - o.credited_amount END)
              - (o.paid_amount - o.refunded_amount))::float8 AS "dueAmount",
  (SELECT count(*)::int FROM order_lines l WHERE l.order_id = o.id) AS "lineCount",
  o.placed_by_kind AS "placedByKind", pb.name AS "placedByName",
  o.salesperson_id::int AS "salespersonId", sp.name AS "salespersonName", o.remark,`);

export const timestamps = sql`${iso('o.created_at')} AS "createdAt", ${iso('o.updated_at')} AS "updatedAt",
  ${iso('o.shipped_at')} AS "shippedAt", ${iso('o.completed_at')} AS "completedAt"`;

/** An order `o` with its customer `c`, placer `pb` and salesperson `sp`: what `orderFilter` refers to. */
export const joins = sql.raw(`
  FROM orders o
  JOIN customers c ON c.id = o.customer_id
  LEFT JOIN users pb ON pb.id = o.placed_by_id
  LEFT JOIN users sp ON sp.id = o.salesperson_id`);

export type OrderViewRow = OrderViewData;

/**
 * One order with lines, shipments and timeline, read in ONE statement, if the user may see it
 * (another customer's order, or a customer outside a salesperson's scope, is NOT_FOUND).
 */
export async function getOrder(db: DbOrTx, user: AuthUser, id: number): Promise<OrderViewRow> {
  const [row] = await queryRows<OrderViewRow>(
    db,
    sql`SELECT ${summaryColumns} ${timestamps}, o.address, o.cancel_reason AS "cancelReason",
          (SELECT coalesce(json_agg(json_build_object(
              'id', l.id, 'lineNo', l.line_no, 'skuId', l.sku_id, 'skuCode', l.sku_code, 'productName', l.product_name,
              'skuName', l.sku_name, 'unitId', l.unit_id, 'unitName', l.unit_name, 'unitFactor', l.unit_factor,
              'quantity', l.quantity, 'baseQuantity', l.base_quantity, 'unitPrice', l.unit_price, 'amount', l.amount,
              'priceRule', l.price_rule, 'shippedQuantity', l.shipped_quantity, 'baseUnit', s.unit) ORDER BY l.line_no), '[]')
             FROM order_lines l JOIN skus s ON s.id = l.sku_id WHERE l.order_id = o.id) AS lines,
          (SELECT coalesce(json_agg(json_build_object(
              'id', s.id, 'carrier', s.carrier, 'trackingNumber', s.tracking_number, 'lines', s.lines,
              'createdByName', u.name, 'createdAt', ${iso('s.created_at')}) ORDER BY s.id), '[]')
             FROM shipments s LEFT JOIN users u ON u.id = s.created_by_id WHERE s.order_id = o.id) AS shipments,
          (SELECT coalesce(json_agg(json_build_object(
              'id', e.id, 'kind', e.kind, 'fromStatus', e.from_status, 'toStatus', e.to_status, 'actorName', e.actor_name,
              'actorKind', e.actor_kind, 'note', e.note, 'details', e.details, 'createdAt', ${iso('e.created_at')})
              ORDER BY e.id), '[]')
             FROM order_events e WHERE e.order_id = o.id) AS events
        ${joins}
       WHERE o.id = ${id} AND ${customerScope(user)}`,
  );
  if (!row) throw notFound('Order');
  return { ...row, allowedActions: actionsFor(row.status, user) };
}

/** The actions of the lifecycle table the user may take, plus `edit` during review and `return` once shipped. */
export function actionsFor(status: OrderStatus, user: AuthUser): (OrderAction | 'edit' | 'return')[] {
  const actions: (OrderAction | 'edit' | 'return')[] = allowedActions(status, user);
  const editable =
    user.kind === 'customer'
      ? status === 'pending_review' && user.permissions.includes('orders:create')
      : ['pending_review', 'finance_review', 'warehouse_review'].includes(status) &&
        user.permissions.includes('orders:edit');
  if (editable) actions.push('edit');
  // 退货: shipped goods may come back (requestReturn checks the quantities).
  const returnable = ['partially_shipped', 'shipped', 'completed'].includes(status);
  if (returnable && user.permissions.includes(user.kind === 'customer' ? 'orders:create' : 'orders:edit')) {
    actions.push('return');
  }
  return actions;
}

export interface OrderListQuery {
  page?: number;
  pageSize?: number;
  status?: OrderStatus;
  statuses?: OrderStatus[];
  customerId?: number;
  salespersonId?: number;
  from?: string;
  to?: string;
  minAmount?: number;
  maxAmount?: number;
  q?: string;
}

/** The WHERE of an order list: the caller's scope and every filter given. */
export function orderFilter(user: AuthUser, query: OrderListQuery, withStatus = true): SQL {
  const where: SQL[] = [customerScope(user)];
  if (withStatus && query.status) where.push(sql`o.status = ${query.status}`);
  if (withStatus && query.statuses?.length) where.push(sql`o.status = ANY(${textArray(query.statuses)})`);
  if (query.customerId) where.push(sql`o.customer_id = ${query.customerId}`);
  if (query.salespersonId) where.push(sql`o.salesperson_id = ${query.salespersonId}`);
  if (query.from) where.push(sql`o.created_at >= (${query.from}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
  if (query.to) where.push(sql`o.created_at < (${query.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
  if (query.minAmount !== undefined) where.push(sql`o.total_amount >= ${query.minAmount}`);
  if (query.maxAmount !== undefined) where.push(sql`o.total_amount <= ${query.maxAmount}`);
  const q = query.q?.trim();
  if (q) {
    const like = `%${likeEscape(q.toLowerCase())}%`;
    where.push(sql`(lower(o.number) LIKE ${like} OR lower(c.name) LIKE ${like})`);
  }
  return sql.join(where, sql` AND `);
}

/** Orders in the caller's scope matching the filters, newest first, a page at a time. */
export async function listOrders(db: DbOrTx, user: AuthUser, query: OrderListQuery) {
  const { limit, offset } = pageOf(query);
  const where = orderFilter(user, query);
  const rows = await queryRows<OrderSummaryData & { total: number }>(
    db,
    sql`SELECT ${summaryColumns} ${timestamps}, count(*) OVER ()::int AS total ${joins}
         WHERE ${where} ORDER BY o.id DESC LIMIT ${limit} OFFSET ${offset}`,
  );
  let total = rows[0]?.total ?? 0;
  if (!rows.length && offset > 0) {
    [{ total }] = await queryRows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${joins} WHERE ${where}`);
  }
  return { items: rows.map(({ total: _t, ...item }) => item), total };
}

/** How many orders of each status the caller's scope holds (with the other filters applied). */
export async function statusCounts(db: DbOrTx, user: AuthUser, query: OrderListQuery) {
  const rows = await queryRows<{ status: string; count: number }>(
    db,
    sql`SELECT o.status, count(*)::int AS count ${joins} WHERE ${orderFilter(user, query, false)} GROUP BY o.status`,
  );
  return { counts: Object.fromEntries(rows.map((r) => [r.status, r.count])) };
}
