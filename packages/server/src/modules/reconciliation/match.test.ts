import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type MatchOutcome,
  matchRefunds,
  matchStatement,
  normalizeName,
  type RefundLine,
  type StatementLine,
  type SystemPayment,
} from './match.ts';

const at = (text: string) => new Date(`${text}+08:00`);

const payment = (id: number, over: Partial<SystemPayment> = {}): SystemPayment => ({
  id,
  number: `PAY20261202${String(id).padStart(6, '0')}`,
  providerTradeNo: null,
  amount: 10000,
  paidAt: at('2026-12-02T10:00:00'),
  createdAt: at('2026-12-02T09:59:00'),
  payerName: null,
  customerName: '上海某某商贸有限公司',
  status: 'succeeded',
  method: 'offline',
  ...over,
});

const line = (lineNo: number, over: Partial<StatementLine> = {}): StatementLine => ({
  lineNo,
  amount: 10000,
  occurredAt: at('2026-12-02T10:00:05'),
  ...over,
});

/** Outcomes as [result, lineNo | null, paymentId | null] for compact expectations. */
const pairs = (outcomes: MatchOutcome[]) =>
  outcomes.map((o) => [o.result, 'line' in o ? o.line.lineNo : null, 'payment' in o ? o.payment.id : null]);

describe('matchStatement', () => {
  it('matches by the provider trade number, by our number as the reference, and by our number in the memo', () => {
    const payments = [payment(1, { providerTradeNo: '2026120222001400001' }), payment(2), payment(3, { amount: 5000 })];
    const lines = [
      line(2, { txnNo: '2026120222001400001', amount: 10000 }),
      line(3, { orderRef: 'PAY20261202000002' }),
      line(4, { txnNo: 'B9', memo: '货款 pay20261202000003 谢谢', amount: 5000 }),
    ];
    const outcomes = matchStatement(lines, payments);
    expect(pairs(outcomes)).toEqual([
      ['matched', 2, 1],
      ['matched', 3, 2],
      ['matched', 4, 3],
    ]);
    expect(outcomes.every((o) => 'matchedBy' in o && o.matchedBy === 'txn_no')).toBe(true);
  });

  it('a number match with another amount is amount_mismatch; unmatched lines and payments are reported', () => {
    const outcomes = matchStatement(
      [line(2, { orderRef: 'PAY20261202000001', amount: 9999 }), line(3, { txnNo: 'X', amount: 1 })],
      [payment(1), payment(2, { paidAt: at('2026-12-01T08:00:00') })],
    );
    expect(pairs(outcomes)).toEqual([
      ['amount_mismatch', 2, 1],
      ['only_in_statement', 3, null],
      ['only_in_system', null, 2],
    ]);
  });

  it('falls back to amount + same Shanghai day + payer (payer or customer name, spaces and case ignored)', () => {
    const payments = [
      payment(1, { payerName: 'Zhang San', customerName: '甲公司' }),
      payment(2, { customerName: '上海某某商贸有限公司（浦东）', amount: 20000 }),
    ];
    const lines = [
      line(2, { payer: 'zhangsan' }),
      line(3, { payer: '上海 某某商贸有限公司(浦东)', amount: 20000, occurredAt: at('2026-12-02T23:59:00') }),
    ];
    const outcomes = matchStatement(lines, payments);
    expect(pairs(outcomes)).toEqual([
      ['matched', 2, 1],
      ['matched', 3, 2],
    ]);
    expect(outcomes.map((o) => ('matchedBy' in o ? o.matchedBy : null))).toEqual([
      'amount_date_payer',
      'amount_date_payer',
    ]);
  });

  it('compares days in Asia/Shanghai and allows ±1 day only when asked (bank value dates)', () => {
    // 2026-12-02 23:30 Shanghai is 15:30 UTC the same day; 2026-12-03 00:30 Shanghai is still 12-02 in UTC.
    const p = payment(1, { paidAt: at('2026-12-02T23:30:00'), payerName: '李四' });
    const nextDay = line(2, { payer: '李四', occurredAt: at('2026-12-03T00:30:00') });
    expect(pairs(matchStatement([nextDay], [p]))).toEqual([
      ['only_in_statement', 2, null],
      ['only_in_system', null, 1],
    ]);
    expect(pairs(matchStatement([nextDay], [p], { dayTolerance: 1 }))).toEqual([['matched', 2, 1]]);
    const twoDays = line(2, { payer: '李四', occurredAt: at('2026-12-04T09:00:00') });
    expect(pairs(matchStatement([twoDays], [p], { dayTolerance: 1 }))[0][0]).toBe('only_in_statement');
  });

  it('needs a payer for the fallback, and the name must be the payer or the customer', () => {
    const p = payment(1, { payerName: '王五' });
    expect(pairs(matchStatement([line(2)], [p]))[0][0]).toBe('only_in_statement');
    expect(pairs(matchStatement([line(2, { payer: '赵六' })], [p]))[0][0]).toBe('only_in_statement');
  });

  it('each payment matches one line and each line one payment, preferring the closest time', () => {
    const payments = [
      payment(1, { payerName: '李四', paidAt: at('2026-12-02T09:00:00') }),
      payment(2, { payerName: '李四', paidAt: at('2026-12-02T15:00:00') }),
    ];
    const lines = [
      line(2, { payer: '李四', occurredAt: at('2026-12-02T14:50:00') }),
      line(3, { payer: '李四', occurredAt: at('2026-12-02T14:55:00') }),
      line(4, { payer: '李四', occurredAt: at('2026-12-02T16:00:00') }),
    ];
    // Line 3 is closest to payment 2; line 2 is then closest to payment 1; line 4 is left over.
    expect(pairs(matchStatement(lines, payments))).toEqual([
      ['matched', 2, 1],
      ['matched', 3, 2],
      ['only_in_statement', 4, null],
    ]);
  });

  it('two lines naming one payment: the one with its amount wins, the other may still match by amount', () => {
    const payments = [payment(1), payment(2, { payerName: '李四', amount: 3000 })];
    const lines = [
      line(2, { orderRef: 'PAY20261202000001', amount: 3000, payer: '李四' }),
      line(3, { memo: 'PAY20261202000001' }),
    ];
    expect(pairs(matchStatement(lines, payments))).toEqual([
      ['matched', 2, 2],
      ['matched', 3, 1],
    ]);
  });

  it('the provider trade number outranks our number in a memo', () => {
    const payments = [payment(1, { providerTradeNo: 'T-1' }), payment(2)];
    const lines = [line(2, { txnNo: 'T-1', memo: 'PAY20261202000002' })];
    expect(pairs(matchStatement(lines, payments))).toEqual([
      ['matched', 2, 1],
      ['only_in_system', null, 2],
    ]);
  });

  it('payments outside the period match a line that names them but are never reported only_in_system', () => {
    const outside = payment(1, { inPeriod: false, paidAt: at('2026-11-30T23:59:00') });
    const unrelated = payment(2, { inPeriod: false });
    expect(pairs(matchStatement([line(2, { orderRef: outside.number })], [outside, unrelated]))).toEqual([
      ['matched', 2, 1],
    ]);
  });

  it('a pending payment is timed by when it was recorded', () => {
    const pending = payment(1, {
      status: 'pending',
      paidAt: null,
      createdAt: at('2026-12-01T18:00:00'),
      payerName: '李四',
    });
    expect(
      pairs(matchStatement([line(2, { payer: '李四', occurredAt: at('2026-12-01T19:00:00') })], [pending])),
    ).toEqual([['matched', 2, 1]]);
  });

  it('normalizes names', () => {
    expect(normalizeName(' 北京 某某 （朝阳）Co ')).toBe('北京某某(朝阳)co');
  });

  it('property: one-to-one, every line and in-period payment reported once, matches agree on amount, order-independent', () => {
    const names = ['甲', '乙', '丙'];
    const arbPayment = fc.record({
      amount: fc.constantFrom(100, 200, 300),
      hour: fc.integer({ min: 0, max: 71 }),
      name: fc.constantFrom(...names),
      trade: fc.option(fc.constantFrom('T1', 'T2', 'T3', 'T4'), { nil: null }),
      inPeriod: fc.boolean(),
    });
    const arbLine = fc.record({
      amount: fc.constantFrom(100, 200, 300, 400),
      hour: fc.integer({ min: 0, max: 71 }),
      payer: fc.option(fc.constantFrom(...names), { nil: undefined }),
      txnNo: fc.option(fc.constantFrom('T1', 'T2', 'T3', 'T4', 'PAY20261202000001'), { nil: undefined }),
      memoRef: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
    });
    const base = at('2026-12-01T00:00:00').getTime();
    fc.assert(
      fc.property(
        fc.array(arbPayment, { maxLength: 8 }),
        fc.array(arbLine, { maxLength: 8 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 1 }),
        (ps, ls, reverse, dayTolerance) => {
          const payments = ps.map((p, i) =>
            payment(i + 1, {
              amount: p.amount,
              paidAt: new Date(base + p.hour * 3600_000),
              payerName: p.name,
              customerName: null,
              providerTradeNo: p.trade,
              inPeriod: p.inPeriod,
            }),
          );
          const lines = ls.map((l, i) =>
            line(i + 2, {
              amount: l.amount,
              occurredAt: new Date(base + l.hour * 3600_000),
              payer: l.payer,
              txnNo: l.txnNo,
              memo: l.memoRef ? `PAY20261202${String(l.memoRef).padStart(6, '0')}` : undefined,
            }),
          );
          const outcomes = matchStatement(lines, payments, { dayTolerance });
          const linesSeen = outcomes.flatMap((o) => ('line' in o ? [o.line.lineNo] : []));
          expect(linesSeen.sort((a, b) => a - b)).toEqual(lines.map((l) => l.lineNo));
          const paymentsSeen = outcomes.flatMap((o) => ('payment' in o ? [o.payment.id] : []));
          expect(new Set(paymentsSeen).size).toBe(paymentsSeen.length);
          for (const p of payments) {
            if (p.inPeriod) expect(paymentsSeen).toContain(p.id);
          }
          for (const o of outcomes) {
            if (o.result === 'matched') expect(o.line.amount).toBe(o.payment.amount);
            if (o.result === 'amount_mismatch') expect(o.line.amount).not.toBe(o.payment.amount);
            if (o.result === 'only_in_system') expect(o.payment.inPeriod).toBe(true);
          }
          const shuffled = matchStatement(
            reverse ? [...lines].reverse() : lines,
            reverse ? [...payments].reverse() : payments,
            { dayTolerance },
          );
          expect(pairs(shuffled)).toEqual(pairs(outcomes));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('matchRefunds', () => {
  it('by our refund number or the provider refund number; each refund once; amounts compared', () => {
    const refunds = [
      { id: 1, number: 'RF20261202000001', providerRefundNo: null, paymentId: 7, amount: 500 },
      { id: 2, number: 'RF20261202000002', providerRefundNo: '5030000001', paymentId: 8, amount: 800 },
    ];
    const outcomes = matchRefunds(
      [
        line(5, { amount: 500, refundNo: 'rf20261202000001' } as RefundLine),
        line(6, { amount: 700, providerRefundNo: '5030000001' } as RefundLine),
        line(7, { amount: 500, refundNo: 'RF20261202000001' } as RefundLine),
        line(8, { amount: 1 } as RefundLine),
      ],
      refunds,
    );
    expect(outcomes.map((o) => [o.result, o.line.lineNo, 'refund' in o ? o.refund.id : null])).toEqual([
      ['matched', 5, 1],
      ['amount_mismatch', 6, 2],
      ['only_in_statement', 7, null],
      ['only_in_statement', 8, null],
    ]);
  });
});
