import type { PayMethod, PaymentOptions, PaymentState, PayPurpose } from './payment-types.ts';

/** The order methods are offered in: money the buyer already holds, then online, then a transfer. */
const methodOrder: readonly PayMethod[] = ['wallet', 'credit', 'alipay', 'wechat', 'offline'];
/** A top-up or a repayment brings new money in, so only online payment or a transfer can do it. */
const newMoneyMethods: ReadonlySet<PayMethod> = new Set(['alipay', 'wechat', 'offline']);

export type Unavailable = 'walletEmpty' | 'walletShort' | 'noCredit' | 'creditShort' | 'creditBlocked';

export interface MethodChoice {
  method: PayMethod;
  /** Why it cannot pay `amount` now; undefined when it can. */
  unavailable?: Unavailable;
  /** The most it can pay now (wallet balance, available credit); undefined when unbounded. */
  limit?: number;
}

/** The methods the buyer may pick for `purpose`, in display order, each with what stops it paying `amount`. */
export function methodChoices(options: PaymentOptions, purpose: PayPurpose, amount?: number): MethodChoice[] {
  const enabled = new Set(options.methods);
  return methodOrder
    .filter((method) => enabled.has(method) && (purpose === 'order' || newMoneyMethods.has(method)))
    .map((method): MethodChoice => {
      if (method === 'wallet') {
        const limit = options.walletBalance;
        if (limit <= 0) return { method, limit, unavailable: 'walletEmpty' };
        return { method, limit, unavailable: amount !== undefined && amount > limit ? 'walletShort' : undefined };
      }
      if (method === 'credit') {
        const limit = options.credit.available;
        if (options.credit.creditLimit <= 0) return { method, limit, unavailable: 'noCredit' };
        // The supplier refuses credit while anything is overdue: say so before the buyer tries.
        if (options.credit.blockOverdue && options.credit.overdue > 0) {
          return { method, limit, unavailable: 'creditBlocked' };
        }
        return {
          method,
          limit,
          unavailable: limit <= 0 || (amount !== undefined && amount > limit) ? 'creditShort' : undefined,
        };
      }
      return { method };
    });
}

/** The method picked first: the first that can pay, else the first shown. */
export function defaultMethod(choices: readonly MethodChoice[]): PayMethod | undefined {
  return (choices.find((choice) => !choice.unavailable) ?? choices[0])?.method;
}

export const isOnline = (method: PayMethod): method is 'alipay' | 'wechat' =>
  method === 'alipay' || method === 'wechat';

/** A payment's state in the buyer's words: a pending transfer waits for finance (待确认), a QR code for the buyer (待支付). */
export function paymentStateKey(payment: { method: PayMethod; status: PaymentState }): string {
  if (payment.status === 'pending') return isOnline(payment.method) ? 'awaitingPay' : 'awaitingConfirm';
  return payment.status;
}

export const paymentStateColor: Record<string, string> = {
  awaitingPay: 'gold',
  awaitingConfirm: 'orange',
  succeeded: 'green',
  rejected: 'red',
  closed: 'default',
};

/** The brand of an online provider, for its QR panel and button. */
export const providerBrand = {
  alipay: { color: '#1677ff' },
  wechat: { color: '#07c160' },
} as const;
