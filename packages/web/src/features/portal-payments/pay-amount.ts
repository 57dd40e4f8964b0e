import { parseYuan } from '../../lib/money.ts';
import type { Bill, Payment } from './payment-types.ts';

/** The most one payment may be (the API's limit): ¥1,000,000,000.00. */
export const maxPayment = 100_000_000_000;

/** Why a typed amount cannot be paid. */
export type AmountProblem = 'empty' | 'invalid' | 'precision' | 'zero' | 'overMax';

export type ParsedAmount = { fen: number; problem?: undefined } | { fen?: undefined; problem: AmountProblem };

/**
 * An amount to pay as a person typed it (lib/money's parseYuan, also forgiving a phone keyboard's
 * full-width digits, "，" and "￥"), with what is wrong with it: more than two decimals, nothing,
 * or more than `max`.
 */
export function parseYuanInput(text: string, max?: number): ParsedAmount {
  const typed = text
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[，￥]/g, (c) => (c === '，' ? ',' : '¥'))
    .trim();
  if (typed === '') return { problem: 'empty' };
  const fen = parseYuan(typed);
  if (fen === null) return { problem: /^[¥\d,\s]*\.\d{3,}$/.test(typed) ? 'precision' : 'invalid' };
  if (fen < 0) return { problem: 'invalid' };
  if (fen === 0) return { problem: 'zero' };
  if (fen > (max ?? maxPayment)) return { problem: 'overMax' };
  return { fen };
}

type PaymentLike = Pick<Payment, 'method' | 'status' | 'amount' | 'orderId'>;
const awaitsConfirmation = (payment: PaymentLike) => payment.method === 'offline' && payment.status === 'pending';

/** Transfers the buyer reported that finance has not confirmed yet: they will pay that much. */
export function pendingTransfers(bill: { payments: readonly PaymentLike[] }): number {
  return bill.payments.filter(awaitsConfirmation).reduce((sum, payment) => sum + payment.amount, 0);
}

/** The same per order, for a list of bills (which carry no payments): order id → fen waiting. */
export function pendingTransfersByOrder(payments: readonly PaymentLike[]): Map<number, number> {
  const byOrder = new Map<number, number>();
  for (const payment of payments) {
    if (payment.orderId === null || !awaitsConfirmation(payment)) continue;
    byOrder.set(payment.orderId, (byOrder.get(payment.orderId) ?? 0) + payment.amount);
  }
  return byOrder;
}

/**
 * What is left to pay on an order: what is due less the transfers waiting for confirmation (an
 * unpaid QR code does not count: the buyer may abandon it and pay another way).
 */
export function leftToPay(bill: Pick<Bill, 'dueAmount'> & { payments: readonly PaymentLike[] }): number {
  return leftAfterTransfers(bill.dueAmount, pendingTransfers(bill));
}

export const leftAfterTransfers = (due: number, pending: number): number => Math.max(0, due - pending);
