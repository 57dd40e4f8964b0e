import { describe, expect, it } from 'vitest';
import { enUS } from '../../i18n/en-US.ts';
import { zhCN } from '../../i18n/zh-CN.ts';
import {
  amountDifference,
  cleanMapping,
  fieldsByHeader,
  isReconciliationResult,
  isRefundItem,
  mappingFields,
  reconciliationResults,
  splitRunErrors,
} from './reconciliation.ts';

describe('reconciliation helpers', () => {
  it('labels every result, kind and mapping field in both languages', () => {
    for (const result of reconciliationResults) {
      expect(zhCN.reconciliation.results[result]).toBeTruthy();
      expect(enUS.reconciliation.results[result]).toBeTruthy();
    }
    for (const field of mappingFields) {
      expect(zhCN.reconciliation.fields[field]).toBeTruthy();
      expect(enUS.reconciliation.fields[field]).toBeTruthy();
    }
    expect(zhCN.reconciliation.results.only_in_statement).toBe('仅对账单有');
    expect(isReconciliationResult('amount_mismatch')).toBe(true);
    expect(isReconciliationResult('x')).toBe(false);
  });

  it('drops cleared mapping selects and tags headers with the fields reading them', () => {
    expect(
      cleanMapping({ date: '交易日期', time: undefined, creditAmount: '收入金额', payer: '', memo: null }),
    ).toEqual({
      date: '交易日期',
      creditAmount: '收入金额',
    });
    expect(cleanMapping({})).toEqual({ date: '' });
    expect([...fieldsByHeader({ date: '交易时间', time: '交易时间', amount: '金额' })]).toEqual([
      ['交易时间', ['date', 'time']],
      ['金额', ['amount']],
    ]);
  });

  it('splits a run’s 400 into mapping selects, form fields and a list for the rest', () => {
    expect(
      splitRunErrors([
        { path: '/body/mapping/payer', message: '文件中没有「付款人」列 / The file has no column "付款人"' },
        { path: '/body/mapping', message: 'mapping must be JSON' },
        { path: '/body/periodTo', message: 'ends before it starts' },
        { path: '/body/source', message: 'name it' },
        { path: '/body/file/12/amount', message: '第 12 行…' },
      ]),
    ).toEqual({
      mapping: { payer: ['文件中没有「付款人」列 / The file has no column "付款人"'] },
      fields: { period: ['ends before it starts'], source: ['name it'] },
      general: ['mapping must be JSON', '第 12 行…'],
    });
  });

  it('tells refund lines and the difference of a mismatch', () => {
    expect(amountDifference({ amount: 49_900, paymentAmount: 50_000 })).toBe(-100);
    expect(amountDifference({ amount: null, paymentAmount: 50_000 })).toBeNull();
    expect(isRefundItem({ amount: -800, matchedBy: null })).toBe(true);
    expect(isRefundItem({ amount: 800, matchedBy: 'refund_no' })).toBe(true);
    expect(isRefundItem({ amount: 800, matchedBy: 'txn_no' })).toBe(false);
  });
});
