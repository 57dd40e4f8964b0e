import { newId } from '../../lib/new-id.ts';

/**
 * One checkout visit: one Idempotency-Key for every attempt, so a double tap or a retry after a lost
 * answer places the order once. The server stores nothing for a failed attempt, so the same key may
 * be retried after fixing what failed. While an attempt is in flight a second submit joins it.
 */
export interface CheckoutSession {
  readonly key: string;
  submit<T>(send: (key: string) => Promise<T>): Promise<T>;
}

export function createCheckoutSession(newKey: () => string = newId): CheckoutSession {
  const key = newKey();
  let inFlight: Promise<unknown> | undefined;
  return {
    key,
    submit<T>(send: (key: string) => Promise<T>): Promise<T> {
      if (inFlight) return inFlight as Promise<T>;
      const attempt = send(key).finally(() => {
        inFlight = undefined;
      });
      inFlight = attempt;
      return attempt;
    },
  };
}
