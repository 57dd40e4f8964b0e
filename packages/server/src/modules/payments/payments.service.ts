import { sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import type { AccountKind, PaymentMethod, PaymentPurpose } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError, forbidden, notFound, validationFailed } from '../../lib/errors.ts';
import { emit } from '../../lib/outbox.ts';
import { queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerScope } from '../customers/customer-scope.ts';
import { type OrderActor, recordEvent, systemActor } from '../orders/order-transition.ts';
import { assertNotOverdue, chargeCredit, settleReceivables } from './credit.ts';
import { accountBalance, postEntry } from './ledger.ts';
import { dueOf, lockOrderMoney, methodNames, moveOrderMoney, type OrderMoney, yuan } from './order-money.ts';
import { customerMethods, getPaymentSettings, notifyUrl, providerFor } from './payment-settings.ts';
import { getPayment, type PaymentView } from './payments.query.ts';
import type { OnlineMethod, PaidNotice } from './providers/provider.ts';

/** Who moves money: a signed-in user, or the system (provider notifications, scheduled jobs). */
export type MoneyActor = OrderActor & { ip?: string | null };

const auditActor = (actor: MoneyActor): AuditActor => ({ id: actor.id, name: actor.name, ip: actor.ip ?? null });
const canConfirm = (actor: MoneyActor) =>
  actor === systemActor || (actor.kind === 'staff' && actor.permissions.includes('payments:confirm'));

export interface PayOrderInput {
  method: PaymentMethod;
  amount?: number;
  payerName?: string;
  note?: string;
  /** A bank reference for a transfer finance records. */
  providerTradeNo?: string;
}

export interface MoneyContext {
  /** This server's base URL as the caller reached it: the notify URL when settings name none. */
  baseUrl: string;
}

interface PaymentRow {
  id: number;
  number: string;
  customerId: number;
  orderId: number | null;
  purpose: PaymentPurpose;
  method: PaymentMethod;
  amount: number;
  status: 'pending' | 'succeeded' | 'rejected' | 'closed';
  providerTradeNo: string | null;
}

async function lockPayment(tx: DbOrTx, where: ReturnType<typeof sql>): Promise<PaymentRow | undefined> {
  const [row] = await queryRows<PaymentRow>(
    tx,
    sql`SELECT id::int AS id, number, customer_id::int AS "customerId", order_id::int AS "orderId", purpose, method,
               amount::float8 AS amount, status, provider_trade_no AS "providerTradeNo"
          FROM payments WHERE ${where} FOR UPDATE`,
  );
  return row;
}

async function insertPayment(
  tx: DbOrTx,
  actor: MoneyActor,
  p: {
    customerId: number;
    orderId: number | null;
    purpose: PaymentPurpose;
    method: PaymentMethod;
    amount: number;
    payerName?: string | null;
    note?: string;
    providerTradeNo?: string | null;
  },
): Promise<PaymentRow> {
  const [row] = await queryRows<PaymentRow>(
    tx,
    sql`INSERT INTO payments (customer_id, order_id, purpose, method, amount, payer_name, note, provider_trade_no,
                              created_by_id, created_by_kind)
        VALUES (${p.customerId}, ${p.orderId}, ${p.purpose}, ${p.method}, ${p.amount}, ${p.payerName?.trim() || null},
                ${p.note?.trim() ?? ''}, ${p.providerTradeNo?.trim() || null}, ${actor.id},
                ${actor === systemActor ? 'system' : actor.kind})
        RETURNING id::int AS id, number, customer_id::int AS "customerId", order_id::int AS "orderId", purpose, method,
                  amount::float8 AS amount, status, provider_trade_no AS "providerTradeNo"`,
  );
  return row;
}

async function assertMethodEnabled(tx: DbOrTx, customerId: number, method: PaymentMethod) {
  const methods = await customerMethods(tx, customerId);
  if (!methods.includes(method)) {
    throw validationFailed([
      {
        path: '/body/method',
        message: `未开通「${methodNames[method]}」支付 / ${method} is not enabled for this customer`,
      },
    ]);
  }
}

/** Asks the provider for a QR payment of a pending online payment and keeps its code URL. */
async function startOnline(tx: DbOrTx, payment: PaymentRow, subject: string, ctx: MoneyContext) {
  const method = payment.method as OnlineMethod;
  const settings = await getPaymentSettings(tx);
  const provider = providerFor(settings, method);
  let codeUrl: string;
  try {
    ({ codeUrl } = await provider.createPayment({
      outTradeNo: payment.number,
      amount: payment.amount,
      subject,
      notifyUrl: notifyUrl(settings, method, ctx.baseUrl),
    }));
  } catch (error) {
    throw new AppError('PROVIDER_ERROR', `${methodNames[method]}下单失败 / The provider refused the payment`, {
      method,
      message: (error as Error).message,
    });
  }
  await tx.execute(sql`UPDATE payments SET code_url = ${codeUrl}, updated_at = now() WHERE id = ${payment.id}`);
}

/**
 * Pays (part of) an order: `amount` defaults to what is still due and may not exceed it.
 * wallet — debited at once (INSUFFICIENT_BALANCE when it cannot cover it); credit — charged to the
 * receivable at once (CREDIT_LIMIT_EXCEEDED with the available credit); offline — pending until
 * finance confirms the transfer (recorded by finance it is confirmed at once); alipay / wechat —
 * pending with the provider's QR code until its signed notification arrives.
 */
export async function payOrder(
  tx: Tx,
  user: AuthUser,
  orderId: number,
  input: PayOrderInput,
  ctx: MoneyContext,
): Promise<PaymentView> {
  const actor: MoneyActor = user;
  const order = await lockOrderMoney(tx, orderId, user);
  if (order.status === 'cancelled') {
    throw new AppError('INVALID_STATE', '订单已取消，不能付款 / A cancelled order cannot be paid', {
      status: order.status,
    });
  }
  const due = dueOf(order);
  if (due <= 0) throw new AppError('INVALID_STATE', '订单已付清 / The order is paid in full', { dueAmount: 0 });
  const amount = input.amount ?? due;
  if (amount > due) {
    throw validationFailed([
      { path: '/body/amount', message: `不能超过待付金额 ${yuan(due)} / may not exceed the amount due (${due})` },
    ]);
  }
  await assertMethodEnabled(tx, order.customerId, input.method);
  if (input.method === 'credit') await assertNotOverdue(tx, order.customerId);

  const payment = await insertPayment(tx, actor, {
    customerId: order.customerId,
    orderId: order.id,
    purpose: 'order',
    method: input.method,
    amount,
    payerName: input.payerName,
    note: input.note,
    providerTradeNo: input.method === 'offline' ? input.providerTradeNo : null,
  });
  if (input.method === 'wallet') {
    await postEntry(tx, {
      customerId: order.customerId,
      account: 'wallet',
      kind: 'payment',
      amount: -amount,
      orderId: order.id,
      paymentId: payment.id,
      note: `支付订单 ${order.number}`,
      actorId: actor.id,
    });
    await settlePayment(tx, actor, payment, { order });
  } else if (input.method === 'credit') {
    await chargeCredit(tx, {
      customerId: order.customerId,
      orderId: order.id,
      orderNumber: order.number,
      paymentId: payment.id,
      amount,
      actorId: actor.id,
      enforceLimit: true,
    });
    await settlePayment(tx, actor, payment, { order });
  } else if (input.method === 'offline') {
    if (canConfirm(actor)) await settlePayment(tx, actor, payment, { order, confirmedBy: actor });
    else await announcePending(tx, payment);
  } else {
    await startOnline(tx, payment, `订单 ${order.number}`, ctx);
  }
  await audit(tx, auditActor(actor), {
    action: 'payment.created',
    targetType: 'payment',
    targetId: payment.id,
    details: { number: payment.number, orderId: order.id, method: input.method, amount },
  });
  return getPayment(tx, user, payment.id);
}

/** An order that ships on credit with money still due is charged to the receivable then. */
export async function chargeShippedCreditOrder(tx: Tx, actor: MoneyActor, orderId: number): Promise<void> {
  const order = await lockOrderMoney(tx, orderId);
  if (order.paymentMethod !== 'credit' || order.status === 'cancelled') return;
  const due = dueOf(order);
  if (due <= 0) return;
  const payment = await insertPayment(tx, systemActor, {
    customerId: order.customerId,
    orderId: order.id,
    purpose: 'order',
    method: 'credit',
    amount: due,
    note: '发货时记入账期 / charged to credit on shipment',
  });
  await chargeCredit(tx, {
    customerId: order.customerId,
    orderId: order.id,
    orderNumber: order.number,
    paymentId: payment.id,
    amount: due,
    actorId: actor.id,
    enforceLimit: false,
  });
  await settlePayment(tx, actor, payment, { order });
}

/** A transfer reported for finance to confirm: finance's screens hear of it at once. */
async function announcePending(tx: DbOrTx, payment: PaymentRow) {
  await emit(tx, {
    topic: 'payment.reported',
    customerId: payment.customerId,
    payload: {
      paymentId: payment.id,
      number: payment.number,
      orderId: payment.orderId,
      purpose: payment.purpose,
      method: payment.method,
      amount: payment.amount,
    },
  });
}

interface SettleOptions {
  /** The payment's order, already locked by the caller in this transaction. */
  order?: OrderMoney;
  providerTradeNo?: string | null;
  paidAt?: Date;
  payerName?: string | null;
  confirmedBy?: MoneyActor;
}

/**
 * Marks a payment succeeded and puts its money where it belongs: on the order (never more than is
 * due: the rest of a late or double online payment goes to the wallet), into the wallet for a top-up,
 * or off the receivable for a repayment (oldest due first; any surplus to the wallet).
 */
async function settlePayment(tx: DbOrTx, actor: MoneyActor, payment: PaymentRow, options: SettleOptions) {
  let applied = payment.amount;
  let orderNumber: string | null = null;
  if (payment.purpose === 'order' && payment.orderId !== null) {
    const order = options.order ?? (await lockOrderMoney(tx, payment.orderId));
    orderNumber = order.number;
    if (payment.method !== 'wallet' && payment.method !== 'credit') applied = Math.min(payment.amount, dueOf(order));
    if (order.paymentMethod === null) {
      await tx.execute(sql`UPDATE orders SET payment_method = ${payment.method} WHERE id = ${order.id}`);
    }
    if (applied > 0) {
      await moveOrderMoney(tx, order.id, { paid: applied });
      await recordEvent(tx, order.id, actor, {
        kind: 'paid',
        note: `${methodNames[payment.method]} ${yuan(applied)}`,
        details: { paymentId: payment.id, method: payment.method, amount: applied },
      });
    }
  } else if (payment.purpose === 'top_up') {
    await postEntry(tx, {
      customerId: payment.customerId,
      account: 'wallet',
      kind: 'top_up',
      amount: payment.amount,
      paymentId: payment.id,
      note: `充值 ${methodNames[payment.method]}`,
      actorId: actor.id,
    });
  } else {
    applied = Math.min(payment.amount, await accountBalance(tx, payment.customerId, 'credit'));
    if (applied > 0) {
      await postEntry(tx, {
        customerId: payment.customerId,
        account: 'credit',
        kind: 'repayment',
        amount: -applied,
        paymentId: payment.id,
        note: `还款 ${methodNames[payment.method]}`,
        actorId: actor.id,
      });
      await settleReceivables(tx, payment.customerId, applied);
    }
  }
  const surplus = payment.amount - applied;
  if (surplus > 0) {
    await postEntry(tx, {
      customerId: payment.customerId,
      account: 'wallet',
      kind: 'top_up',
      amount: surplus,
      paymentId: payment.id,
      orderId: payment.orderId,
      note: orderNumber
        ? `订单 ${orderNumber} 多付 ${yuan(surplus)} 转入预存款 / overpayment to the wallet`
        : `多付 ${yuan(surplus)} 转入预存款 / overpayment to the wallet`,
      actorId: actor.id,
    });
  }
  await tx.execute(sql`
    UPDATE payments SET status = 'succeeded', applied_amount = ${applied},
           provider_trade_no = coalesce(${options.providerTradeNo ?? null}, provider_trade_no),
           payer_name = coalesce(${options.payerName ?? null}, payer_name),
           paid_at = coalesce(${options.paidAt?.toISOString() ?? null}::timestamptz, now()),
           confirmed_by_id = ${options.confirmedBy?.id ?? null}, updated_at = now()
     WHERE id = ${payment.id}`);
  await emit(tx, {
    topic: 'payment.succeeded',
    customerId: payment.customerId,
    payload: {
      paymentId: payment.id,
      number: payment.number,
      orderId: payment.orderId,
      purpose: payment.purpose,
      method: payment.method,
      amount: payment.amount,
      appliedAmount: applied,
    },
  });
}

/** Finance confirms a pending offline transfer (also from a reconciliation run). */
export async function confirmPayment(
  tx: Tx,
  actor: AuthUser,
  paymentId: number,
  input: { providerTradeNo?: string; note?: string },
): Promise<PaymentView> {
  const payment = await lockPayment(tx, sql`id = ${paymentId}`);
  if (!payment) throw notFound('Payment');
  if (payment.method !== 'offline') {
    throw new AppError('INVALID_STATE', '只有线下转账需要确认 / Only offline transfers are confirmed by hand', {
      method: payment.method,
    });
  }
  if (payment.status !== 'pending') {
    throw new AppError('INVALID_STATE', '该付款不是待确认状态 / The payment is not pending', {
      status: payment.status,
    });
  }
  await settlePayment(tx, actor, payment, { providerTradeNo: input.providerTradeNo, confirmedBy: actor });
  if (input.note?.trim()) {
    await tx.execute(
      sql`UPDATE payments SET note = trim(both from note || ' ' || ${input.note.trim()}) WHERE id = ${paymentId}`,
    );
  }
  await audit(tx, auditActor(actor), {
    action: 'payment.confirmed',
    targetType: 'payment',
    targetId: paymentId,
    details: { number: payment.number, amount: payment.amount, providerTradeNo: input.providerTradeNo ?? null },
  });
  return getPayment(tx, actor, paymentId);
}

/** Finance rejects a pending offline transfer (no money arrived, or the voucher is wrong). */
export async function rejectPayment(
  tx: Tx,
  actor: AuthUser,
  paymentId: number,
  input: { reason: string },
): Promise<PaymentView> {
  const payment = await lockPayment(tx, sql`id = ${paymentId}`);
  if (!payment) throw notFound('Payment');
  if (payment.method !== 'offline' || payment.status !== 'pending') {
    throw new AppError('INVALID_STATE', '该付款不是待确认的转账 / The payment is not a pending transfer', {
      status: payment.status,
      method: payment.method,
    });
  }
  await tx.execute(
    sql`UPDATE payments SET status = 'rejected', reject_reason = ${input.reason.trim()}, confirmed_by_id = ${actor.id}, updated_at = now()
         WHERE id = ${paymentId}`,
  );
  if (payment.orderId !== null) {
    await recordEvent(tx, payment.orderId, actor, {
      kind: 'payment_rejected',
      note: input.reason.trim(),
      details: { paymentId, amount: payment.amount },
    });
  }
  await emit(tx, {
    topic: 'payment.rejected',
    customerId: payment.customerId,
    payload: { paymentId, number: payment.number, orderId: payment.orderId, reason: input.reason.trim() },
  });
  await audit(tx, auditActor(actor), {
    action: 'payment.rejected',
    targetType: 'payment',
    targetId: paymentId,
    details: { number: payment.number, amount: payment.amount, reason: input.reason.trim() },
  });
  return getPayment(tx, actor, paymentId);
}

export interface AccountMoneyInput {
  amount: number;
  note?: string;
  method?: 'offline' | 'alipay' | 'wechat';
  payerName?: string;
  providerTradeNo?: string;
}

/** The customer (in the caller's scope) a wallet or credit call is about; customers only their own. */
async function scopedCustomer(tx: DbOrTx, user: AuthUser, customerId: number) {
  const [row] = await queryRows<{ id: number; name: string }>(
    tx,
    sql`SELECT c.id::int AS id, c.name FROM customers c WHERE c.id = ${customerId} AND ${customerScope(user)}`,
  );
  if (!row) throw notFound('Customer');
  return row;
}

/**
 * Money into an account: a wallet top-up (充值) or a credit repayment (还款). Finance records one
 * received by transfer or cash (offline, succeeded at once; it needs payments:confirm); a buyer pays
 * online (pending with a QR code) or reports a transfer (offline, pending until finance confirms).
 */
export async function receiveAccountMoney(
  tx: Tx,
  user: AuthUser,
  customerId: number,
  purpose: 'top_up' | 'repayment',
  input: AccountMoneyInput,
  ctx: MoneyContext,
): Promise<PaymentView> {
  const customer = await scopedCustomer(tx, user, customerId);
  const method = input.method ?? 'offline';
  if (user.kind === 'staff' && method === 'offline' && !user.permissions.includes('payments:confirm')) {
    throw forbidden('记录收款需要「收款确认」权限 / Recording received money needs payments:confirm');
  }
  if (user.kind === 'customer' || method !== 'offline') await assertMethodEnabled(tx, customerId, method);
  if (purpose === 'repayment') {
    const owed = await accountBalance(tx, customerId, 'credit');
    if (input.amount > owed) {
      throw validationFailed([
        { path: '/body/amount', message: `不能超过应还金额 ${yuan(owed)} / may not exceed what is owed (${owed})` },
      ]);
    }
  }
  const payment = await insertPayment(tx, user, {
    customerId,
    orderId: null,
    purpose,
    method,
    amount: input.amount,
    payerName: input.payerName,
    note: input.note,
    providerTradeNo: method === 'offline' ? input.providerTradeNo : null,
  });
  if (method === 'offline') {
    if (canConfirm(user)) await settlePayment(tx, user, payment, { confirmedBy: user });
    else await announcePending(tx, payment);
  } else {
    await startOnline(tx, payment, `${customer.name} ${purpose === 'top_up' ? '预存款充值' : '账期还款'}`, ctx);
  }
  await audit(tx, auditActor(user), {
    action: purpose === 'top_up' ? 'wallet.top_up' : 'credit.repayment',
    targetType: 'customer',
    targetId: customerId,
    details: { paymentId: payment.id, number: payment.number, method, amount: input.amount, note: input.note ?? '' },
  });
  return getPayment(tx, user, payment.id);
}

/** A signed correction of the wallet or the receivable, with the reason; audited. */
export async function adjustAccount(
  tx: Tx,
  user: AuthUser,
  customerId: number,
  account: AccountKind,
  input: { amount: number; note: string },
) {
  await scopedCustomer(tx, user, customerId);
  if (account === 'credit' && input.amount > 0) {
    throw validationFailed([
      {
        path: '/body/amount',
        message: '应收只能调减；增加欠款请下账期订单 / the receivable can only be adjusted down',
      },
    ]);
  }
  const entry = await postEntry(tx, {
    customerId,
    account,
    kind: 'adjustment',
    amount: input.amount,
    note: input.note.trim(),
    actorId: user.id,
  });
  if (account === 'credit' && input.amount < 0) await settleReceivables(tx, customerId, -input.amount);
  await audit(tx, auditActor(user), {
    action: `${account}.adjusted`,
    targetType: 'customer',
    targetId: customerId,
    details: { amount: input.amount, note: input.note.trim(), entryId: entry.id, balanceAfter: entry.balanceAfter },
  });
  return { id: entry.id, balance: entry.balanceAfter };
}

export type NotificationOutcome =
  | { kind: 'credited'; paymentId: number }
  | { kind: 'duplicate'; paymentId: number }
  | { kind: 'ignored' }
  | { kind: 'refused'; reason: string };

/**
 * Applies a verified provider notification once: the payment is found by its number (our
 * out_trade_no) and method; a notice for an amount other than the payment's is refused (and audited);
 * a payment already succeeded makes it a duplicate that credits nothing. A late notice for a
 * payment closed meanwhile, or an order cancelled meanwhile, still credits: its money goes to the
 * wallet rather than being lost.
 */
export async function applyPaidNotice(tx: Tx, method: OnlineMethod, notice: PaidNotice): Promise<NotificationOutcome> {
  const payment = await lockPayment(tx, sql`number = ${notice.outTradeNo} AND method = ${method}`);
  if (!payment) return { kind: 'refused', reason: 'unknown out_trade_no' };
  if (notice.amount !== payment.amount) return { kind: 'refused', reason: 'amount mismatch' };
  if (payment.status === 'succeeded') {
    if (payment.providerTradeNo && payment.providerTradeNo !== notice.tradeNo) {
      return { kind: 'refused', reason: 'another trade number for a paid payment' };
    }
    return { kind: 'duplicate', paymentId: payment.id };
  }
  if (payment.status === 'rejected') return { kind: 'refused', reason: 'payment was rejected' };
  await settlePayment(tx, systemActor, payment, {
    providerTradeNo: notice.tradeNo,
    paidAt: notice.paidAt,
    payerName: notice.payer,
  });
  await audit(
    tx,
    { id: null, name: methodNames[method] },
    {
      action: 'payment.notified',
      targetType: 'payment',
      targetId: payment.id,
      details: { number: payment.number, tradeNo: notice.tradeNo, amount: notice.amount, method },
    },
  );
  return { kind: 'credited', paymentId: payment.id };
}
