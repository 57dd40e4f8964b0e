import { sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import { afterCommit } from '../../db/client.ts';
import type { PaymentMethod, PaymentPurpose, RefundSource } from '../../db/schema/index.ts';
import { audit } from '../../lib/audit.ts';
import { AppError, notFound, validationFailed } from '../../lib/errors.ts';
import { emit } from '../../lib/outbox.ts';
import { queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { recordEvent } from '../orders/order-transition.ts';
import { lockReceivableOf, settleReceivable } from './credit.ts';
import { postEntry } from './ledger.ts';
import { creditOrder, lockOrderMoney, methodNames, moveOrderMoney, netPaid, netTotal, yuan } from './order-money.ts';
import { getPaymentSettings, providerFor } from './payment-settings.ts';
import type { MoneyActor } from './payments.service.ts';
import type { OnlineMethod } from './providers/provider.ts';

// Refunds go back to the method that paid: the wallet and the receivable at once (a credit charge
// the customer already repaid goes to the wallet instead), an online provider through its refund
// call after the transaction commits (pending until it answers; retried), an offline transfer by
// finance (pending until finance records it, or sends it to the wallet).

interface RefundablePayment {
  id: number;
  number: string;
  customerId: number;
  orderId: number | null;
  purpose: PaymentPurpose;
  method: PaymentMethod;
  amount: number;
  refundable: number;
}

/** Credit first (it lowers what is owed), then the wallet, then online and offline, newest first. */
const refundOrder: Record<PaymentMethod, number> = { credit: 0, wallet: 1, alipay: 2, wechat: 2, offline: 3 };

async function insertRefund(
  tx: DbOrTx,
  actor: MoneyActor,
  r: {
    payment: RefundablePayment;
    method: PaymentMethod;
    amount: number;
    source: RefundSource;
    reason: string;
    returnId: number | null;
    succeeded: boolean;
  },
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    tx,
    sql`INSERT INTO refunds (payment_id, order_id, customer_id, method, amount, status, source, return_id, reason,
                             created_by_id, completed_at)
        VALUES (${r.payment.id}, ${r.payment.orderId}, ${r.payment.customerId}, ${r.method}, ${r.amount},
                ${r.succeeded ? 'succeeded' : 'pending'}, ${r.source}, ${r.returnId}, ${r.reason}, ${actor.id},
                ${r.succeeded ? sql`now()` : sql`NULL`})
        RETURNING id::int AS id`,
  );
  return row.id;
}

/**
 * Gives `amount` of one payment back to its method. The payment's and the order's refunded amounts
 * move at once, also for a refund still pending with a provider or finance.
 */
async function refundFromPayment(
  tx: Tx,
  actor: MoneyActor,
  payment: RefundablePayment,
  amount: number,
  source: RefundSource,
  reason: string,
  returnId: number | null,
): Promise<number[]> {
  const ids: number[] = [];
  const base = { payment, source, reason, returnId };
  const toWallet = async (value: number, note: string) => {
    const id = await insertRefund(tx, actor, { ...base, method: 'wallet', amount: value, succeeded: true });
    await postEntry(tx, {
      customerId: payment.customerId,
      account: 'wallet',
      kind: 'refund',
      amount: value,
      orderId: payment.orderId,
      paymentId: payment.id,
      refundId: id,
      note,
      actorId: actor.id,
    });
    ids.push(id);
  };
  if (payment.purpose === 'top_up') {
    // Money paid into the wallet goes back the way it came: out of the wallet first (what is spent stays).
    await postEntry(tx, {
      customerId: payment.customerId,
      account: 'wallet',
      kind: 'refund',
      amount: -amount,
      paymentId: payment.id,
      note: `预存款退回 ${reason}`.trim(),
      actorId: actor.id,
    });
  }
  if (payment.method === 'wallet') {
    await toWallet(amount, `退款 ${reason}`.trim());
  } else if (payment.method === 'credit') {
    const receivable = await lockReceivableOf(tx, payment.id);
    const off = Math.min(amount, receivable?.open ?? 0);
    if (off > 0 && receivable) {
      const id = await insertRefund(tx, actor, { ...base, method: 'credit', amount: off, succeeded: true });
      await postEntry(tx, {
        customerId: payment.customerId,
        account: 'credit',
        kind: 'refund',
        amount: -off,
        orderId: payment.orderId,
        paymentId: payment.id,
        refundId: id,
        note: `冲减应收 ${reason}`.trim(),
        actorId: actor.id,
      });
      await settleReceivable(tx, receivable.id, off);
      ids.push(id);
    }
    // What the customer already repaid of this charge comes back to the wallet.
    if (amount - off > 0) await toWallet(amount - off, `账期已还部分退回预存款 ${reason}`.trim());
  } else {
    const id = await insertRefund(tx, actor, { ...base, method: payment.method, amount, succeeded: false });
    ids.push(id);
    if (payment.method !== 'offline') afterCommit(tx, (db) => processOnlineRefund(db, id));
  }
  await tx.execute(
    sql`UPDATE payments SET refunded_amount = refunded_amount + ${amount}, updated_at = now() WHERE id = ${payment.id}`,
  );
  if (payment.orderId !== null) await moveOrderMoney(tx, payment.orderId, { refunded: amount });
  return ids;
}

async function refundablePayments(tx: DbOrTx, where: ReturnType<typeof sql>): Promise<RefundablePayment[]> {
  const rows = await queryRows<RefundablePayment>(
    tx,
    sql`SELECT id::int AS id, number, customer_id::int AS "customerId", order_id::int AS "orderId", purpose, method,
               amount::float8 AS amount, (applied_amount - refunded_amount)::float8 AS refundable
          FROM payments WHERE ${where} AND status = 'succeeded' AND applied_amount > refunded_amount
         ORDER BY id DESC FOR UPDATE`,
  );
  return rows.sort((a, b) => refundOrder[a.method] - refundOrder[b.method]);
}

/**
 * Refunds what an order holds beyond what it is worth now: everything after a cancellation, a
 * received return's credit, the difference after an edit lowered the total. In the caller's
 * transaction (the cancel, the return, the edit); a no-op when the order holds no excess.
 */
export async function refundOrderExcess(
  tx: Tx,
  actor: MoneyActor,
  orderId: number,
  source: RefundSource,
  reason: string,
  returnId: number | null = null,
): Promise<number> {
  const order = await lockOrderMoney(tx, orderId);
  let excess = netPaid(order) - netTotal(order);
  if (excess <= 0) return 0;
  const refunded = excess;
  for (const payment of await refundablePayments(tx, sql`order_id = ${orderId}`)) {
    if (excess <= 0) break;
    const take = Math.min(excess, payment.refundable);
    await refundFromPayment(tx, actor, payment, take, source, reason, returnId);
    excess -= take;
  }
  await recordEvent(tx, orderId, actor, {
    kind: 'refunded',
    note: `退款 ${yuan(refunded)}${reason ? `：${reason}` : ''}`,
    details: { amount: refunded, source, returnId },
  });
  await emit(tx, {
    topic: 'payment.refunded',
    customerId: order.customerId,
    payload: { orderId, amount: refunded, source },
  });
  await audit(
    tx,
    { id: actor.id, name: actor.name, ip: actor.ip ?? null },
    {
      action: 'payment.refunded',
      targetType: 'order',
      targetId: orderId,
      details: { number: order.number, amount: refunded, source, reason, returnId },
    },
  );
  return refunded;
}

/**
 * Finance refunds part of one payment by hand: of an order's payment (a price corrected after payment:
 * the order is credited by as much), or of a top-up (the wallet pays it back; what is spent cannot be).
 * A repayment is not refunded.
 */
export async function refundPayment(
  tx: Tx,
  actor: AuthUser,
  paymentId: number,
  input: { amount: number; reason: string },
): Promise<number[]> {
  const [payment] = await refundablePayments(tx, sql`id = ${paymentId}`);
  if (!payment) {
    const [exists] = await queryRows<{ id: number }>(
      tx,
      sql`SELECT id::int AS id FROM payments WHERE id = ${paymentId}`,
    );
    if (!exists) throw notFound('Payment');
    throw new AppError('INVALID_STATE', '该付款没有可退的金额 / Nothing of this payment can be refunded', {});
  }
  if (payment.purpose === 'repayment') {
    throw new AppError(
      'INVALID_STATE',
      '还款不能退回；多还的部分请调整预存款 / A repayment is not refunded; adjust the wallet instead',
      { purpose: payment.purpose },
    );
  }
  if (input.amount > payment.refundable) {
    throw validationFailed([
      { path: '/body/amount', message: `最多可退 ${yuan(payment.refundable)} / at most ${payment.refundable}` },
    ]);
  }
  // A refund by hand corrects the price: the order is worth that much less (退款冲减), so nothing
  // becomes due again.
  if (payment.orderId !== null) await creditOrder(tx, payment.orderId, input.amount);
  const ids = await refundFromPayment(tx, actor, payment, input.amount, 'manual', input.reason.trim(), null);
  if (payment.orderId !== null) {
    await recordEvent(tx, payment.orderId, actor, {
      kind: 'refunded',
      note: `退款 ${yuan(input.amount)}：${input.reason.trim()}`,
      details: { amount: input.amount, source: 'manual', paymentId },
    });
  }
  await emit(tx, {
    topic: 'payment.refunded',
    customerId: payment.customerId,
    payload: { orderId: payment.orderId, paymentId, amount: input.amount, source: 'manual' },
  });
  await audit(
    tx,
    { id: actor.id, name: actor.name },
    {
      action: 'payment.refunded',
      targetType: 'payment',
      targetId: paymentId,
      details: { number: payment.number, amount: input.amount, reason: input.reason.trim(), method: payment.method },
    },
  );
  return ids;
}

interface PendingRefund {
  id: number;
  number: string;
  paymentId: number;
  paymentNumber: string;
  paymentAmount: number;
  customerId: number;
  orderId: number | null;
  method: PaymentMethod;
  amount: number;
  status: 'pending' | 'succeeded' | 'failed';
  reason: string;
}

async function lockRefund(tx: DbOrTx, refundId: number): Promise<PendingRefund | undefined> {
  const [row] = await queryRows<PendingRefund>(
    tx,
    sql`SELECT r.id::int AS id, r.number, r.payment_id::int AS "paymentId", p.number AS "paymentNumber",
               p.amount::float8 AS "paymentAmount", r.customer_id::int AS "customerId", r.order_id::int AS "orderId",
               r.method, r.amount::float8 AS amount, r.status, r.reason
          FROM refunds r JOIN payments p ON p.id = r.payment_id WHERE r.id = ${refundId} FOR UPDATE OF r`,
  );
  return row;
}

/**
 * Sends a pending online refund to its provider, outside any transaction that holds locks; records
 * the answer. A provider that fails leaves it `failed` with the message (finance retries, or sends
 * it to the wallet). Safe to run twice: the out_refund_no is the refund's number.
 */
export async function processOnlineRefund(db: Db, refundId: number): Promise<void> {
  const [refund] = await queryRows<PendingRefund>(
    db,
    sql`SELECT r.id::int AS id, r.number, p.number AS "paymentNumber", p.amount::float8 AS "paymentAmount",
               r.method, r.amount::float8 AS amount, r.status, r.reason
          FROM refunds r JOIN payments p ON p.id = r.payment_id WHERE r.id = ${refundId}`,
  );
  if (!refund || refund.status === 'succeeded' || (refund.method !== 'alipay' && refund.method !== 'wechat')) return;
  let result: { state: 'succeeded' | 'pending' | 'failed'; refundNo?: string; message?: string };
  try {
    const provider = providerFor(await getPaymentSettings(db), refund.method as OnlineMethod);
    result = await provider.refund({
      outTradeNo: refund.paymentNumber,
      outRefundNo: refund.number,
      amount: refund.amount,
      totalAmount: refund.paymentAmount,
      reason: refund.reason || '退款',
    });
  } catch (error) {
    result = { state: 'failed', message: (error as Error).message };
  }
  if (result.state === 'pending') return;
  await db.execute(sql`
    UPDATE refunds SET status = ${result.state}, provider_refund_no = coalesce(${result.refundNo ?? null}, provider_refund_no),
           failure_message = ${result.state === 'failed' ? (result.message ?? 'failed') : null},
           completed_at = ${result.state === 'succeeded' ? sql`now()` : sql`NULL`}
     WHERE id = ${refundId} AND status <> 'succeeded'`);
}

/** Online refunds still pending (no answer yet, or "processing"), for the retry job; failed ones wait for finance. */
export async function retryOnlineRefunds(db: Db): Promise<number> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`SELECT id::int AS id FROM refunds WHERE method IN ('alipay', 'wechat') AND status = 'pending'
          AND created_at > now() - interval '7 days' ORDER BY id LIMIT 50`,
  );
  for (const r of rows) await processOnlineRefund(db, r.id);
  return rows.length;
}

/**
 * Finance finishes a pending or failed refund by hand: the transfer was sent (`toWallet` false), or
 * the money goes to the customer's wallet instead.
 */
export async function completeRefund(
  tx: Tx,
  actor: AuthUser,
  refundId: number,
  input: { toWallet?: boolean; note?: string },
): Promise<void> {
  const refund = await lockRefund(tx, refundId);
  if (!refund) throw notFound('Refund');
  if (refund.status === 'succeeded') {
    throw new AppError('INVALID_STATE', '该退款已完成 / The refund is done', { status: refund.status });
  }
  if (input.toWallet) {
    await postEntry(tx, {
      customerId: refund.customerId,
      account: 'wallet',
      kind: 'refund',
      amount: refund.amount,
      orderId: refund.orderId,
      paymentId: refund.paymentId,
      refundId: refund.id,
      note: `退款 ${refund.number} 转入预存款 ${input.note ?? ''}`.trim(),
      actorId: actor.id,
    });
  }
  await tx.execute(sql`
    UPDATE refunds SET status = 'succeeded', completed_by_id = ${actor.id}, completed_at = now(),
           method = ${input.toWallet ? 'wallet' : refund.method},
           reason = trim(both from reason || ' ' || ${input.note?.trim() ?? ''})
     WHERE id = ${refundId}`);
  await audit(
    tx,
    { id: actor.id, name: actor.name },
    {
      action: 'refund.completed',
      targetType: 'refund',
      targetId: refundId,
      details: {
        number: refund.number,
        amount: refund.amount,
        from: methodNames[refund.method],
        toWallet: !!input.toWallet,
        note: input.note ?? '',
      },
    },
  );
}
