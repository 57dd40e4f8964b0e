import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { OrderStatus, PaymentMethod } from '../../db/schema/index.ts';
import { notFound } from '../../lib/errors.ts';
import { queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerScope } from '../customers/customer-scope.ts';

/** An order's money as the payments module keeps it, read under a row lock. */
export interface OrderMoney {
  id: number;
  number: string;
  customerId: number;
  status: OrderStatus;
  paymentMethod: PaymentMethod | null;
  totalAmount: number;
  creditedAmount: number;
  paidAmount: number;
  refundedAmount: number;
}

export const methodNames: Record<PaymentMethod, string> = {
  wallet: '预存款',
  credit: '账期',
  offline: '线下转账',
  alipay: '支付宝',
  wechat: '微信支付',
};

export { yuan } from '../pricing/price-rules.ts';

/** What the order is worth now: nothing once cancelled, less what received returns credited back. */
export const netTotal = (o: OrderMoney) => (o.status === 'cancelled' ? 0 : o.totalAmount - o.creditedAmount);
/** Money the order holds: paid less refunded. */
export const netPaid = (o: OrderMoney) => o.paidAmount - o.refundedAmount;
/** What is still to pay. */
export const dueOf = (o: OrderMoney) => Math.max(0, netTotal(o) - netPaid(o));

/**
 * Locks the order's row and reads its money. With `user`, only an order in the user's scope is found
 * (another customer's order is NOT_FOUND).
 */
export async function lockOrderMoney(tx: DbOrTx, orderId: number, user?: AuthUser): Promise<OrderMoney> {
  const [row] = await queryRows<OrderMoney>(
    tx,
    sql`SELECT o.id::int AS id, o.number, o.customer_id::int AS "customerId", o.status, o.payment_method AS "paymentMethod",
               o.total_amount::float8 AS "totalAmount", o.credited_amount::float8 AS "creditedAmount",
               o.paid_amount::float8 AS "paidAmount", o.refunded_amount::float8 AS "refundedAmount"
          FROM orders o ${user ? sql`JOIN customers c ON c.id = o.customer_id` : sql``}
         WHERE o.id = ${orderId} ${user ? sql`AND ${customerScope(user)}` : sql``}
           FOR UPDATE OF o`,
  );
  if (!row) throw notFound('Order');
  return row;
}

/**
 * Moves the order's paid / refunded / credited amounts by the given deltas and sets its
 * `paymentStatus` from the result: refunded when everything paid went back, unpaid when it holds no
 * money, paid when it holds what it is worth, partially paid in between.
 */
export async function moveOrderMoney(
  tx: DbOrTx,
  orderId: number,
  delta: { paid?: number; refunded?: number; credited?: number },
): Promise<void> {
  await tx.execute(sql`
    UPDATE orders SET paid_amount = paid_amount + ${delta.paid ?? 0},
                      refunded_amount = refunded_amount + ${delta.refunded ?? 0},
                      credited_amount = credited_amount + ${delta.credited ?? 0},
                      updated_at = now()
     WHERE id = ${orderId}`);
  await tx.execute(sql`
    UPDATE orders SET payment_status = CASE
        WHEN refunded_amount > 0 AND refunded_amount >= paid_amount THEN 'refunded'
        WHEN paid_amount - refunded_amount <= 0 THEN 'unpaid'
        WHEN paid_amount - refunded_amount >= (CASE WHEN status = 'cancelled' THEN 0 ELSE total_amount - credited_amount END) THEN 'paid'
        ELSE 'partially_paid' END
     WHERE id = ${orderId}`);
}

/**
 * A received return credits the order back (退货冲减): it is worth `amount` less, never below nothing.
 * Refunding what it then holds beyond its worth is the caller's next step (refundOrderExcess).
 */
export async function creditOrder(tx: DbOrTx, orderId: number, amount: number): Promise<void> {
  const order = await lockOrderMoney(tx, orderId);
  const credit = Math.min(amount, order.totalAmount - order.creditedAmount);
  if (credit > 0) await moveOrderMoney(tx, orderId, { credited: credit });
}
