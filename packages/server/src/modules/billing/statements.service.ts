import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import type { StatementResponse } from '../../db/schema/index.ts';
import { audit } from '../../lib/audit.ts';
import { AppError, forbidden, notFound } from '../../lib/errors.ts';
import { iso, likeEscape, queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerScope } from '../customers/customer-scope.ts';

// Monthly statements (对账单), docs/payments.md. A statement is computed from what happened, never
// stored: its balance is what the customer owes the supplier on orders (应收余额; negative when the
// supplier owes the customer). It rises with every order placed, falls when an order is cancelled,
// when returned goods come back (the credit given for them), with every payment that settles an
// order or repays credit (putting an order on credit settles nothing), rises again with every
// refund paid out to the wallet or a provider or by transfer (a refund finance makes by hand also
// credits the order, 退款冲减), and moves with credit adjustments.
// So at any moment it equals the credit account's balance plus what orders still have due.

export type StatementLineKind = 'order' | 'cancel' | 'return' | 'payment' | 'refund' | 'adjustment';

export interface StatementLine {
  at: string;
  kind: StatementLineKind;
  reference: string;
  orderNumber: string | null;
  description: string;
  /** The payment or refund's method (wallet, credit, offline, alipay, wechat); null for other lines. */
  method: string | null;
  /** Signed fen: what it adds to the balance owed. */
  amount: number;
  balance: number;
}

const methodLabel = (column: string) =>
  sql.raw(`CASE ${column} WHEN 'wallet' THEN '预存款' WHEN 'credit' THEN '账期' WHEN 'offline' THEN '线下转账'
    WHEN 'alipay' THEN '支付宝' WHEN 'wechat' THEN '微信支付' ELSE ${column} END`);

/** Every movement of a customer's statement balance: (at, kind, reference, order number, description, amount). */
function movements(customerId: SQL | number): SQL {
  const c = typeof customerId === 'number' ? sql`${customerId}` : customerId;
  return sql`
    SELECT o.customer_id, o.created_at AS at, 'order' AS kind, o.number AS reference, o.number AS order_number,
           '订单' AS description, NULL::text AS method, o.total_amount AS amount
      FROM orders o WHERE o.customer_id = ${c}
    UNION ALL
    SELECT o.customer_id, e.created_at, 'cancel', o.number, o.number, '订单取消', NULL, -o.total_amount
      FROM order_events e JOIN orders o ON o.id = e.order_id
     WHERE o.customer_id = ${c} AND e.kind = 'cancelled'
    UNION ALL
    SELECT o.customer_id, r.received_at, 'return', o.number, o.number, '退货冲减', NULL, -r.refund_amount
      FROM order_returns r JOIN orders o ON o.id = r.order_id
     WHERE o.customer_id = ${c} AND r.status = 'received' AND r.refund_amount > 0
    UNION ALL
    SELECT p.customer_id, p.paid_at, 'payment', p.number, o.number,
           (CASE WHEN p.purpose = 'repayment' THEN '账期还款 · ' ELSE '付款 · ' END) || ${methodLabel('p.method')},
           p.method, -p.applied_amount
      FROM payments p LEFT JOIN orders o ON o.id = p.order_id
     WHERE p.customer_id = ${c} AND p.status = 'succeeded' AND p.method <> 'credit'
       AND p.purpose IN ('order', 'repayment') AND p.applied_amount > 0
    UNION ALL
    SELECT f.customer_id, f.created_at, 'refund', f.number, o.number,
           '退款 · ' || ${methodLabel('f.method')}, f.method, f.amount
      FROM refunds f JOIN payments fp ON fp.id = f.payment_id LEFT JOIN orders o ON o.id = f.order_id
     WHERE f.customer_id = ${c} AND f.method <> 'credit' AND fp.purpose = 'order'
    UNION ALL
    SELECT f.customer_id, f.created_at, 'adjustment', f.number, o.number, '退款冲减', NULL, -f.amount
      FROM refunds f JOIN orders o ON o.id = f.order_id
     WHERE f.customer_id = ${c} AND f.source = 'manual'
    UNION ALL
    SELECT e.customer_id, e.created_at, 'adjustment', 'ADJ' || e.id, NULL, '应收调整 · ' || e.note, NULL, e.amount
      FROM account_entries e
     WHERE e.customer_id = ${c} AND e.account = 'credit' AND e.kind = 'adjustment'`;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month's bounds in Asia/Shanghai as instants; 400 for a malformed month. */
export function monthBounds(month: string): { from: string; to: string } {
  const m = MONTH.exec(month);
  if (!m) {
    throw new AppError('VALIDATION_FAILED', 'The request is invalid', {
      fields: [{ path: '/params/month', message: '月份格式为 YYYY-MM / month is YYYY-MM' }],
    });
  }
  const year = Number(m[1]);
  const mon = Number(m[2]);
  const from = new Date(Date.UTC(year, mon - 1, 1) - 8 * 3600_000);
  const to = new Date(Date.UTC(mon === 12 ? year + 1 : year, mon === 12 ? 0 : mon, 1) - 8 * 3600_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** YYYY-MM of an instant in Asia/Shanghai. */
export const shanghaiMonth = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 7);

async function visibleCustomer(db: DbOrTx, user: AuthUser, customerId: number) {
  const [row] = await queryRows<{ id: number; name: string; code: string }>(
    db,
    sql`SELECT c.id::int AS id, c.name, c.code FROM customers c WHERE c.id = ${customerId} AND ${customerScope(user)}`,
  );
  if (!row) throw notFound('Customer');
  return row;
}

export interface StatementResponseView {
  status: StatementResponse;
  comment: string;
  openingBalance: number;
  closingBalance: number;
  respondedByName: string | null;
  respondedAt: string;
  reply: string | null;
  repliedByName: string | null;
  repliedAt: string | null;
}

async function responseOf(db: DbOrTx, customerId: number, month: string): Promise<StatementResponseView | null> {
  const [row] = await queryRows<StatementResponseView>(
    db,
    sql`SELECT s.status, s.comment, s.opening_balance::float8 AS "openingBalance", s.closing_balance::float8 AS "closingBalance",
               u.name AS "respondedByName", ${iso('s.responded_at')} AS "respondedAt", s.reply,
               r.name AS "repliedByName", ${iso('s.replied_at')} AS "repliedAt"
          FROM customer_statements s LEFT JOIN users u ON u.id = s.responded_by_id LEFT JOIN users r ON r.id = s.replied_by_id
         WHERE s.customer_id = ${customerId} AND s.month = ${month}`,
  );
  return row ?? null;
}

/** `GET /api/customers/:id/statements/:month`: the month's statement for a customer in scope. */
export async function getStatement(db: DbOrTx, user: AuthUser, customerId: number, month: string, now = new Date()) {
  const customer = await visibleCustomer(db, user, customerId);
  const { from, to } = monthBounds(month);
  const [opening] = await queryRows<{ balance: number }>(
    db,
    sql`SELECT coalesce(sum(amount), 0)::float8 AS balance FROM (${movements(customerId)}) m WHERE m.at < ${from}::timestamptz`,
  );
  const rows = await queryRows<Omit<StatementLine, 'balance'>>(
    db,
    sql`SELECT ${iso('m.at')} AS at, m.kind, m.reference, m.order_number AS "orderNumber", m.description, m.method,
               m.amount::float8 AS amount
          FROM (${movements(customerId)}) m
         WHERE m.at >= ${from}::timestamptz AND m.at < ${to}::timestamptz
         ORDER BY m.at, m.kind = 'order' DESC, m.reference`,
  );
  let balance = opening.balance;
  const lines: StatementLine[] = rows.map((r) => {
    balance += r.amount;
    return { ...r, balance };
  });
  const totals: Record<StatementLineKind, number> = {
    order: 0,
    cancel: 0,
    return: 0,
    payment: 0,
    refund: 0,
    adjustment: 0,
  };
  for (const l of lines) totals[l.kind] += l.amount;

  const orders = await queryRows<{
    id: number;
    number: string;
    createdAt: string;
    status: string;
    totalAmount: number;
  }>(
    db,
    sql`SELECT o.id::int AS id, o.number, ${iso('o.created_at')} AS "createdAt", o.status, o.total_amount::float8 AS "totalAmount"
          FROM orders o WHERE o.customer_id = ${customerId}
           AND o.created_at >= ${from}::timestamptz AND o.created_at < ${to}::timestamptz ORDER BY o.created_at, o.id`,
  );
  const payments = await queryRows<{
    id: number;
    number: string;
    orderNumber: string | null;
    purpose: string;
    method: string;
    amount: number;
    appliedAmount: number;
    paidAt: string;
  }>(
    db,
    sql`SELECT p.id::int AS id, p.number, o.number AS "orderNumber", p.purpose, p.method, p.amount::float8 AS amount,
               p.applied_amount::float8 AS "appliedAmount", ${iso('p.paid_at')} AS "paidAt"
          FROM payments p LEFT JOIN orders o ON o.id = p.order_id
         WHERE p.customer_id = ${customerId} AND p.status = 'succeeded'
           AND p.paid_at >= ${from}::timestamptz AND p.paid_at < ${to}::timestamptz ORDER BY p.paid_at, p.id`,
  );
  const refunds = await queryRows<{
    id: number;
    number: string;
    orderNumber: string | null;
    method: string;
    amount: number;
    status: string;
    createdAt: string;
  }>(
    db,
    sql`SELECT f.id::int AS id, f.number, o.number AS "orderNumber", f.method, f.amount::float8 AS amount, f.status,
               ${iso('f.created_at')} AS "createdAt"
          FROM refunds f LEFT JOIN orders o ON o.id = f.order_id
         WHERE f.customer_id = ${customerId} AND f.created_at >= ${from}::timestamptz AND f.created_at < ${to}::timestamptz
         ORDER BY f.created_at, f.id`,
  );
  const [wallet] = await queryRows<{
    opening: number;
    closing: number;
    topUps: number;
    payments: number;
    refunds: number;
    adjustments: number;
  }>(
    db,
    sql`SELECT coalesce(sum(amount) FILTER (WHERE created_at < ${from}::timestamptz), 0)::float8 AS opening,
               coalesce(sum(amount) FILTER (WHERE created_at < ${to}::timestamptz), 0)::float8 AS closing,
               coalesce(sum(amount) FILTER (WHERE kind = 'top_up' AND created_at >= ${from}::timestamptz AND created_at < ${to}::timestamptz), 0)::float8 AS "topUps",
               coalesce(sum(amount) FILTER (WHERE kind = 'payment' AND created_at >= ${from}::timestamptz AND created_at < ${to}::timestamptz), 0)::float8 AS payments,
               coalesce(sum(amount) FILTER (WHERE kind = 'refund' AND created_at >= ${from}::timestamptz AND created_at < ${to}::timestamptz), 0)::float8 AS refunds,
               coalesce(sum(amount) FILTER (WHERE kind = 'adjustment' AND created_at >= ${from}::timestamptz AND created_at < ${to}::timestamptz), 0)::float8 AS adjustments
          FROM account_entries WHERE customer_id = ${customerId} AND account = 'wallet'`,
  );
  const response = await responseOf(db, customerId, month);
  const ended = new Date(to).getTime() <= now.getTime();
  const empty = lines.length === 0 && opening.balance === 0;
  const canRespond =
    ended &&
    !empty &&
    user.kind === 'customer' &&
    user.permissions.includes('statements:confirm') &&
    (!response || response.status === 'disputed');
  return {
    customerId,
    customerName: customer.name,
    customerCode: customer.code,
    month,
    from,
    to,
    ended,
    openingBalance: opening.balance,
    closingBalance: balance,
    totals,
    lines,
    orders,
    payments,
    refunds,
    wallet,
    response,
    canRespond,
  };
}

export type StatementView = Awaited<ReturnType<typeof getStatement>>;

/** The customer's last `months` statements (newest first) with their balances and answers. */
export async function listStatements(db: DbOrTx, user: AuthUser, customerId: number, months = 12, now = new Date()) {
  await visibleCustomer(db, user, customerId);
  const list: string[] = [];
  const cursor = new Date(now.getTime() + 8 * 3600_000);
  for (let i = 0; i < months; i++) {
    list.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCDate(1);
    cursor.setUTCMonth(cursor.getUTCMonth() - 1);
  }
  const sums = await queryRows<{ month: string; amount: number; count: number }>(
    db,
    sql`SELECT to_char(m.at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, sum(m.amount)::float8 AS amount, count(*)::int AS count
          FROM (${movements(customerId)}) m GROUP BY 1`,
  );
  const responses = await queryRows<{ month: string; status: StatementResponse }>(
    db,
    sql`SELECT month, status FROM customer_statements WHERE customer_id = ${customerId}`,
  );
  const byMonth = new Map(sums.map((s) => [s.month, s]));
  const answered = new Map(responses.map((r) => [r.month, r.status]));
  return {
    items: list.map((month) => {
      const opening = sums.filter((s) => s.month < month).reduce((a, s) => a + s.amount, 0);
      const own = byMonth.get(month);
      return {
        month,
        openingBalance: opening,
        closingBalance: opening + (own?.amount ?? 0),
        lineCount: own?.count ?? 0,
        ended: new Date(monthBounds(month).to).getTime() <= now.getTime(),
        status: answered.get(month) ?? null,
      };
    }),
  };
}

/** The customer confirms (确认) or disputes (有异议, with a comment) an ended month's statement. */
export async function respondToStatement(
  tx: Tx,
  user: AuthUser,
  customerId: number,
  month: string,
  status: StatementResponse,
  comment: string,
) {
  if (user.kind !== 'customer') throw forbidden('只有客户可以确认对账单 / Only the customer answers its statement');
  const statement = await getStatement(tx, user, customerId, month);
  if (!statement.ended) {
    throw new AppError('INVALID_STATE', '本月尚未结束，不能确认 / The month has not ended yet', { month });
  }
  if (statement.response?.status === 'confirmed') {
    throw new AppError('INVALID_STATE', '该对账单已确认 / This statement is already confirmed', { month });
  }
  if (status === 'disputed' && !comment.trim()) {
    throw new AppError('VALIDATION_FAILED', 'The request is invalid', {
      fields: [{ path: '/body/comment', message: '请说明异议 / say what is wrong' }],
    });
  }
  await tx.execute(sql`
    INSERT INTO customer_statements (customer_id, month, status, opening_balance, closing_balance, comment, responded_by_id, responded_at)
    VALUES (${customerId}, ${month}, ${status}, ${statement.openingBalance}, ${statement.closingBalance}, ${comment.trim()}, ${user.id}, now())
    ON CONFLICT (customer_id, month) DO UPDATE SET status = excluded.status, opening_balance = excluded.opening_balance,
      closing_balance = excluded.closing_balance, comment = excluded.comment, responded_by_id = excluded.responded_by_id,
      responded_at = now()`);
  await audit(
    tx,
    { id: user.id, name: user.name },
    {
      action: `statement.${status}`,
      targetType: 'customer',
      targetId: customerId,
      details: { month, closingBalance: statement.closingBalance, comment: comment.trim() },
    },
  );
  return getStatement(tx, user, customerId, month);
}

/** Finance answers a dispute. */
export async function replyToStatement(tx: Tx, user: AuthUser, customerId: number, month: string, reply: string) {
  await visibleCustomer(tx, user, customerId);
  const done = await queryRows<{ month: string }>(
    tx,
    sql`UPDATE customer_statements SET reply = ${reply.trim()}, replied_by_id = ${user.id}, replied_at = now()
         WHERE customer_id = ${customerId} AND month = ${month} AND status = 'disputed' RETURNING month`,
  );
  if (!done.length) {
    throw new AppError('INVALID_STATE', '该对账单没有待回复的异议 / No dispute to answer on this statement', { month });
  }
  await audit(
    tx,
    { id: user.id, name: user.name },
    {
      action: 'statement.replied',
      targetType: 'customer',
      targetId: customerId,
      details: { month, reply: reply.trim() },
    },
  );
  return getStatement(tx, user, customerId, month);
}

/** Finance's overview of one month: every customer in scope with a balance or activity, and its answer. */
export async function statementsOverview(
  db: DbOrTx,
  user: AuthUser,
  query: { month: string; status?: StatementResponse | 'unanswered'; q?: string },
) {
  const { from, to } = monthBounds(query.month);
  const like = query.q?.trim() ? `%${likeEscape(query.q.trim())}%` : null;
  const rows = await queryRows<{
    customerId: number;
    customerName: string;
    customerCode: string;
    openingBalance: number;
    closingBalance: number;
    lineCount: number;
    status: StatementResponse | null;
    comment: string | null;
    reply: string | null;
  }>(
    db,
    sql`SELECT c.id::int AS "customerId", c.name AS "customerName", c.code AS "customerCode",
               coalesce(sum(m.amount) FILTER (WHERE m.at < ${from}::timestamptz), 0)::float8 AS "openingBalance",
               coalesce(sum(m.amount) FILTER (WHERE m.at < ${to}::timestamptz), 0)::float8 AS "closingBalance",
               count(*) FILTER (WHERE m.at >= ${from}::timestamptz AND m.at < ${to}::timestamptz)::int AS "lineCount",
               s.status, s.comment, s.reply
          FROM customers c
          CROSS JOIN LATERAL (${movements(sql.raw('c.id'))}) m
          LEFT JOIN customer_statements s ON s.customer_id = c.id AND s.month = ${query.month}
         WHERE ${customerScope(user)} ${like ? sql`AND (c.name ILIKE ${like} OR c.code ILIKE ${like})` : sql``}
           ${
             !query.status
               ? sql``
               : query.status === 'unanswered'
                 ? sql`AND s.status IS NULL`
                 : sql`AND s.status = ${query.status}`
           }
         GROUP BY c.id, s.status, s.comment, s.reply
        HAVING s.status IS NOT NULL
            OR count(*) FILTER (WHERE m.at >= ${from}::timestamptz AND m.at < ${to}::timestamptz) > 0
            OR coalesce(sum(m.amount) FILTER (WHERE m.at < ${to}::timestamptz), 0) <> 0
         ORDER BY c.name LIMIT 1000`,
  );
  return { month: query.month, items: rows };
}
