import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import type { ReconciliationKind } from '../../db/schema/index.ts';
import { iso, queryRows, textArray } from '../../lib/sql.ts';
import { numbersIn, paymentTime, type RefundLine, type SystemPayment, type SystemRefund } from './match.ts';
import type { ParsedLine } from './statement-file.ts';

/** The system side of a run: the recorded payments and refunds a statement is matched against. */

const DAY_MS = 86_400_000;

/** Which recorded payments a kind of statement settles. */
export const methodsOf: Record<ReconciliationKind, string[]> = {
  alipay: ['alipay'],
  wechat: ['wechat'],
  bank: ['offline'],
};

/** The instant a Shanghai day starts, `shift` days on. */
const dayStart = (day: string, shift = 0) => new Date(new Date(`${day}T00:00:00+08:00`).getTime() + shift * DAY_MS);

/**
 * The payments a statement may settle: of its methods, succeeded or pending, timed (paid, or
 * recorded while pending) within the period widened by the day tolerance, plus any the lines name by
 * number or provider trade number wherever they fall. `inPeriod` tells the period's own.
 */
export async function systemPayments(
  tx: Tx,
  kind: ReconciliationKind,
  period: { from: string; to: string },
  tolerance: number,
  lines: ParsedLine[],
): Promise<SystemPayment[]> {
  const refs = new Set<string>();
  for (const l of lines) {
    for (const text of [l.txnNo, l.orderRef, l.memo]) {
      if (!text) continue;
      if (text !== l.memo) refs.add(text.trim()).add(text.trim().toUpperCase());
      for (const n of numbersIn(text)) refs.add(n);
    }
  }
  const lo = dayStart(period.from, -tolerance).toISOString();
  const hi = dayStart(period.to, 1 + tolerance).toISOString();
  const rows = await queryRows<Omit<SystemPayment, 'paidAt' | 'createdAt'> & { paidAt: string; createdAt: string }>(
    tx,
    sql`SELECT p.id::int AS id, p.number, p.provider_trade_no AS "providerTradeNo", p.amount::float8 AS amount,
               ${iso('p.paid_at')} AS "paidAt", ${iso('p.created_at')} AS "createdAt", p.payer_name AS "payerName",
               c.name AS "customerName", p.status, p.method
          FROM payments p JOIN customers c ON c.id = p.customer_id
         WHERE p.method = ANY(${textArray(methodsOf[kind])}) AND p.status IN ('succeeded', 'pending')
           AND ((p.status = 'succeeded' AND p.paid_at >= ${lo}::timestamptz AND p.paid_at < ${hi}::timestamptz)
             OR (p.status = 'pending' AND p.created_at >= ${lo}::timestamptz AND p.created_at < ${hi}::timestamptz)
             OR p.number = ANY(${textArray([...refs])}) OR p.provider_trade_no = ANY(${textArray([...refs])}))`,
  );
  const [start, end] = [dayStart(period.from).getTime(), dayStart(period.to, 1).getTime()];
  return rows.map((r) => {
    const p: SystemPayment = {
      ...r,
      paidAt: r.paidAt ? new Date(r.paidAt) : null,
      createdAt: new Date(r.createdAt),
    };
    const t = paymentTime(p).getTime();
    return { ...p, inPeriod: t >= start && t < end };
  });
}

/** Refunds of the kind's methods that refund lines name by our number or the provider's. */
export async function systemRefunds(tx: Tx, kind: ReconciliationKind, lines: RefundLine[]): Promise<SystemRefund[]> {
  const refs = [...new Set(lines.flatMap((l) => [l.refundNo, l.providerRefundNo]).filter((r): r is string => !!r))];
  if (!refs.length) return [];
  const upper = refs.map((r) => r.toUpperCase());
  return queryRows<SystemRefund>(
    tx,
    sql`SELECT r.id::int AS id, r.number, r.provider_refund_no AS "providerRefundNo", r.payment_id::int AS "paymentId",
               r.amount::float8 AS amount
          FROM refunds r
         WHERE r.method = ANY(${textArray(methodsOf[kind])}) AND r.status <> 'failed'
           AND (r.number = ANY(${textArray(upper)}) OR r.provider_refund_no = ANY(${textArray(refs)}))`,
  );
}
