import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { queryRows } from '../../lib/sql.ts';
import { accountBalance, postEntry } from './ledger.ts';
import { yuan } from './order-money.ts';
import { getPaymentSettings } from './payment-settings.ts';

// Credit (账期): a credit order is charged to the customer's receivable account (a ledger); each
// charge is a receivable due `paymentTermDays` after the order ships, settled by repayments (oldest
// due first) and refunds.

export interface CreditPosition {
  creditLimit: number;
  paymentTermDays: number;
  /** What the customer owes on credit now: the credit account's balance. */
  outstanding: number;
  /** Open credit orders not charged yet (charged when paid by credit or when they ship). */
  committed: number;
  available: number;
  overdue: number;
}

/** Locks the customer's row (serializing credit decisions per customer) and reads its terms. */
async function lockCreditTerms(tx: DbOrTx, customerId: number) {
  const [row] = await queryRows<{ creditLimit: number; paymentTermDays: number }>(
    tx,
    sql`SELECT credit_limit::float8 AS "creditLimit", payment_term_days AS "paymentTermDays"
          FROM customers WHERE id = ${customerId} FOR NO KEY UPDATE`,
  );
  return row ?? { creditLimit: 0, paymentTermDays: 0 };
}

/** Open credit orders' amounts that are not charged yet, except `exceptOrderId`. */
async function committedCredit(tx: DbOrTx, customerId: number, exceptOrderId?: number): Promise<number> {
  const [row] = await queryRows<{ committed: number }>(
    tx,
    sql`SELECT coalesce(sum(greatest(0, total_amount - credited_amount - (paid_amount - refunded_amount))), 0)::float8 AS committed
          FROM orders
         WHERE customer_id = ${customerId} AND payment_method = 'credit' AND status <> 'cancelled'
           ${exceptOrderId === undefined ? sql`` : sql`AND id <> ${exceptOrderId}`}`,
  );
  return row.committed;
}

/** Overdue receivables of the customer: due before now and not settled. */
export async function overdueAmount(tx: DbOrTx, customerId: number): Promise<number> {
  const [row] = await queryRows<{ overdue: number }>(
    tx,
    sql`SELECT coalesce(sum(amount - settled), 0)::float8 AS overdue FROM receivables
         WHERE customer_id = ${customerId} AND settled < amount AND due_at < now()`,
  );
  return row.overdue;
}

export async function creditPosition(tx: DbOrTx, customerId: number): Promise<CreditPosition> {
  const [terms] = await queryRows<{ creditLimit: number; paymentTermDays: number }>(
    tx,
    sql`SELECT credit_limit::float8 AS "creditLimit", payment_term_days AS "paymentTermDays" FROM customers WHERE id = ${customerId}`,
  );
  const outstanding = await accountBalance(tx, customerId, 'credit');
  const committed = await committedCredit(tx, customerId);
  return {
    creditLimit: terms?.creditLimit ?? 0,
    paymentTermDays: terms?.paymentTermDays ?? 0,
    outstanding,
    committed,
    available: Math.max(0, (terms?.creditLimit ?? 0) - outstanding - committed),
    overdue: await overdueAmount(tx, customerId),
  };
}

/**
 * Refuses a new order while the customer has overdue receivables, when the supplier blocks that
 * (settings `payments.blockOverdue`): CREDIT_OVERDUE with the overdue amount.
 */
export async function assertNotOverdue(tx: DbOrTx, customerId: number): Promise<void> {
  const settings = await getPaymentSettings(tx);
  if (!settings.blockOverdue) return;
  const overdue = await overdueAmount(tx, customerId);
  if (overdue > 0) {
    throw new AppError(
      'CREDIT_OVERDUE',
      `有逾期未还的账款 ${yuan(overdue)}，请先还款 / Overdue receivables must be repaid first`,
      { overdue },
    );
  }
}

/**
 * Checks that a new credit order of `amount` fits: the credit limit less what is owed and what open
 * credit orders have committed. One statement, which also locks the customer's row so concurrent
 * orders decide one at a time.
 */
export async function assertCreditAvailable(tx: DbOrTx, customerId: number, amount: number): Promise<void> {
  const [row] = await queryRows<{ creditLimit: number; owed: number; committed: number }>(
    tx,
    sql`SELECT c.credit_limit::float8 AS "creditLimit",
               coalesce((SELECT a.balance FROM customer_accounts a WHERE a.customer_id = c.id AND a.kind = 'credit'), 0)::float8 AS owed,
               (SELECT coalesce(sum(greatest(0, o.total_amount - o.credited_amount - (o.paid_amount - o.refunded_amount))), 0)
                  FROM orders o WHERE o.customer_id = c.id AND o.payment_method = 'credit' AND o.status <> 'cancelled')::float8 AS committed
          FROM customers c WHERE c.id = ${customerId} FOR NO KEY UPDATE OF c`,
  );
  const creditLimit = row?.creditLimit ?? 0;
  const outstanding = (row?.owed ?? 0) + (row?.committed ?? 0);
  const available = creditLimit - outstanding;
  if (amount > available) {
    throw new AppError('CREDIT_LIMIT_EXCEEDED', '超出可用信用额度 / The order exceeds the available credit', {
      creditLimit,
      outstanding,
      available: Math.max(0, available),
      totalAmount: amount,
    });
  }
}

/**
 * Puts `amount` of an order on the customer's credit: a credit_charge entry and a receivable, due
 * `paymentTermDays` after its first goods ship (set then, if they have not yet). With
 * `enforceLimit` the charge must fit the limit less what other open credit orders committed; an
 * order that ships on credit was checked when it was placed and is charged regardless.
 */
export async function chargeCredit(
  tx: DbOrTx,
  input: {
    customerId: number;
    orderId: number;
    orderNumber: string;
    paymentId: number;
    amount: number;
    actorId: number | null;
    enforceLimit: boolean;
  },
): Promise<void> {
  const terms = await lockCreditTerms(tx, input.customerId);
  const ceiling = input.enforceLimit
    ? terms.creditLimit - (await committedCredit(tx, input.customerId, input.orderId))
    : undefined;
  await postEntry(tx, {
    customerId: input.customerId,
    account: 'credit',
    kind: 'credit_charge',
    amount: input.amount,
    orderId: input.orderId,
    paymentId: input.paymentId,
    note: `订单 ${input.orderNumber} 账期`,
    actorId: input.actorId,
    ceiling,
  });
  await tx.execute(sql`
    INSERT INTO receivables (customer_id, order_id, payment_id, amount, due_at)
    VALUES (${input.customerId}, ${input.orderId}, ${input.paymentId}, ${input.amount},
            (SELECT min(created_at) FROM shipments WHERE order_id = ${input.orderId}) + make_interval(days => ${terms.paymentTermDays}))`);
}

/** Once an order's first goods ship, its receivables fall due `paymentTermDays` later. */
export async function startReceivableTerms(tx: DbOrTx, orderId: number): Promise<void> {
  await tx.execute(sql`
    UPDATE receivables r
       SET due_at = (SELECT min(created_at) FROM shipments WHERE order_id = ${orderId}) + make_interval(days => c.payment_term_days)
      FROM customers c
     WHERE r.order_id = ${orderId} AND c.id = r.customer_id AND r.due_at IS NULL`);
}

/** Settles `amount` of the customer's open receivables, the oldest due first (undated last). */
export async function settleReceivables(tx: DbOrTx, customerId: number, amount: number): Promise<void> {
  const open = await queryRows<{ id: number; open: number }>(
    tx,
    sql`SELECT id::int AS id, (amount - settled)::float8 AS open FROM receivables
         WHERE customer_id = ${customerId} AND settled < amount
         ORDER BY due_at NULLS LAST, id FOR UPDATE`,
  );
  let left = amount;
  for (const r of open) {
    if (left <= 0) break;
    const take = Math.min(left, r.open);
    await settleReceivable(tx, r.id, take);
    left -= take;
  }
}

export async function settleReceivable(tx: DbOrTx, receivableId: number, amount: number): Promise<void> {
  await tx.execute(sql`
    UPDATE receivables SET settled = settled + ${amount},
           settled_at = CASE WHEN settled + ${amount} >= amount THEN now() ELSE NULL END
     WHERE id = ${receivableId}`);
}

/** The receivable a credit payment created, locked, with what is still open on it. */
export async function lockReceivableOf(tx: DbOrTx, paymentId: number) {
  const [row] = await queryRows<{ id: number; open: number }>(
    tx,
    sql`SELECT id::int AS id, (amount - settled)::float8 AS open FROM receivables WHERE payment_id = ${paymentId} FOR UPDATE`,
  );
  return row ?? null;
}

export const ageingBuckets = ['notDue', 'd1_30', 'd31_60', 'd61_90', 'd90plus'] as const;
export type AgeingBucket = (typeof ageingBuckets)[number];

/**
 * Receivables ageing (账龄) of open receivables by days past due: not yet due (or not shipped),
 * 1–30, 31–60, 61–90 and over 90 days overdue; one row per customer (alias `c`, in `scope`) with anything open.
 */
export function ageingSql(scope: SQL, customerId?: number) {
  return sql`
    SELECT c.id::int AS "customerId", c.name AS "customerName", c.code AS "customerCode",
           c.credit_limit::float8 AS "creditLimit", c.payment_term_days AS "paymentTermDays",
           sum(r.amount - r.settled)::float8 AS outstanding,
           coalesce(sum(r.amount - r.settled) FILTER (WHERE r.due_at < now()), 0)::float8 AS overdue,
           coalesce(sum(r.amount - r.settled) FILTER (WHERE r.due_at IS NULL OR r.due_at >= now()), 0)::float8 AS "notDue",
           coalesce(sum(r.amount - r.settled) FILTER (WHERE r.due_at < now() AND r.due_at >= now() - interval '30 days'), 0)::float8 AS "d1_30",
           coalesce(sum(r.amount - r.settled) FILTER (WHERE r.due_at < now() - interval '30 days' AND r.due_at >= now() - interval '60 days'), 0)::float8 AS "d31_60",
           coalesce(sum(r.amount - r.settled) FILTER (WHERE r.due_at < now() - interval '60 days' AND r.due_at >= now() - interval '90 days'), 0)::float8 AS "d61_90",
           coalesce(sum(r.amount - r.settled) FILTER (WHERE r.due_at < now() - interval '90 days'), 0)::float8 AS "d90plus",
           min(r.due_at) FILTER (WHERE r.due_at < now()) AS "oldestDueAt"
      FROM receivables r JOIN customers c ON c.id = r.customer_id
     WHERE r.settled < r.amount AND ${scope} ${customerId === undefined ? sql`` : sql`AND r.customer_id = ${customerId}`}
     GROUP BY c.id`;
}
