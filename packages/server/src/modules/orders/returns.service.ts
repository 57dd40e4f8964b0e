import { type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { ReturnStatus } from '../../db/schema/index.ts';
import { audit } from '../../lib/audit.ts';
import { AppError, type FieldError, forbidden, notFound, validationFailed } from '../../lib/errors.ts';
import { emit } from '../../lib/outbox.ts';
import { pageOf } from '../../lib/pagination.ts';
import { iso, queryRows } from '../../lib/sql.ts';
import type { Permission } from '../auth/permissions.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerScope } from '../customers/customer-scope.ts';
import { restock } from '../inventory/reservations.ts';
import { targetWarehouse } from '../inventory/warehouses.service.ts';
import { creditOrder } from '../payments/order-money.ts';
import { refundOrderExcess } from '../payments/refunds.service.ts';
import { recordEvent } from './order-transition.ts';

/**
 * Returns (退货): requested → approved → received, or rejected / cancelled. Only shipped goods can
 * come back, never more of a line than was shipped less what other open or received returns take.
 * Receiving puts the goods back on hand with `return` movements; the refund amount is recorded here
 * and paid back to the original method by the money module.
 */

type ReturnAction = 'approve' | 'reject' | 'receive' | 'cancel';

/** The return transition table: from, to, and who may (staff permission; whether the buyer may). */
const returnTransitions: Record<
  ReturnAction,
  { from: ReturnStatus; to: ReturnStatus; staff: Permission; buyer: boolean }
> = {
  approve: { from: 'requested', to: 'approved', staff: 'orders:approve', buyer: false },
  reject: { from: 'requested', to: 'rejected', staff: 'orders:approve', buyer: false },
  receive: { from: 'approved', to: 'received', staff: 'orders:ship', buyer: false },
  cancel: { from: 'requested', to: 'cancelled', staff: 'orders:edit', buyer: true },
};

export interface ReturnView {
  id: number;
  orderId: number;
  orderNumber: string;
  customerId: number;
  customerName: string;
  status: ReturnStatus;
  lines: {
    lineId: number;
    skuId: number;
    skuCode: string;
    productName: string;
    unitName: string;
    unitFactor: number;
    baseUnit: string;
    quantity: number;
    amount: number;
  }[];
  reason: string;
  refundAmount: number;
  warehouseId: number | null;
  note: string;
  requestedByName: string | null;
  decidedByName: string | null;
  createdAt: string;
  decidedAt: string | null;
  receivedAt: string | null;
  allowedActions: ReturnAction[];
}

const returnSelect = (where: SQL, tail: SQL = sql``) => sql`
  SELECT r.id::int AS id, r.order_id::int AS "orderId", o.number AS "orderNumber", o.customer_id::int AS "customerId",
         c.name AS "customerName", r.status, r.reason, r.refund_amount::float8 AS "refundAmount",
         r.warehouse_id::int AS "warehouseId", r.note, rq.name AS "requestedByName", dc.name AS "decidedByName",
         ${iso('r.created_at')} AS "createdAt", ${iso('r.decided_at')} AS "decidedAt", ${iso('r.received_at')} AS "receivedAt",
         (SELECT coalesce(json_agg(json_build_object('lineId', l.id, 'skuId', l.sku_id, 'skuCode', l.sku_code,
                   'productName', l.product_name, 'unitName', l.unit_name, 'unitFactor', l.unit_factor,
                   'baseUnit', (SELECT s.unit FROM skus s WHERE s.id = l.sku_id), 'quantity', (x->>'quantity')::int,
                   'amount', (x->>'amount')::bigint) ORDER BY l.line_no), '[]')
            FROM jsonb_array_elements(r.lines) x JOIN order_lines l ON l.id = (x->>'lineId')::bigint) AS lines,
         count(*) OVER ()::int AS total
    FROM order_returns r
    JOIN orders o ON o.id = r.order_id
    JOIN customers c ON c.id = o.customer_id
    LEFT JOIN users rq ON rq.id = r.requested_by_id
    LEFT JOIN users dc ON dc.id = r.decided_by_id
   WHERE ${where} ${tail}`;

const actionsOf = (status: ReturnStatus, user: AuthUser): ReturnAction[] =>
  (Object.keys(returnTransitions) as ReturnAction[]).filter((a) => {
    const t = returnTransitions[a];
    return t.from === status && (user.kind === 'customer' ? t.buyer : user.permissions.includes(t.staff));
  });

async function readReturn(db: DbOrTx, user: AuthUser, id: number): Promise<ReturnView> {
  const [row] = await queryRows<ReturnView & { total: number }>(
    db,
    returnSelect(sql`r.id = ${id} AND ${customerScope(user)}`),
  );
  if (!row) throw notFound('Return');
  const { total: _t, ...view } = row;
  return { ...view, allowedActions: actionsOf(view.status, user) };
}

export async function getReturn(db: DbOrTx, user: AuthUser, id: number): Promise<ReturnView> {
  return readReturn(db, user, id);
}

/** Returns in the caller's scope, newest first, optionally of one status or order. */
export async function listReturns(
  db: DbOrTx,
  user: AuthUser,
  query: { status?: ReturnStatus; orderId?: number; page?: number; pageSize?: number },
) {
  const { limit, offset } = pageOf(query);
  const where = [customerScope(user)];
  if (query.status) where.push(sql`r.status = ${query.status}`);
  if (query.orderId) where.push(sql`r.order_id = ${query.orderId}`);
  const rows = await queryRows<ReturnView & { total: number }>(
    db,
    returnSelect(sql.join(where, sql` AND `), sql`ORDER BY r.id DESC LIMIT ${limit} OFFSET ${offset}`),
  );
  return {
    items: rows.map(({ total: _t, ...r }) => ({ ...r, allowedActions: actionsOf(r.status, user) })),
    total: rows[0]?.total ?? 0,
  };
}

/**
 * Requests a return of shipped goods (base units per SKU). The buyer (orders:create) or staff
 * (orders:edit) may; the order must have shipped something. Each SKU's quantity is spread over its
 * lines in line order, within what each line shipped less what other returns already take; the
 * refund amount is each part's share of its line's amount, rounded half up once per part.
 */
export async function requestReturn(
  db: Db,
  user: AuthUser,
  orderId: number,
  input: { lines: { skuId: number; quantity: number }[]; reason: string },
): Promise<ReturnView> {
  if (!user.permissions.includes(user.kind === 'customer' ? 'orders:create' : 'orders:edit')) throw forbidden();
  return db.transaction(async (tx) => {
    const [order] = await queryRows<{ id: number; number: string; customerId: number; status: string }>(
      tx,
      sql`SELECT o.id::int AS id, o.number, o.customer_id::int AS "customerId", o.status
            FROM orders o JOIN customers c ON c.id = o.customer_id
           WHERE o.id = ${orderId} AND ${customerScope(user)} FOR UPDATE OF o`,
    );
    if (!order) throw notFound('Order');
    if (!['partially_shipped', 'shipped', 'completed'].includes(order.status)) {
      throw new AppError('INVALID_STATE', '只有已发货的商品可以退货 / Only shipped goods can be returned', {
        status: order.status,
      });
    }
    const lines = await queryRows<{
      id: number;
      skuId: number;
      shipped: number;
      base: number;
      amount: number;
      taken: number;
    }>(
      tx,
      sql`SELECT l.id::int AS id, l.sku_id::int AS "skuId", l.shipped_quantity AS shipped, l.base_quantity AS base,
                 l.amount::float8 AS amount,
                 (SELECT coalesce(sum((x->>'quantity')::int), 0)::int FROM order_returns r, jsonb_array_elements(r.lines) x
                   WHERE r.order_id = l.order_id AND r.status IN ('requested', 'approved', 'received')
                     AND (x->>'lineId')::bigint = l.id) AS taken
            FROM order_lines l WHERE l.order_id = ${orderId} ORDER BY l.line_no`,
    );
    const fields: FieldError[] = [];
    const parts: { lineId: number; skuId: number; quantity: number; amount: number }[] = [];
    const wanted = new Map<number, { quantity: number; index: number }>();
    input.lines.forEach((l, index) => {
      const w = wanted.get(l.skuId) ?? { quantity: 0, index };
      w.quantity += l.quantity;
      wanted.set(l.skuId, w);
    });
    for (const [skuId, { quantity, index }] of wanted) {
      const ofSku = lines.filter((l) => l.skuId === skuId);
      const returnable = ofSku.reduce((s, l) => s + l.shipped - l.taken, 0);
      if (!ofSku.length)
        fields.push({
          path: `/body/lines/${index}/skuId`,
          message: `SKU ${skuId} 不在该订单中 / SKU ${skuId} is not on this order`,
        });
      else if (quantity > returnable) {
        fields.push({
          path: `/body/lines/${index}/quantity`,
          message: `最多可退 ${returnable} / at most ${returnable} can be returned`,
        });
      } else {
        let left = quantity;
        for (const l of ofSku) {
          const take = Math.min(left, l.shipped - l.taken);
          if (take <= 0) continue;
          parts.push({ lineId: l.id, skuId, quantity: take, amount: Math.round((l.amount * take) / l.base) });
          left -= take;
        }
      }
    }
    if (fields.length) throw validationFailed(fields);
    const refund = parts.reduce((s, p) => s + p.amount, 0);
    const [row] = await queryRows<{ id: number }>(
      tx,
      sql`INSERT INTO order_returns (order_id, lines, reason, refund_amount, requested_by_id)
          VALUES (${orderId}, ${JSON.stringify(parts)}::jsonb, ${input.reason.trim()}, ${refund}, ${user.id})
          RETURNING id::int AS id`,
    );
    await recordEvent(tx, orderId, user, {
      kind: 'return_requested',
      note: input.reason.trim(),
      details: { returnId: row.id, refundAmount: refund, lines: parts },
    });
    await emit(tx, {
      topic: 'order.return_changed',
      customerId: order.customerId,
      payload: { orderId, number: order.number, returnId: row.id, status: 'requested' },
    });
    return readReturn(tx, user, row.id);
  });
}

/**
 * One step of a return along its table; INVALID_STATE from a wrong status (conditional update),
 * FORBIDDEN without the step's permission. Approval may set the refund amount; receiving puts the
 * goods back on hand in the warehouse named (default: the default warehouse). Audited.
 */
export async function stepReturn(
  db: Db,
  user: AuthUser,
  id: number,
  action: ReturnAction,
  input: { note?: string; refundAmount?: number; warehouseId?: number },
): Promise<ReturnView> {
  const rule = returnTransitions[action];
  if (user.kind === 'customer' ? !rule.buyer : !user.permissions.includes(rule.staff)) throw forbidden();
  return db.transaction(async (tx) => {
    const current = await readReturn(tx, user, id);
    if (current.status !== rule.from) {
      throw new AppError(
        'INVALID_STATE',
        `退货单当前状态不能执行此操作 / A return that is ${current.status} cannot be ${action}d`,
        {
          status: current.status,
        },
      );
    }
    const sets: SQL[] = [sql`status = ${rule.to}`];
    if (action === 'approve' || action === 'reject') sets.push(sql`decided_by_id = ${user.id}, decided_at = now()`);
    if (action === 'approve' && input.refundAmount !== undefined) sets.push(sql`refund_amount = ${input.refundAmount}`);
    if (input.note) sets.push(sql`note = ${input.note}`);
    if (action === 'receive') {
      const warehouseId = await targetWarehouse(tx, input.warehouseId, '/body/warehouseId');
      sets.push(sql`warehouse_id = ${warehouseId}, received_by_id = ${user.id}, received_at = now()`);
      await restock(
        tx,
        current.lines.map((l) => ({ skuId: l.skuId, warehouseId, quantity: l.quantity })),
        { type: 'return', id, reason: `退货入库 ${current.orderNumber}`, actorId: user.id },
      );
      await emit(tx, {
        topic: 'stock.changed',
        customerId: null,
        payload: { skuIds: current.lines.map((l) => l.skuId) },
      });
    }
    const done = await queryRows<{ id: number }>(
      tx,
      sql`UPDATE order_returns SET ${sql.join(sets, sql`, `)} WHERE id = ${id} AND status = ${rule.from} RETURNING id::int AS id`,
    );
    if (!done.length)
      throw new AppError('INVALID_STATE', '退货单已被他人更改，请刷新 / The return changed meanwhile; reload it');
    const after = await readReturn(tx, user, id);
    await recordEvent(tx, current.orderId, user, {
      kind: `return_${rule.to}`,
      note: input.note ?? '',
      details: { returnId: id, refundAmount: after.refundAmount },
    });
    if (action === 'receive' && after.refundAmount > 0) {
      // The goods are back: the order is worth the refund less, and what it holds beyond that goes back.
      await creditOrder(tx, current.orderId, after.refundAmount);
      await refundOrderExcess(tx, user, current.orderId, 'return', `退货 ${current.orderNumber}`, id);
    }
    await emit(tx, {
      topic: 'order.return_changed',
      customerId: current.customerId,
      payload: { orderId: current.orderId, number: current.orderNumber, returnId: id, status: rule.to },
    });
    await audit(
      tx,
      { id: user.id, name: user.name },
      {
        action: `return.${rule.to}`,
        targetType: 'order_return',
        targetId: id,
        details: { orderNumber: current.orderNumber, refundAmount: after.refundAmount, note: input.note ?? '' },
      },
    );
    return after;
  });
}
