import { describe, expect, it } from 'vitest';
import { answerOutdated, lineDetail, lineKey, monthChange, relatedOrder } from './statement-lines.ts';
import type { Statement, StatementLine } from './statements-api.ts';

const line = (patch: Partial<StatementLine>): StatementLine => ({
  at: '2026-11-05T02:00:00.000Z',
  kind: 'order',
  reference: 'SO202611050001',
  orderNumber: 'SO202611050001',
  description: '订单',
  method: null,
  amount: 120000,
  balance: 120000,
  ...patch,
});

const month: Pick<Statement, 'payments' | 'refunds'> = {
  payments: [
    {
      id: 1,
      number: 'PAY1',
      orderNumber: 'SO202611050001',
      purpose: 'order',
      method: 'alipay',
      amount: 120000,
      appliedAmount: 120000,
      paidAt: '2026-11-06T02:00:00.000Z',
    },
    {
      id: 2,
      number: 'PAY2',
      orderNumber: null,
      purpose: 'repayment',
      method: 'offline',
      amount: 5000,
      appliedAmount: 5000,
      paidAt: '2026-11-07T02:00:00.000Z',
    },
  ],
  refunds: [
    {
      id: 3,
      number: 'RF1',
      orderNumber: 'SO202611050001',
      method: 'wallet',
      amount: 3000,
      status: 'succeeded',
      createdAt: '2026-11-08T02:00:00.000Z',
    },
  ],
};

describe('lineDetail', () => {
  it('names the method of a payment or refund from the month’s lists, and a repayment as such', () => {
    expect(lineDetail(line({ kind: 'payment', reference: 'PAY1', description: '付款 · 支付宝' }), month)).toEqual({
      kind: 'method',
      method: 'alipay',
      repayment: false,
    });
    expect(lineDetail(line({ kind: 'payment', reference: 'PAY2', orderNumber: null }), month)).toEqual({
      kind: 'method',
      method: 'offline',
      repayment: true,
    });
    expect(lineDetail(line({ kind: 'refund', reference: 'RF1' }), month)).toEqual({
      kind: 'method',
      method: 'wallet',
      repayment: false,
    });
  });

  it('keeps an adjustment’s note and falls back to the server’s words', () => {
    expect(
      lineDetail(
        line({ kind: 'adjustment', reference: 'ADJ9', orderNumber: null, description: '应收调整 · 抹零' }),
        month,
      ),
    ).toEqual({ kind: 'note', note: '抹零' });
    expect(lineDetail(line({ kind: 'payment', reference: 'PAY404', description: '付款 · 微信支付' }), month)).toEqual({
      kind: 'text',
      text: '付款 · 微信支付',
    });
    expect(lineDetail(line({ kind: 'cancel', amount: -120000 }), month)).toEqual({ kind: 'none' });
  });
});

describe('statement line helpers', () => {
  it('names the related order only when it is not the line’s own number', () => {
    expect(relatedOrder(line({}))).toBeNull();
    expect(relatedOrder(line({ kind: 'payment', reference: 'PAY1' }))).toBe('SO202611050001');
    expect(relatedOrder(line({ kind: 'payment', reference: 'PAY2', orderNumber: null }))).toBeNull();
  });

  it('tells an order from its cancellation', () => {
    expect(lineKey(line({}))).not.toBe(lineKey(line({ kind: 'cancel' })));
  });

  it('computes the month’s change and spots an answer the figures have moved past', () => {
    expect(monthChange({ openingBalance: 10000, closingBalance: -2500 })).toBe(-12500);
    const response = {
      status: 'confirmed' as const,
      comment: '',
      openingBalance: 0,
      closingBalance: 5000,
      respondedByName: '刘采购',
      respondedAt: '2026-12-01T02:00:00.000Z',
      reply: null,
      repliedByName: null,
      repliedAt: null,
    };
    expect(answerOutdated({ closingBalance: 5000, response })).toBe(false);
    expect(answerOutdated({ closingBalance: 3000, response })).toBe(true);
    expect(answerOutdated({ closingBalance: 3000, response: null })).toBe(false);
  });
});
