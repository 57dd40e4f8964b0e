import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type {
  AccountKind,
  EntryKind,
  OrderStatus,
  PaymentMethod,
  PaymentPurpose,
  PaymentState,
  PaymentStatus,
  RefundSource,
  RefundState,
} from '../../db/schema/index.ts';
import { notFound } from '../../lib/errors.ts';
import { pageOf } from '../../lib/pagination.ts';
import { iso, likeEscape, queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerScope } from '../customers/customer-scope.ts';
import { assertCustomerInScope } from '../pricing/price-inputs.ts';
import { ageingSql, creditPosition } from './credit.ts';
import { accountBalance } from './ledger.ts';

export interface PaymentView {
  id: number;
  number: string;
  customerId: number;
  customerName: string;
  orderId: number | null;
  orderNumber: string | null;
  purpose: PaymentPurpose;
  method: PaymentMethod;
  amount: number;
  appliedAmount: number;
  refundedAmount: number;
  status: PaymentState;
  providerTradeNo: string | null;
  codeUrl: string | null;
  payerName: string | null;
  vouchers: { index: number; name: string; url: string }[];
  note: string;
  rejectReason: string | null;
  createdByName: string | null;
  createdByKind: 'customer' | 'staff' | 'system';
  confirmedByName: string | null;
  paidAt: string | null;
  createdAt: string;
}

const paymentSelect = sql`
  SELECT p.id::int AS id, p.number, p.customer_id::int AS "customerId", c.name AS "customerName",
         p.order_id::int AS "orderId", o.number AS "orderNumber", p.purpose, p.method, p.amount::float8 AS amount,
         p.applied_amount::float8 AS "appliedAmount", p.refunded_amount::float8 AS "refundedAmount", p.status,
         p.provider_trade_no AS "providerTradeNo", p.code_url AS "codeUrl", p.payer_name AS "payerName",
         p.vouchers, p.note, p.reject_reason AS "rejectReason", cu.name AS "createdByName",
         p.created_by_kind AS "createdByKind", fu.name AS "confirmedByName",
         ${iso('p.paid_at')} AS "paidAt", ${iso('p.created_at')} AS "createdAt"
    FROM payments p
    JOIN customers c ON c.id = p.customer_id
    LEFT JOIN orders o ON o.id = p.order_id
    LEFT JOIN users cu ON cu.id = p.created_by_id
    LEFT JOIN users fu ON fu.id = p.confirmed_by_id`;

type PaymentRow = Omit<PaymentView, 'vouchers'> & { vouchers: { name: string; path: string }[] };

const toView = (row: PaymentRow): PaymentView => ({
  ...row,
  vouchers: row.vouchers.map((v, index) => ({
    index,
    name: v.name,
    url: `/api/payments/${row.id}/vouchers/${index}`,
  })),
});

/** One payment in the caller's scope (another customer's is NOT_FOUND). */
export async function getPayment(db: DbOrTx, user: AuthUser, paymentId: number): Promise<PaymentView> {
  const [row] = await queryRows<PaymentRow>(
    db,
    sql`${paymentSelect} WHERE p.id = ${paymentId} AND ${customerScope(user)}`,
  );
  if (!row) throw notFound('Payment');
  return toView(row);
}

export interface PaymentListQuery {
  page?: number;
  pageSize?: number;
  status?: PaymentState;
  method?: PaymentMethod;
  purpose?: PaymentPurpose;
  customerId?: number;
  orderId?: number;
  q?: string;
  /** YYYY-MM-DD, Asia/Shanghai, on paid_at (created_at while pending). */
  from?: string;
  to?: string;
  sort?: 'newest' | 'oldest';
}

export async function listPayments(db: DbOrTx, user: AuthUser, query: PaymentListQuery) {
  const where: SQL[] = [customerScope(user)];
  if (query.status) where.push(sql`p.status = ${query.status}`);
  if (query.method) where.push(sql`p.method = ${query.method}`);
  if (query.purpose) where.push(sql`p.purpose = ${query.purpose}`);
  if (query.customerId) where.push(sql`p.customer_id = ${query.customerId}`);
  if (query.orderId) where.push(sql`p.order_id = ${query.orderId}`);
  const day = sql`(coalesce(p.paid_at, p.created_at) AT TIME ZONE 'Asia/Shanghai')::date`;
  if (query.from) where.push(sql`${day} >= ${query.from}::date`);
  if (query.to) where.push(sql`${day} <= ${query.to}::date`);
  if (query.q?.trim()) {
    const like = `%${likeEscape(query.q.trim())}%`;
    where.push(
      sql`(p.number ILIKE ${like} OR o.number ILIKE ${like} OR c.name ILIKE ${like} OR p.payer_name ILIKE ${like} OR p.provider_trade_no ILIKE ${like})`,
    );
  }
  const filter = sql.join(where, sql` AND `);
  const { limit, offset } = pageOf(query);
  const rows = await queryRows<PaymentRow>(
    db,
    sql`${paymentSelect} WHERE ${filter} ORDER BY p.id ${query.sort === 'oldest' ? sql`ASC` : sql`DESC`} LIMIT ${limit} OFFSET ${offset}`,
  );
  const [count] = await queryRows<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total FROM payments p JOIN customers c ON c.id = p.customer_id
          LEFT JOIN orders o ON o.id = p.order_id WHERE ${filter}`,
  );
  return { items: rows.map(toView), total: count.total };
}

/** The stored voucher file of a payment in the caller's scope. */
export async function paymentVoucher(db: DbOrTx, user: AuthUser, paymentId: number, index: number) {
  const payment = await getPayment(db, user, paymentId);
  const [row] = await queryRows<{ vouchers: { name: string; path: string }[] }>(
    db,
    sql`SELECT vouchers FROM payments WHERE id = ${payment.id}`,
  );
  const voucher = row.vouchers[index];
  if (!voucher) throw notFound('Voucher');
  return voucher;
}

export interface EntryView {
  id: number;
  account: AccountKind;
  kind: EntryKind;
  amount: number;
  balanceAfter: number;
  orderId: number | null;
  orderNumber: string | null;
  paymentId: number | null;
  paymentNumber: string | null;
  note: string;
  createdByName: string | null;
  createdAt: string;
}

async function entries(
  db: DbOrTx,
  customerId: number,
  account: AccountKind,
  page: { page?: number; pageSize?: number },
) {
  const { limit, offset } = pageOf(page);
  const items = await queryRows<EntryView>(
    db,
    sql`SELECT e.id::int AS id, e.account, e.kind, e.amount::float8 AS amount, e.balance_after::float8 AS "balanceAfter",
               e.order_id::int AS "orderId", o.number AS "orderNumber", e.payment_id::int AS "paymentId",
               p.number AS "paymentNumber", e.note, u.name AS "createdByName", ${iso('e.created_at')} AS "createdAt"
          FROM account_entries e
          LEFT JOIN orders o ON o.id = e.order_id
          LEFT JOIN payments p ON p.id = e.payment_id
          LEFT JOIN users u ON u.id = e.created_by_id
         WHERE e.customer_id = ${customerId} AND e.account = ${account}
         ORDER BY e.id DESC LIMIT ${limit} OFFSET ${offset}`,
  );
  const [count] = await queryRows<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total FROM account_entries WHERE customer_id = ${customerId} AND account = ${account}`,
  );
  return { items, total: count.total };
}

/** `GET /api/customers/:id/wallet`: the balance and the latest entries. */
export async function getWallet(
  db: DbOrTx,
  user: AuthUser,
  customerId: number,
  page: { page?: number; pageSize?: number },
) {
  await assertCustomerInScope(db, user, customerId);
  const list = await entries(db, customerId, 'wallet', page);
  return {
    customerId,
    balance: await accountBalance(db, customerId, 'wallet'),
    entries: list.items,
    total: list.total,
  };
}

export interface ReceivableView {
  id: number;
  orderId: number;
  orderNumber: string;
  amount: number;
  settled: number;
  open: number;
  dueAt: string | null;
  overdueDays: number;
  createdAt: string;
}

/** `GET /api/customers/:id/credit`: limit, what is owed and committed, available, ageing, open receivables. */
export async function getCredit(
  db: DbOrTx,
  user: AuthUser,
  customerId: number,
  page: { page?: number; pageSize?: number },
) {
  await assertCustomerInScope(db, user, customerId);
  const position = await creditPosition(db, customerId);
  const [ageing] = await queryRows<Record<string, number>>(db, ageingSql(sql`true`, customerId));
  const receivables = await queryRows<ReceivableView>(
    db,
    sql`SELECT r.id::int AS id, r.order_id::int AS "orderId", o.number AS "orderNumber", r.amount::float8 AS amount,
               r.settled::float8 AS settled, (r.amount - r.settled)::float8 AS open, ${iso('r.due_at')} AS "dueAt",
               greatest(0, floor(extract(epoch FROM now() - r.due_at) / 86400))::int AS "overdueDays",
               ${iso('r.created_at')} AS "createdAt"
          FROM receivables r JOIN orders o ON o.id = r.order_id
         WHERE r.customer_id = ${customerId} AND r.settled < r.amount
         ORDER BY r.due_at NULLS LAST, r.id LIMIT 200`,
  );
  const list = await entries(db, customerId, 'credit', page);
  return {
    customerId,
    ...position,
    ageing: {
      notDue: ageing?.notDue ?? 0,
      d1_30: ageing?.d1_30 ?? 0,
      d31_60: ageing?.d31_60 ?? 0,
      d61_90: ageing?.d61_90 ?? 0,
      d90plus: ageing?.d90plus ?? 0,
    },
    receivables,
    entries: list.items,
    total: list.total,
  };
}

/** Receivables ageing over every customer in scope, largest overdue first. */
export async function ageingReport(db: DbOrTx, user: AuthUser, query: { overdueOnly?: boolean; q?: string }) {
  const scope = customerScope(user);
  const like = query.q?.trim() ? `%${likeEscape(query.q.trim())}%` : null;
  const rows = await queryRows<{
    customerId: number;
    customerName: string;
    customerCode: string;
    creditLimit: number;
    paymentTermDays: number;
    outstanding: number;
    overdue: number;
    notDue: number;
    d1_30: number;
    d31_60: number;
    d61_90: number;
    d90plus: number;
    oldestDueAt: string | null;
  }>(
    db,
    sql`SELECT a.*, ${iso('a."oldestDueAt"')} AS "oldestDueAt" FROM (${ageingSql(scope)}) a
         WHERE true ${query.overdueOnly ? sql`AND a.overdue > 0` : sql``}
           ${like ? sql`AND (a."customerName" ILIKE ${like} OR a."customerCode" ILIKE ${like})` : sql``}
         ORDER BY a.overdue DESC, a.outstanding DESC LIMIT 500`,
  );
  const totals = { outstanding: 0, overdue: 0, notDue: 0, d1_30: 0, d31_60: 0, d61_90: 0, d90plus: 0 };
  for (const r of rows) for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += r[k];
  return { items: rows, totals };
}

export interface RefundView {
  id: number;
  number: string;
  paymentId: number;
  paymentNumber: string;
  orderId: number | null;
  orderNumber: string | null;
  customerId: number;
  customerName: string;
  method: PaymentMethod;
  amount: number;
  status: RefundState;
  source: RefundSource;
  reason: string;
  providerRefundNo: string | null;
  failureMessage: string | null;
  createdAt: string;
  completedAt: string | null;
}

const refundSelect = sql`
  SELECT r.id::int AS id, r.number, r.payment_id::int AS "paymentId", p.number AS "paymentNumber",
         r.order_id::int AS "orderId", o.number AS "orderNumber", r.customer_id::int AS "customerId",
         c.name AS "customerName", r.method, r.amount::float8 AS amount, r.status, r.source, r.reason,
         r.provider_refund_no AS "providerRefundNo", r.failure_message AS "failureMessage",
         ${iso('r.created_at')} AS "createdAt", ${iso('r.completed_at')} AS "completedAt"
    FROM refunds r JOIN payments p ON p.id = r.payment_id JOIN customers c ON c.id = r.customer_id
    LEFT JOIN orders o ON o.id = r.order_id`;

export async function listRefunds(
  db: DbOrTx,
  user: AuthUser,
  query: { page?: number; pageSize?: number; status?: RefundState; customerId?: number; orderId?: number },
) {
  const where: SQL[] = [customerScope(user)];
  if (query.status) where.push(sql`r.status = ${query.status}`);
  if (query.customerId) where.push(sql`r.customer_id = ${query.customerId}`);
  if (query.orderId) where.push(sql`r.order_id = ${query.orderId}`);
  const filter = sql.join(where, sql` AND `);
  const { limit, offset } = pageOf(query);
  const items = await queryRows<RefundView>(
    db,
    sql`${refundSelect} WHERE ${filter} ORDER BY r.id DESC LIMIT ${limit} OFFSET ${offset}`,
  );
  const [count] = await queryRows<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total FROM refunds r JOIN customers c ON c.id = r.customer_id WHERE ${filter}`,
  );
  return { items, total: count.total };
}

export interface BillView {
  orderId: number;
  orderNumber: string;
  customerId: number;
  customerName: string;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  paymentMethod: PaymentMethod | null;
  totalAmount: number;
  creditedAmount: number;
  paidAmount: number;
  refundedAmount: number;
  dueAmount: number;
  createdAt: string;
}

const billFields = sql`
  o.id::int AS "orderId", o.number AS "orderNumber", o.customer_id::int AS "customerId", c.name AS "customerName",
  o.status, o.payment_status AS "paymentStatus", o.payment_method AS "paymentMethod",
  o.total_amount::float8 AS "totalAmount", o.credited_amount::float8 AS "creditedAmount",
  o.paid_amount::float8 AS "paidAmount", o.refunded_amount::float8 AS "refundedAmount",
  greatest(0, (CASE WHEN o.status = 'cancelled' THEN 0 ELSE o.total_amount - o.credited_amount END)
                - (o.paid_amount - o.refunded_amount))::float8 AS "dueAmount",
  ${iso('o.created_at')} AS "createdAt"`;

/** Bills (账单): one per order with what it is worth, paid, refunded and still due. */
export async function listBills(
  db: DbOrTx,
  user: AuthUser,
  query: {
    page?: number;
    pageSize?: number;
    customerId?: number;
    paymentStatus?: PaymentStatus;
    due?: boolean;
    q?: string;
  },
) {
  const where: SQL[] = [customerScope(user)];
  if (query.customerId) where.push(sql`o.customer_id = ${query.customerId}`);
  if (query.paymentStatus) where.push(sql`o.payment_status = ${query.paymentStatus}`);
  if (query.due) {
    where.push(sql`o.status <> 'cancelled' AND o.total_amount - o.credited_amount > o.paid_amount - o.refunded_amount`);
  }
  if (query.q?.trim()) {
    const like = `%${likeEscape(query.q.trim())}%`;
    where.push(sql`(o.number ILIKE ${like} OR c.name ILIKE ${like})`);
  }
  const filter = sql.join(where, sql` AND `);
  const { limit, offset } = pageOf(query);
  const items = await queryRows<BillView>(
    db,
    sql`SELECT ${billFields} FROM orders o JOIN customers c ON c.id = o.customer_id
         WHERE ${filter} ORDER BY o.id DESC LIMIT ${limit} OFFSET ${offset}`,
  );
  const [count] = await queryRows<{ total: number; due: number }>(
    db,
    sql`SELECT count(*)::int AS total,
               coalesce(sum(greatest(0, (CASE WHEN o.status = 'cancelled' THEN 0 ELSE o.total_amount - o.credited_amount END)
                 - (o.paid_amount - o.refunded_amount))), 0)::float8 AS due
          FROM orders o JOIN customers c ON c.id = o.customer_id WHERE ${filter}`,
  );
  return { items, total: count.total, dueTotal: count.due };
}

/** `GET /api/orders/:id/bill`: the order's bill with every payment and refund. */
export async function getBill(db: DbOrTx, user: AuthUser, orderId: number) {
  const [bill] = await queryRows<BillView>(
    db,
    sql`SELECT ${billFields} FROM orders o JOIN customers c ON c.id = o.customer_id
         WHERE o.id = ${orderId} AND ${customerScope(user)}`,
  );
  if (!bill) throw notFound('Order');
  const payments = await queryRows<PaymentRow>(db, sql`${paymentSelect} WHERE p.order_id = ${orderId} ORDER BY p.id`);
  const refunds = await queryRows<RefundView>(db, sql`${refundSelect} WHERE r.order_id = ${orderId} ORDER BY r.id`);
  const [receivable] = await queryRows<{ dueAt: string | null; open: number }>(
    db,
    sql`SELECT ${iso('min(due_at)')} AS "dueAt", coalesce(sum(amount - settled), 0)::float8 AS open
          FROM receivables WHERE order_id = ${orderId}`,
  );
  return {
    ...bill,
    creditDueAt: receivable.dueAt,
    creditOpen: receivable.open,
    payments: payments.map(toView),
    refunds,
  };
}
