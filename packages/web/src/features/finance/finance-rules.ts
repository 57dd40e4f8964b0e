import type { Payment, PaymentMethod, PaymentPurpose, PaymentState, Refund, RefundState } from './finance-api.ts';

/**
 * Payment and refund states, methods and purposes in display order, with their tag colours, and what
 * finance may do with each. Labels are the i18n keys `finance.paymentStates.<state>`,
 * `orders.paymentMethods.<method>`, `finance.purposes.<purpose>` and `finance.refundStates.<state>`.
 */
export const paymentStates: readonly PaymentState[] = ['pending', 'succeeded', 'rejected', 'closed'];
export const paymentMethods: readonly PaymentMethod[] = ['offline', 'alipay', 'wechat', 'wallet', 'credit'];
export const paymentPurposes: readonly PaymentPurpose[] = ['order', 'top_up', 'repayment'];
export const refundStates: readonly RefundState[] = ['pending', 'failed', 'succeeded'];

export const paymentStateColor: Record<PaymentState, string> = {
  pending: 'gold',
  succeeded: 'green',
  rejected: 'red',
  closed: 'default',
};
export const refundStateColor: Record<RefundState, string> = { pending: 'gold', failed: 'red', succeeded: 'green' };

/** What the server takes as transfer vouchers: at most 5 per payment, 5 MB each, images or PDF. */
export const voucherRules = {
  count: 5,
  bytes: 5 * 1024 * 1024,
  accept: 'image/jpeg,image/png,image/webp,application/pdf',
};

export const isOnline = (method: PaymentMethod): boolean => method === 'alipay' || method === 'wechat';

/** A transfer the buyer reported, waiting for finance to find it on the bank statement. */
export const awaitsConfirmation = (p: Pick<Payment, 'method' | 'status'>): boolean =>
  p.method === 'offline' && p.status === 'pending';

/**
 * What of an order payment can still be refunded by hand. Top-ups and repayments are not offered:
 * refunding one would not take the money back off the wallet or put it back on the receivable.
 */
export function refundableOf(p: Pick<Payment, 'status' | 'purpose' | 'appliedAmount' | 'refundedAmount'>): number {
  if (p.status !== 'succeeded' || p.purpose !== 'order') return 0;
  return Math.max(0, p.appliedAmount - p.refundedAmount);
}

/** A refund finance still has to finish: pending with finance or a provider, or failed at the provider. */
export const refundOpen = (r: Pick<Refund, 'status'>): boolean => r.status !== 'succeeded';

/** Money that actually arrived: wallet and credit payments move money already held or owed. */
export const receivedMethods: readonly PaymentMethod[] = ['offline', 'alipay', 'wechat'];

export interface MethodSum {
  method: PaymentMethod;
  count: number;
  amount: number;
}

/** Succeeded payments summed per method, in display order, methods without any left out. */
export function sumByMethod(payments: readonly Pick<Payment, 'method' | 'amount' | 'status'>[]): MethodSum[] {
  return paymentMethods.flatMap((method) => {
    const of = payments.filter((p) => p.method === method && p.status === 'succeeded');
    return of.length ? [{ method, count: of.length, amount: of.reduce((sum, p) => sum + p.amount, 0) }] : [];
  });
}

/** What of those sums came in as new money (transfers and online payments). */
export function receivedTotal(sums: readonly MethodSum[]): { count: number; amount: number } {
  const received = sums.filter((s) => receivedMethods.includes(s.method));
  return {
    count: received.reduce((n, s) => n + s.count, 0),
    amount: received.reduce((n, s) => n + s.amount, 0),
  };
}

/** The list oldest first (the API answers newest first): the queue order finance works in. */
export const oldestFirst = <T extends { id: number }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.id - b.id);

/** Receivables ageing buckets, from not yet due to more than 90 days overdue. */
export const ageingBuckets = ['notDue', 'd1_30', 'd31_60', 'd61_90', 'd90plus'] as const;
export type AgeingBucket = (typeof ageingBuckets)[number];
export type Ageing = Record<AgeingBucket, number>;

/** Each bucket's share of what is owed, in whole percent adding up to exactly 100 (0 when nothing is owed). */
export function ageingShares(ageing: Ageing): Ageing {
  const total = ageingBuckets.reduce((sum, b) => sum + ageing[b], 0);
  const shares = { notDue: 0, d1_30: 0, d31_60: 0, d61_90: 0, d90plus: 0 };
  if (total <= 0) return shares;
  // Largest remainder: floor every share, then give the missing points to the largest fractions.
  const exact = ageingBuckets.map((b) => ({ b, value: (ageing[b] * 100) / total }));
  for (const { b, value } of exact) shares[b] = Math.floor(value);
  let missing = 100 - ageingBuckets.reduce((sum, b) => sum + shares[b], 0);
  for (const { b } of [...exact].sort((x, y) => (y.value % 1) - (x.value % 1))) {
    if (missing-- <= 0) break;
    shares[b] += 1;
  }
  return shares;
}
