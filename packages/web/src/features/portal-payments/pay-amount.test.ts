import { describe, expect, it } from 'vitest';
import { yuanText } from '../../lib/money.ts';
import { leftToPay, parseYuanInput, pendingTransfers, pendingTransfersByOrder } from './pay-amount.ts';

describe('parseYuanInput', () => {
  it('reads yuan into exact fen', () => {
    expect(parseYuanInput('12')).toEqual({ fen: 1200 });
    expect(parseYuanInput('12.3')).toEqual({ fen: 1230 });
    expect(parseYuanInput('0.07')).toEqual({ fen: 7 });
    expect(parseYuanInput('12.')).toEqual({ fen: 1200 });
    // 1.13 × 100 is 112.99999… in floating point; the string is read digit by digit.
    expect(parseYuanInput('1.13')).toEqual({ fen: 113 });
    expect(parseYuanInput('4.35')).toEqual({ fen: 435 });
  });

  it('forgives how people type money: ¥, thousands separators, spaces, full-width digits', () => {
    expect(parseYuanInput(' ¥1,234.50 ')).toEqual({ fen: 123450 });
    expect(parseYuanInput('￥88')).toEqual({ fen: 8800 });
    expect(parseYuanInput('１２．５')).toEqual({ fen: 1250 });
  });

  it('names what is wrong', () => {
    expect(parseYuanInput('')).toEqual({ problem: 'empty' });
    expect(parseYuanInput('  ')).toEqual({ problem: 'empty' });
    expect(parseYuanInput('abc')).toEqual({ problem: 'invalid' });
    expect(parseYuanInput('-5')).toEqual({ problem: 'invalid' });
    expect(parseYuanInput('1.2.3')).toEqual({ problem: 'invalid' });
    expect(parseYuanInput('1e3')).toEqual({ problem: 'invalid' });
    expect(parseYuanInput('1.234')).toEqual({ problem: 'precision' });
    expect(parseYuanInput('0')).toEqual({ problem: 'zero' });
    expect(parseYuanInput('0.00')).toEqual({ problem: 'zero' });
  });

  it('keeps to the most that may be paid', () => {
    expect(parseYuanInput('100.00', 10000)).toEqual({ fen: 10000 });
    expect(parseYuanInput('100.01', 10000)).toEqual({ problem: 'overMax' });
    expect(parseYuanInput('1000000000.01')).toEqual({ problem: 'overMax' });
  });

  it('reads back what the amount field starts from (yuanText)', () => {
    for (const fen of [1, 7, 10, 99, 100, 123450, 100_000_000_000]) {
      expect(parseYuanInput(yuanText(fen))).toEqual({ fen });
    }
  });
});

describe('leftToPay', () => {
  const payment = (method: string, status: string, amount: number, orderId: number | null = 1) =>
    ({ method, status, amount, orderId }) as never as Parameters<typeof pendingTransfers>[0]['payments'][number];

  it('is what is due less the transfers waiting for confirmation', () => {
    const bill = {
      dueAmount: 10000,
      payments: [
        payment('wallet', 'succeeded', 3000),
        payment('offline', 'pending', 4000),
        payment('offline', 'rejected', 9000),
        payment('alipay', 'pending', 10000),
      ],
    };
    expect(pendingTransfers(bill)).toBe(4000);
    expect(leftToPay(bill)).toBe(6000);
  });

  it('is never below nothing', () => {
    expect(leftToPay({ dueAmount: 1000, payments: [payment('offline', 'pending', 2000)] })).toBe(0);
  });

  it('per order for a list of bills; top-ups and repayments have no order', () => {
    const byOrder = pendingTransfersByOrder([
      payment('offline', 'pending', 1000, 7),
      payment('offline', 'pending', 500, 7),
      payment('offline', 'pending', 800, 8),
      payment('offline', 'succeeded', 900, 8),
      payment('alipay', 'pending', 300, 9),
      payment('offline', 'pending', 5000, null),
    ]);
    expect([...byOrder]).toEqual([
      [7, 1500],
      [8, 800],
    ]);
  });
});
