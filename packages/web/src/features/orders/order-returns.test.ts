import { describe, expect, it } from 'vitest';
import { approveReturnBody, canRequestReturn, returnStatusKey } from './order-returns.ts';

describe('returns', () => {
  it('offers 申请退货 to staff who may edit orders once goods have shipped', () => {
    expect(canRequestReturn({ status: 'shipped' }, ['orders:edit'])).toBe(true);
    expect(canRequestReturn({ status: 'partially_shipped' }, ['orders:edit'])).toBe(true);
    expect(canRequestReturn({ status: 'completed' }, ['orders:edit'])).toBe(true);
    expect(canRequestReturn({ status: 'awaiting_shipment' }, ['orders:edit'])).toBe(false);
    expect(canRequestReturn({ status: 'shipped' }, ['orders:view'])).toBe(false);
  });

  it('labels statuses under returns.statuses', () => {
    expect(returnStatusKey('approved')).toBe('returns.statuses.approved');
  });

  it('sends a refund typed in yuan as fen only when it differs from the computed one', () => {
    expect(approveReturnBody(96, 9600)).toEqual({});
    expect(approveReturnBody(90.5, 9600, ' 扣除运费 ')).toEqual({ refundAmount: 9050, note: '扣除运费' });
    expect(approveReturnBody(0.295, 9600)).toEqual({ refundAmount: 30 });
    expect(approveReturnBody(null, 9600, '  ')).toEqual({});
  });
});
