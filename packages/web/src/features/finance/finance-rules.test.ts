import { describe, expect, it } from 'vitest';
import {
  ageingShares,
  awaitsConfirmation,
  oldestFirst,
  receivedTotal,
  refundableOf,
  sumByMethod,
} from './finance-rules.ts';

describe('today’s money', () => {
  const payments = [
    { method: 'offline', amount: 10000, status: 'succeeded' },
    { method: 'wallet', amount: 2500, status: 'succeeded' },
    { method: 'offline', amount: 5050, status: 'succeeded' },
    { method: 'alipay', amount: 1, status: 'succeeded' },
    { method: 'wechat', amount: 9999, status: 'pending' },
    { method: 'credit', amount: 700, status: 'succeeded' },
  ] as const;

  it('sums succeeded payments per method, in display order, skipping methods without any', () => {
    expect(sumByMethod(payments)).toEqual([
      { method: 'offline', count: 2, amount: 15050 },
      { method: 'alipay', count: 1, amount: 1 },
      { method: 'wallet', count: 1, amount: 2500 },
      { method: 'credit', count: 1, amount: 700 },
    ]);
  });

  it('counts as received only transfers and online payments, not wallet or credit', () => {
    expect(receivedTotal(sumByMethod(payments))).toEqual({ count: 3, amount: 15051 });
    expect(receivedTotal([])).toEqual({ count: 0, amount: 0 });
  });
});

describe('what finance may do', () => {
  it('confirms only pending offline transfers', () => {
    expect(awaitsConfirmation({ method: 'offline', status: 'pending' })).toBe(true);
    expect(awaitsConfirmation({ method: 'alipay', status: 'pending' })).toBe(false);
    expect(awaitsConfirmation({ method: 'offline', status: 'succeeded' })).toBe(false);
  });

  it('refunds what an order payment applied and has not refunded yet', () => {
    const paid = { status: 'succeeded', purpose: 'order', appliedAmount: 10000, refundedAmount: 2500 } as const;
    expect(refundableOf(paid)).toBe(7500);
    expect(refundableOf({ ...paid, refundedAmount: 10000 })).toBe(0);
    expect(refundableOf({ ...paid, status: 'pending' })).toBe(0);
    expect(refundableOf({ ...paid, purpose: 'top_up' })).toBe(0);
  });

  it('works through queues oldest first', () => {
    expect(oldestFirst([{ id: 3 }, { id: 1 }, { id: 2 }]).map((p) => p.id)).toEqual([1, 2, 3]);
  });
});

describe('ageingShares', () => {
  it('gives whole percentages that add up to 100', () => {
    const shares = ageingShares({ notDue: 1, d1_30: 1, d31_60: 1, d61_90: 0, d90plus: 0 });
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBe(100);
    expect(shares).toEqual({ notDue: 34, d1_30: 33, d31_60: 33, d61_90: 0, d90plus: 0 });
    expect(ageingShares({ notDue: 750, d1_30: 250, d31_60: 0, d61_90: 0, d90plus: 0 })).toEqual({
      notDue: 75,
      d1_30: 25,
      d31_60: 0,
      d61_90: 0,
      d90plus: 0,
    });
  });

  it('is all zero when nothing is owed', () => {
    expect(ageingShares({ notDue: 0, d1_30: 0, d31_60: 0, d61_90: 0, d90plus: 0 })).toEqual({
      notDue: 0,
      d1_30: 0,
      d31_60: 0,
      d61_90: 0,
      d90plus: 0,
    });
  });
});
