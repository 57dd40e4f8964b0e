import { describe, expect, it } from 'vitest';
import { defaultMethod, methodChoices, paymentStateKey } from './pay-methods.ts';
import type { PaymentOptions } from './payment-types.ts';

const options = (over: Partial<PaymentOptions> = {}): PaymentOptions => ({
  customerId: 1,
  methods: ['wallet', 'credit', 'offline', 'alipay', 'wechat'],
  walletBalance: 50000,
  credit: { creditLimit: 100000, available: 80000, overdue: 0, paymentTermDays: 30, blockOverdue: false },
  bankAccount: null,
  ...over,
});

describe('methodChoices', () => {
  it('offers the enabled methods: what the buyer holds first, then online, then a transfer', () => {
    expect(methodChoices(options(), 'order', 1000).map((c) => c.method)).toEqual([
      'wallet',
      'credit',
      'alipay',
      'wechat',
      'offline',
    ]);
    expect(methodChoices(options({ methods: ['offline', 'wallet'] }), 'order').map((c) => c.method)).toEqual([
      'wallet',
      'offline',
    ]);
  });

  it('a wallet that cannot cover the amount is short; an empty one cannot pay at all', () => {
    const [wallet] = methodChoices(options(), 'order', 60000);
    expect(wallet).toEqual({ method: 'wallet', limit: 50000, unavailable: 'walletShort' });
    expect(methodChoices(options(), 'order', 50000)[0].unavailable).toBeUndefined();
    expect(methodChoices(options({ walletBalance: 0 }), 'order', 1)[0].unavailable).toBe('walletEmpty');
  });

  it('credit needs a limit and enough of it left', () => {
    const credit = (o: PaymentOptions, amount?: number) => methodChoices(o, 'order', amount)[1];
    expect(credit(options(), 80000)).toEqual({ method: 'credit', limit: 80000 });
    expect(credit(options(), 80001).unavailable).toBe('creditShort');
    expect(
      credit(options({ credit: { creditLimit: 0, available: 0, overdue: 0, paymentTermDays: 0, blockOverdue: false } }))
        .unavailable,
    ).toBe('noCredit');
    expect(
      credit(
        options({
          credit: { creditLimit: 1000, available: 0, overdue: 1000, paymentTermDays: 15, blockOverdue: false },
        }),
      ).unavailable,
    ).toBe('creditShort');
  });

  it('a top-up or a repayment brings new money: online or by transfer only', () => {
    expect(methodChoices(options(), 'top_up', 1000).map((c) => c.method)).toEqual(['alipay', 'wechat', 'offline']);
    expect(methodChoices(options({ methods: ['wallet', 'offline'] }), 'repayment').map((c) => c.method)).toEqual([
      'offline',
    ]);
  });
});

describe('defaultMethod', () => {
  it('is the first method that can pay', () => {
    expect(defaultMethod(methodChoices(options({ walletBalance: 0 }), 'order', 1000))).toBe('credit');
    expect(defaultMethod(methodChoices(options(), 'order', 1000))).toBe('wallet');
  });

  it('falls back to the first shown, or nothing when none is enabled', () => {
    expect(defaultMethod(methodChoices(options({ methods: ['wallet'], walletBalance: 0 }), 'order', 1))).toBe('wallet');
    expect(defaultMethod(methodChoices(options({ methods: [] }), 'order', 1))).toBeUndefined();
  });
});

describe('paymentStateKey', () => {
  it('a pending transfer waits for finance, a pending QR code for the buyer', () => {
    expect(paymentStateKey({ method: 'offline', status: 'pending' })).toBe('awaitingConfirm');
    expect(paymentStateKey({ method: 'alipay', status: 'pending' })).toBe('awaitingPay');
    expect(paymentStateKey({ method: 'wechat', status: 'succeeded' })).toBe('succeeded');
    expect(paymentStateKey({ method: 'offline', status: 'rejected' })).toBe('rejected');
  });

  it('credit is unavailable while the supplier blocks overdue customers and something is overdue', () => {
    const blocked = options({
      credit: { creditLimit: 1000, available: 800, overdue: 200, paymentTermDays: 15, blockOverdue: true },
    });
    expect(methodChoices(blocked, 'order', 100).find((c) => c.method === 'credit')?.unavailable).toBe('creditBlocked');
    const open = options({
      credit: { creditLimit: 1000, available: 800, overdue: 200, paymentTermDays: 15, blockOverdue: false },
    });
    expect(methodChoices(open, 'order', 100).find((c) => c.method === 'credit')?.unavailable).toBeUndefined();
  });
});
