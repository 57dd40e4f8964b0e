import { describe, expect, it } from 'vitest';
import {
  isReturnStatus,
  mayReturnFrom,
  returnableBySku,
  returnRequestLines,
  returnStatusColor,
  returnStatuses,
  type ShippedLine,
} from './returns.ts';

const line = (patch: Partial<ShippedLine>): ShippedLine => ({
  id: 1,
  skuId: 3,
  skuCode: 'KKL-330',
  productName: '可口可乐',
  skuName: '330ml',
  baseUnit: '瓶',
  shippedQuantity: 48,
  ...patch,
});

describe('returns', () => {
  it('may return what shipped less what open and received returns take, per SKU over its lines', () => {
    const lines = [
      line({}),
      line({ id: 2, shippedQuantity: 4 }),
      line({ id: 3, skuId: 5, skuCode: 'XB', shippedQuantity: 0 }),
    ];
    const rows = returnableBySku(lines, [
      { status: 'requested', lines: [{ lineId: 1, quantity: 10 }] },
      { status: 'received', lines: [{ lineId: 2, quantity: 2 }] },
      { status: 'rejected', lines: [{ lineId: 1, quantity: 38 }] },
      { status: 'cancelled', lines: [{ lineId: 2, quantity: 2 }] },
    ]);
    expect(rows).toEqual([
      {
        skuId: 3,
        skuCode: 'KKL-330',
        productName: '可口可乐',
        skuName: '330ml',
        baseUnit: '瓶',
        shipped: 52,
        returned: 12,
        left: 40,
      },
    ]);
  });

  it('asks for whole positive quantities, never beyond what may come back', () => {
    const rows = returnableBySku([line({}), line({ id: 2, skuId: 5, shippedQuantity: 24 })], []);
    expect(returnRequestLines(rows, { 3: 60, 5: 2.7 })).toEqual([
      { skuId: 3, quantity: 48 },
      { skuId: 5, quantity: 2 },
    ]);
    expect(returnRequestLines(rows, { 3: 0, 5: null })).toEqual([]);
  });

  it('allows returns once goods have shipped', () => {
    expect(['partially_shipped', 'shipped', 'completed'].every(mayReturnFrom)).toBe(true);
    expect(mayReturnFrom('awaiting_shipment')).toBe(false);
  });

  it('knows the statuses and their colours', () => {
    expect(returnStatuses.every(isReturnStatus)).toBe(true);
    expect(isReturnStatus('shipped')).toBe(false);
    expect(returnStatusColor('received')).toBe('green');
  });
});
