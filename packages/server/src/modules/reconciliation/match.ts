import type { PaymentState } from '../../db/schema/index.ts';

/**
 * Matching statement lines against recorded payments (pure; docs/reconciliation.md). Each payment
 * matches at most one line and each line at most one payment: first by number, then by amount,
 * day and payer; ties go to the closest time, then the lower line number and payment id, so the
 * outcome does not depend on the order of the inputs.
 */

export interface StatementLine {
  /** 1-based line (CSV) or row (xlsx) in the file. */
  lineNo: number;
  txnNo?: string;
  /** Our payment number (商户订单号 / out_trade_no) when the file has it. */
  orderRef?: string;
  /** Fen, positive. */
  amount: number;
  occurredAt: Date;
  payer?: string;
  memo?: string;
}

export interface SystemPayment {
  id: number;
  number: string;
  providerTradeNo: string | null;
  amount: number;
  paidAt: Date | null;
  createdAt: Date;
  payerName: string | null;
  customerName: string | null;
  status: PaymentState;
  method: string;
  /**
   * Whether it falls in the reconciled period (default true). Payments outside it are offered only
   * so a line naming them can match; unmatched they are not reported.
   */
  inPeriod?: boolean;
}

export type MatchedBy = 'txn_no' | 'amount_date_payer';

export type MatchOutcome =
  | { result: 'matched'; line: StatementLine; payment: SystemPayment; matchedBy: MatchedBy }
  | { result: 'amount_mismatch'; line: StatementLine; payment: SystemPayment; matchedBy: 'txn_no' }
  | { result: 'only_in_statement'; line: StatementLine }
  | { result: 'only_in_system'; payment: SystemPayment };

export interface MatchOptions {
  /** Calendar days (Asia/Shanghai) a line may be off its payment when matched by amount: 1 for bank value dates. */
  dayTolerance?: number;
}

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The Asia/Shanghai calendar day of an instant, as a day count. */
export const shanghaiDayNumber = (at: Date) => Math.floor((at.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS);

/** "2026-12-01": the Asia/Shanghai date of an instant. */
export const shanghaiDate = (at: Date) => new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/** When the payment happened: paid, or (still pending) recorded. */
export const paymentTime = (p: SystemPayment) => (p.status === 'pending' ? p.createdAt : (p.paidAt ?? p.createdAt));

/** Names compared without any spaces, full-width brackets or case: "上海 某某（有限）" = "上海某某(有限)". */
export const normalizeName = (name: string) =>
  name
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();

const key = (text: string) => text.trim().toUpperCase();

/** Our payment numbers written anywhere in a text (PAY + date + sequence). */
export const numbersIn = (text: string) => text.toUpperCase().match(/PAY\d{6,}/g) ?? [];

interface Edge {
  line: StatementLine;
  payment: SystemPayment;
  /** 3: the provider's transaction number; 2: our number as the reference; 1: our number inside a text. */
  strength: number;
  sameAmount: boolean;
  distance: number;
}

/** A pairing that reconciles first, then the stronger reference, then the closer time. */
const byPreference = (a: Edge, b: Edge) =>
  Number(b.sameAmount) - Number(a.sameAmount) ||
  b.strength - a.strength ||
  a.distance - b.distance ||
  a.line.lineNo - b.line.lineNo ||
  a.payment.id - b.payment.id;

/** Takes edges best first, each line and payment at most once. */
function assign(edges: Edge[], takenLines: Set<StatementLine>, takenPayments: Set<SystemPayment>): Edge[] {
  const chosen: Edge[] = [];
  for (const edge of edges.sort(byPreference)) {
    if (takenLines.has(edge.line) || takenPayments.has(edge.payment)) continue;
    takenLines.add(edge.line);
    takenPayments.add(edge.payment);
    chosen.push(edge);
  }
  return chosen;
}

/**
 * Matches lines to payments. By number: the line's transaction number equals the payment's provider
 * trade number, or its reference or transaction number is our payment number, or its memo, reference or
 * transaction number contains it; different amounts make it amount_mismatch. Then, of what is left,
 * the same amount on the same Asia/Shanghai day (± dayTolerance) from a payer whose name equals the
 * payment's payer or customer name (ignoring spaces and case). Lines left are only_in_statement,
 * payments left in the period only_in_system.
 */
export function matchStatement(
  lines: StatementLine[],
  payments: SystemPayment[],
  options: MatchOptions = {},
): MatchOutcome[] {
  const tolerance = options.dayTolerance ?? 0;
  const byTradeNo = new Map<string, SystemPayment[]>();
  const byNumber = new Map<string, SystemPayment>();
  for (const p of payments) {
    byNumber.set(key(p.number), p);
    if (p.providerTradeNo) {
      const k = key(p.providerTradeNo);
      byTradeNo.set(k, [...(byTradeNo.get(k) ?? []), p]);
    }
  }
  const distance = (line: StatementLine, p: SystemPayment) =>
    Math.abs(line.occurredAt.getTime() - paymentTime(p).getTime());

  const numberEdges: Edge[] = [];
  for (const line of lines) {
    const found = new Map<SystemPayment, number>();
    const offer = (p: SystemPayment | undefined, strength: number) => {
      if (p && strength > (found.get(p) ?? 0)) found.set(p, strength);
    };
    if (line.txnNo) for (const p of byTradeNo.get(key(line.txnNo)) ?? []) offer(p, 3);
    for (const ref of [line.orderRef, line.txnNo]) if (ref) offer(byNumber.get(key(ref)), 2);
    for (const text of [line.memo, line.orderRef, line.txnNo]) {
      if (text) for (const n of numbersIn(text)) offer(byNumber.get(n), 1);
    }
    for (const [payment, strength] of found) {
      numberEdges.push({
        line,
        payment,
        strength,
        sameAmount: payment.amount === line.amount,
        distance: distance(line, payment),
      });
    }
  }
  const takenLines = new Set<StatementLine>();
  const takenPayments = new Set<SystemPayment>();
  const byNumberMatches = assign(numberEdges, takenLines, takenPayments);

  const byAmount = new Map<number, SystemPayment[]>();
  for (const p of payments) {
    if (!takenPayments.has(p)) byAmount.set(p.amount, [...(byAmount.get(p.amount) ?? []), p]);
  }
  const amountEdges: Edge[] = [];
  for (const line of lines) {
    if (takenLines.has(line) || !line.payer) continue;
    const payer = normalizeName(line.payer);
    const day = shanghaiDayNumber(line.occurredAt);
    for (const p of byAmount.get(line.amount) ?? []) {
      if (Math.abs(shanghaiDayNumber(paymentTime(p)) - day) > tolerance) continue;
      const names = [p.payerName, p.customerName].filter((n): n is string => !!n).map(normalizeName);
      if (!names.includes(payer)) continue;
      amountEdges.push({ line, payment: p, strength: 0, sameAmount: true, distance: distance(line, p) });
    }
  }
  const byAmountMatches = assign(amountEdges, takenLines, takenPayments);

  const outcomeOf = new Map<StatementLine, MatchOutcome>();
  for (const e of byNumberMatches) {
    outcomeOf.set(
      e.line,
      e.sameAmount
        ? { result: 'matched', line: e.line, payment: e.payment, matchedBy: 'txn_no' }
        : { result: 'amount_mismatch', line: e.line, payment: e.payment, matchedBy: 'txn_no' },
    );
  }
  for (const e of byAmountMatches) {
    outcomeOf.set(e.line, { result: 'matched', line: e.line, payment: e.payment, matchedBy: 'amount_date_payer' });
  }
  const outcomes: MatchOutcome[] = [...lines]
    .sort((a, b) => a.lineNo - b.lineNo)
    .map((line) => outcomeOf.get(line) ?? { result: 'only_in_statement', line });
  const left = payments
    .filter((p) => !takenPayments.has(p) && p.inPeriod !== false)
    .sort((a, b) => paymentTime(a).getTime() - paymentTime(b).getTime() || a.id - b.id);
  for (const payment of left) outcomes.push({ result: 'only_in_system', payment });
  return outcomes;
}

/** A refund line of a provider bill with the refund numbers it carries. */
export interface RefundLine extends StatementLine {
  refundNo?: string;
  providerRefundNo?: string;
}

export interface SystemRefund {
  id: number;
  number: string;
  providerRefundNo: string | null;
  paymentId: number;
  amount: number;
}

export type RefundOutcome =
  | { result: 'matched' | 'amount_mismatch'; line: RefundLine; refund: SystemRefund }
  | { result: 'only_in_statement'; line: RefundLine };

/**
 * Refund lines against recorded refunds by number only: the bill's refund request number (our RF…)
 * or the provider's refund number equals the refund's number or provider refund number; each refund
 * once, lines in file order. Refunds the file lacks are not reported.
 */
export function matchRefunds(lines: RefundLine[], refunds: SystemRefund[]): RefundOutcome[] {
  const byRef = new Map<string, SystemRefund>();
  for (const r of refunds) {
    byRef.set(key(r.number), r);
    if (r.providerRefundNo) byRef.set(key(r.providerRefundNo), r);
  }
  const taken = new Set<SystemRefund>();
  return [...lines]
    .sort((a, b) => a.lineNo - b.lineNo)
    .map((line): RefundOutcome => {
      const refund = [line.refundNo, line.providerRefundNo]
        .map((ref) => (ref ? byRef.get(key(ref)) : undefined))
        .find((r) => r && !taken.has(r));
      if (!refund) return { result: 'only_in_statement', line };
      taken.add(refund);
      return { result: refund.amount === line.amount ? 'matched' : 'amount_mismatch', line, refund };
    });
}
