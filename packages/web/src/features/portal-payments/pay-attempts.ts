import { type CheckoutSession, createCheckoutSession } from '../cart/checkout-session.ts';

/**
 * The Idempotency-Keys of one pay sheet: the same request (method, amount, payer…) sent again —
 * a double tap, a retry after a lost answer or after fixing what failed — reuses its key, so it pays
 * once; a different request gets a new key (the server refuses one key for two bodies).
 */
export function createPayAttempts(newKey?: () => string) {
  let last: { signature: string; session: CheckoutSession } | undefined;
  return {
    submit<T>(body: unknown, send: (key: string) => Promise<T>): Promise<T> {
      const signature = JSON.stringify(body);
      if (last?.signature !== signature) last = { signature, session: createCheckoutSession(newKey) };
      return last.session.submit(send);
    },
  };
}
