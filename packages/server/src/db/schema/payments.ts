import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { customers } from './customers.ts';
import { inList, orderReturns, orders, paymentMethods } from './orders.ts';

// Money (docs/payments.md): every customer has two accounts, a prepaid wallet (预存款) and a
// receivable (credit, 账期), each an append-only ledger of entries with its balance kept in step in
// the same transaction. Payments are the money that comes in (for an order, a top-up or a credit
// repayment), refunds the money that goes back.

export const accountKinds = ['wallet', 'credit'] as const;
export type AccountKind = (typeof accountKinds)[number];

/**
 * top_up +, payment − (wallet pays an order), refund + to the wallet / − off the receivable,
 * adjustment ±, credit_charge + (an order put on credit), repayment − (the receivable paid).
 */
export const entryKinds = ['top_up', 'payment', 'refund', 'adjustment', 'credit_charge', 'repayment'] as const;
export type EntryKind = (typeof entryKinds)[number];

/**
 * One row per customer and account. `balance` is the wallet's money (≥ 0) or what the customer owes
 * on credit (≥ 0); it always equals the sum of the account's entries.
 */
export const customerAccounts = pgTable(
  'customer_accounts',
  {
    customerId: bigint('customer_id', { mode: 'number' })
      .notNull()
      .references(() => customers.id),
    kind: text('kind', { enum: accountKinds }).notNull(),
    balance: bigint('balance', { mode: 'number' }).notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.kind] }),
    check('customer_accounts_kind_ck', sql`${t.kind} IN (${inList(accountKinds)})`),
    check('customer_accounts_balance_ck', sql`${t.balance} >= 0`),
  ],
);

/** The ledger: never updated or deleted (a trigger refuses it); a correction is a new entry. */
export const accountEntries = pgTable(
  'account_entries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    customerId: bigint('customer_id', { mode: 'number' })
      .notNull()
      .references(() => customers.id),
    account: text('account', { enum: accountKinds }).notNull(),
    kind: text('kind', { enum: entryKinds }).notNull(),
    /** Signed fen: what the entry adds to the account's balance. */
    amount: bigint('amount', { mode: 'number' }).notNull(),
    balanceAfter: bigint('balance_after', { mode: 'number' }).notNull(),
    orderId: bigint('order_id', { mode: 'number' }).references(() => orders.id),
    paymentId: bigint('payment_id', { mode: 'number' }),
    refundId: bigint('refund_id', { mode: 'number' }),
    note: text('note').notNull().default(''),
    createdById: bigint('created_by_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('account_entries_customer_idx').on(t.customerId, t.account, t.id),
    index('account_entries_created_idx').on(t.createdAt),
    check('account_entries_account_ck', sql`${t.account} IN (${inList(accountKinds)})`),
    check('account_entries_kind_ck', sql`${t.kind} IN (${inList(entryKinds)})`),
    check('account_entries_amount_ck', sql`${t.amount} <> 0`),
  ],
);

export const paymentPurposes = ['order', 'top_up', 'repayment'] as const;
export type PaymentPurpose = (typeof paymentPurposes)[number];

/** pending: waiting for the provider or for finance; succeeded; rejected by finance; closed unpaid. */
export const paymentStates = ['pending', 'succeeded', 'rejected', 'closed'] as const;
export type PaymentState = (typeof paymentStates)[number];

export const paymentNumberSeq = pgSequence('payment_number_seq');

export interface PaymentVoucher {
  path: string;
  name: string;
  size: number;
}

/** Money coming in: for an order, a wallet top-up or a credit repayment. */
export const payments = pgTable(
  'payments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** PAY + date (Asia/Shanghai) + sequence; also the out_trade_no sent to online providers. */
    number: text('number')
      .notNull()
      .default(
        sql`'PAY' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || lpad(nextval('payment_number_seq')::text, 6, '0')`,
      ),
    customerId: bigint('customer_id', { mode: 'number' })
      .notNull()
      .references(() => customers.id),
    orderId: bigint('order_id', { mode: 'number' }).references(() => orders.id),
    purpose: text('purpose', { enum: paymentPurposes }).notNull(),
    method: text('method', { enum: paymentMethods }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    /** Of `amount`, what went to the order or the receivable; the rest (a late or double payment) went to the wallet. */
    appliedAmount: bigint('applied_amount', { mode: 'number' }).notNull().default(0),
    refundedAmount: bigint('refunded_amount', { mode: 'number' }).notNull().default(0),
    status: text('status', { enum: paymentStates }).notNull().default('pending'),
    /** The provider's transaction number (支付宝交易号 / 微信订单号) or the bank's reference. */
    providerTradeNo: text('provider_trade_no'),
    /** What the buyer scans: the provider's code URL. */
    codeUrl: text('code_url'),
    payerName: text('payer_name'),
    vouchers: jsonb('vouchers').$type<PaymentVoucher[]>().notNull().default(sql`'[]'::jsonb`),
    note: text('note').notNull().default(''),
    rejectReason: text('reject_reason'),
    createdById: bigint('created_by_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    createdByKind: text('created_by_kind', { enum: ['customer', 'staff', 'system'] }).notNull(),
    confirmedById: bigint('confirmed_by_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('payments_number_uq').on(t.number),
    uniqueIndex('payments_provider_trade_uq')
      .on(t.method, t.providerTradeNo)
      .where(sql`${t.providerTradeNo} IS NOT NULL AND ${t.method} IN ('alipay', 'wechat')`),
    index('payments_order_idx').on(t.orderId),
    index('payments_customer_idx').on(t.customerId, t.id),
    index('payments_status_idx').on(t.status, t.method, t.id),
    index('payments_paid_idx').on(t.paidAt),
    check('payments_purpose_ck', sql`${t.purpose} IN (${inList(paymentPurposes)})`),
    check('payments_status_ck', sql`${t.status} IN (${inList(paymentStates)})`),
    check('payments_order_ck', sql`(${t.purpose} = 'order') = (${t.orderId} IS NOT NULL)`),
    check(
      'payments_amounts_ck',
      sql`${t.amount} > 0 AND ${t.appliedAmount} >= 0 AND ${t.appliedAmount} <= ${t.amount} AND ${t.refundedAmount} >= 0 AND ${t.refundedAmount} <= ${t.appliedAmount}`,
    ),
  ],
);

export const refundStates = ['pending', 'succeeded', 'failed'] as const;
export type RefundState = (typeof refundStates)[number];
export const refundSources = ['cancel', 'return', 'edit', 'manual'] as const;
export type RefundSource = (typeof refundSources)[number];

export const refundNumberSeq = pgSequence('refund_number_seq');

/**
 * Money going back, always against one payment and to its method: the wallet and the receivable at
 * once, an online provider through its refund call (pending until it answers), an offline transfer by
 * finance (pending until finance records it).
 */
export const refunds = pgTable(
  'refunds',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    number: text('number')
      .notNull()
      .default(
        sql`'RF' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || lpad(nextval('refund_number_seq')::text, 6, '0')`,
      ),
    paymentId: bigint('payment_id', { mode: 'number' })
      .notNull()
      .references(() => payments.id),
    orderId: bigint('order_id', { mode: 'number' }).references(() => orders.id),
    customerId: bigint('customer_id', { mode: 'number' })
      .notNull()
      .references(() => customers.id),
    /** Where the money goes: the payment's method, or the wallet when a credit charge was already repaid. */
    method: text('method', { enum: paymentMethods }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    status: text('status', { enum: refundStates }).notNull().default('pending'),
    source: text('source', { enum: refundSources }).notNull(),
    returnId: bigint('return_id', { mode: 'number' }).references(() => orderReturns.id),
    reason: text('reason').notNull().default(''),
    providerRefundNo: text('provider_refund_no'),
    failureMessage: text('failure_message'),
    createdById: bigint('created_by_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    completedById: bigint('completed_by_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('refunds_number_uq').on(t.number),
    index('refunds_payment_idx').on(t.paymentId),
    index('refunds_order_idx').on(t.orderId),
    index('refunds_customer_idx').on(t.customerId, t.id),
    index('refunds_status_idx').on(t.status, t.id),
    check('refunds_status_ck', sql`${t.status} IN (${inList(refundStates)})`),
    check('refunds_source_ck', sql`${t.source} IN (${inList(refundSources)})`),
    check('refunds_amount_ck', sql`${t.amount} > 0`),
  ],
);

/**
 * What one credit order owes (应收): charged when the order is put on credit, due `paymentTermDays`
 * after it ships, settled by repayments (oldest due first) and refunds. The credit account's balance
 * is the sum of `amount - settled` over the customer's receivables.
 */
export const receivables = pgTable(
  'receivables',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    customerId: bigint('customer_id', { mode: 'number' })
      .notNull()
      .references(() => customers.id),
    orderId: bigint('order_id', { mode: 'number' })
      .notNull()
      .references(() => orders.id),
    paymentId: bigint('payment_id', { mode: 'number' })
      .notNull()
      .references(() => payments.id),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    settled: bigint('settled', { mode: 'number' }).notNull().default(0),
    /** null until the order ships. */
    dueAt: timestamp('due_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp('settled_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('receivables_payment_uq').on(t.paymentId),
    index('receivables_customer_open_idx').on(t.customerId, t.dueAt).where(sql`${t.settled} < ${t.amount}`),
    index('receivables_order_idx').on(t.orderId),
    check('receivables_amounts_ck', sql`${t.amount} > 0 AND ${t.settled} >= 0 AND ${t.settled} <= ${t.amount}`),
  ],
);
