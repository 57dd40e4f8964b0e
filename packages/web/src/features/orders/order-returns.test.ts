import { describe, expect, it } from 'vitest';
import { approveReturnBody, canRequestReturn, returnableBySku, returnRequestLines } from './order-returns.ts';
import type { OrderLine, ReturnView } from './order-types.ts';

const line = (patch: Partial<OrderLine>): OrderLine => ({
  id: 1,
  lineNo: 1,
  skuId: 3,
  skuCode: 'KKL-330',
  productName: '可口可乐',
  skuName: '330ml',
  unitId: 7,
  unitName: '箱',
  unitFactor: 24,
  baseUnit: '瓶',
  quantity: 2,
  baseQuantity: 48,
  shippedQuantity: 48,
  unitPrice: 4800,
  amount: 9600,
  priceRule: 'level',
  ...patch,
});

const ret = (status: ReturnView['status'], parts: { skuId: number; quantity: number }[]): ReturnView => ({
  id: 1,
  orderId: 1,
  orderNumber: 'SO1',
  customerId: 1,
  customerName: 'c',
  status,
  lines: parts.map((p, i) => ({
    lineId: i + 1,
    skuCode: 'x',
    productName: 'x',
    unitName: '瓶',
    unitFactor: 1,
    baseUnit: '瓶',
    amount: 0,
    ...p,
  })),
  reason: '',
  refundAmount: 0,
  warehouseId: null,
  note: '',
  requestedByName: null,
  decidedByName: null,
  createdAt: '',
  decidedAt: null,
  receivedAt: null,
  allowedActions: [],
});

describe('returns', () => {
  it('may return what shipped less what open and received returns take, per SKU over its lines', () => {
    const lines = [
      line({}),
      line({ id: 2, unitId: null, unitName: '瓶', unitFactor: 1, quantity: 6, baseQuantity: 6, shippedQuantity: 4 }),
      line({ id: 3, skuId: 5, skuCode: 'XB', shippedQuantity: 0 }),
    ];
    const rows = returnableBySku(lines, [
      ret('requested', [{ skuId: 3, quantity: 10 }]),
      ret('received', [{ skuId: 3, quantity: 2 }]),
      ret('rejected', [{ skuId: 3, quantity: 40 }]),
      ret('cancelled', [{ skuId: 3, quantity: 40 }]),
    ]);
    expect(rows).toEqual([expect.objectContaining({ skuId: 3, baseUnit: '瓶', shipped: 52, returned: 12, left: 40 })]);
  });

  it('asks for whole positive quantities, never beyond what may come back', () => {
    const rows = returnableBySku([line({}), line({ id: 2, skuId: 5, shippedQuantity: 24 })], []);
    expect(returnRequestLines(rows, { 3: 60, 5: 2.7 })).toEqual([
      { skuId: 3, quantity: 48 },
      { skuId: 5, quantity: 2 },
    ]);
    expect(returnRequestLines(rows, { 3: 0, 5: null })).toEqual([]);
  });

  it('offers 申请退货 to staff who may edit orders once goods have shipped', () => {
    expect(canRequestReturn({ status: 'shipped' }, ['orders:edit'])).toBe(true);
    expect(canRequestReturn({ status: 'partially_shipped' }, ['orders:edit'])).toBe(true);
    expect(canRequestReturn({ status: 'completed' }, ['orders:edit'])).toBe(true);
    expect(canRequestReturn({ status: 'awaiting_shipment' }, ['orders:edit'])).toBe(false);
    expect(canRequestReturn({ status: 'shipped' }, ['orders:view'])).toBe(false);
  });

  it('sends a refund typed in yuan as fen only when it differs from the computed one', () => {
    expect(approveReturnBody(96, 9600)).toEqual({});
    expect(approveReturnBody(90.5, 9600, ' 扣除运费 ')).toEqual({ refundAmount: 9050, note: '扣除运费' });
    expect(approveReturnBody(0.295, 9600)).toEqual({ refundAmount: 30 });
    expect(approveReturnBody(null, 9600, '  ')).toEqual({});
  });
});
