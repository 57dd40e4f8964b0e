import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { OrderStatus } from '../../db/schema/index.ts';
import { audit } from '../../lib/audit.ts';
import { AppError, type FieldError, forbidden, notFound, validationFailed } from '../../lib/errors.ts';
import { emit } from '../../lib/outbox.ts';
import { queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerScope } from '../customers/customer-scope.ts';
import { assertCreditAvailable } from '../payments/credit.ts';
import { refundOrderExcess } from '../payments/refunds.service.ts';
import { releaseOrderStock } from './order-actions.service.ts';
import { reviewStatuses, statusNames } from './order-lifecycle.ts';
import { type OrderLineInput, priceLines, reserveLines, writeLines } from './order-lines.ts';
import { recordEvent } from './order-transition.ts';
import { getOrder, type OrderViewRow } from './orders.query.ts';
import { addressSnapshot } from './place-order.service.ts';

export interface EditOrderInput {
  lines?: OrderLineInput[];
  reason?: string;
  remark?: string;
  addressId?: number;
}

interface LineSnapshot {
  skuId: number;
  skuCode: string;
  productName: string;
  unitId: number | null;
  unitName: string;
  quantity: number;
  unitPrice: number;
}

/**
 * Changes an order before it is approved for shipment: the buyer while it waits for review (lines,
 * remark, address), staff during any review step with a reason (also prices, marked `manual`).
 * New lines are checked, priced and reserved exactly as when placing (the old reservation is given
 * back first, all in one transaction, so a refused edit leaves the order as it was); an unchanged
 * line keeps its price. The timeline shows before and after; staff edits are audited.
 */
export async function editOrder(db: Db, user: AuthUser, id: number, input: EditOrderInput): Promise<OrderViewRow> {
  const staff = user.kind === 'staff';
  const fields: FieldError[] = [];
  if (staff && !input.reason?.trim())
    fields.push({ path: '/body/reason', message: '请填写修改原因 / staff edits need a reason' });
  if (!staff) {
    input.lines?.forEach((l, i) => {
      if (l.unitPrice !== undefined)
        fields.push({
          path: `/body/lines/${i}/unitPrice`,
          message: '价格只能由供应商修改 / only the supplier sets prices',
        });
    });
  }
  if (fields.length) throw validationFailed(fields);
  if (!user.permissions.includes(staff ? 'orders:edit' : 'orders:create')) throw forbidden();

  return db.transaction(async (tx) => {
    const [order] = await queryRows<{
      id: number;
      number: string;
      customerId: number;
      status: OrderStatus;
      totalAmount: number;
      paymentMethod: string | null;
    }>(
      tx,
      sql`SELECT o.id::int AS id, o.number, o.customer_id::int AS "customerId", o.status, o.total_amount::float8 AS "totalAmount",
                 o.payment_method AS "paymentMethod"
            FROM orders o JOIN customers c ON c.id = o.customer_id
           WHERE o.id = ${id} AND ${customerScope(user)} FOR UPDATE OF o`,
    );
    if (!order) throw notFound('Order');
    const editable = staff ? reviewStatuses.includes(order.status) : order.status === 'pending_review';
    if (!editable) {
      throw new AppError(
        'INVALID_STATE',
        `订单当前为「${statusNames[order.status]}」，不能再修改 / An order that is ${order.status} can no longer be changed${staff ? '' : ' by you'}`,
        {
          status: order.status,
        },
      );
    }
    const details: Record<string, unknown> = {};
    const sets = [sql`updated_at = now()`];
    if (input.lines) {
      const before = await queryRows<LineSnapshot & { priceRule: string }>(
        tx,
        sql`SELECT sku_id::int AS "skuId", sku_code AS "skuCode", product_name AS "productName", unit_id::int AS "unitId", unit_name AS "unitName",
                   quantity, unit_price::float8 AS "unitPrice", price_rule AS "priceRule"
              FROM order_lines WHERE order_id = ${id} ORDER BY line_no`,
      );
      // Editing happens only during review, before anything ships: every line can be replaced.
      const released = await releaseOrderStock(tx, id);
      await tx.execute(sql`DELETE FROM order_allocations WHERE order_id = ${id}`);
      await tx.execute(sql`DELETE FROM order_lines WHERE order_id = ${id}`);
      const keep = new Map(
        before.map((l) => [`${l.skuId}:${l.unitId}:${l.quantity}`, { unitPrice: l.unitPrice, rule: l.priceRule }]),
      );
      const { priced, perSku, totalAmount } = await priceLines(tx, order.customerId, input.lines, keep);
      const allocations = await reserveLines(tx, perSku, user);
      await writeLines(tx, id, priced, allocations);
      if (order.paymentMethod === 'credit' && totalAmount > order.totalAmount) {
        await assertCreditAvailable(tx, order.customerId, totalAmount - order.totalAmount);
      }
      sets.push(sql`total_amount = ${totalAmount}`);
      const snapshot = (l: LineSnapshot) => ({
        skuCode: l.skuCode,
        productName: l.productName,
        unitName: l.unitName,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
      });
      details.before = before.map(snapshot);
      details.after = priced.map((l) =>
        snapshot({
          skuId: l.sku.skuId,
          skuCode: l.sku.code,
          productName: l.sku.productName,
          unitId: l.unitId,
          unitName: l.unitName,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
        }),
      );
      details.totalBefore = order.totalAmount;
      details.totalAfter = totalAmount;
      const skuIds = new Set([...released, ...perSku.keys()]);
      await emit(tx, { topic: 'stock.changed', customerId: null, payload: { skuIds: [...skuIds] } });
    }
    if (input.remark !== undefined) {
      sets.push(sql`remark = ${input.remark.trim()}`);
      details.remark = input.remark.trim();
    }
    if (input.addressId !== undefined) {
      const address = await addressSnapshot(tx, order.customerId, input.addressId);
      sets.push(sql`address = ${JSON.stringify(address)}::jsonb`);
      details.address = address;
    }
    await tx.execute(sql`UPDATE orders SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`);
    const reason = input.reason?.trim() ?? '';
    // A lower total than what was paid gives the difference back.
    await refundOrderExcess(tx, user, id, 'edit', reason || '订单修改');
    await recordEvent(tx, id, user, {
      kind: 'edited',
      fromStatus: order.status,
      toStatus: order.status,
      note: reason,
      details,
    });
    await emit(tx, {
      topic: 'order.edited',
      customerId: order.customerId,
      payload: { orderId: id, number: order.number, by: user.kind },
    });
    if (staff) {
      await audit(
        tx,
        { id: user.id, name: user.name },
        {
          action: 'order.edited',
          targetType: 'order',
          targetId: id,
          details: { number: order.number, reason, ...details },
        },
      );
    }
    return getOrder(tx, user, id);
  });
}
