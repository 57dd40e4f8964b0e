import { describe, expect, it } from 'vitest';
import type { MyOrder } from './order-types.ts';
import {
  initialReturnUnit,
  refundEstimate,
  returnableSkus,
  returnLimit,
  returnQuantityText,
  returnStatusColor,
  returnStatusKey,
  toBase,
} from './returns.ts';

type Line = MyOrder['lines'][number];
const line = (overrides: Partial<Line>): Line => ({
  id: 1,
  lineNo: 1,
  skuId: 10,
  skuCode: 'COLA-330',
  productName: '可口可乐',
  skuName: '330ml',
  unitId: 5,
  unitName: '箱',
  unitFactor: 24,
  baseUnit: '瓶',
  quantity: 3,
  baseQuantity: 72,
  shippedQuantity: 48,
  unitPrice: 4800,
  amount: 14400,
  priceRule: 'base',
  ...overrides,
});

describe('returnableSkus', () => {
  it('reads each SKU in its largest unit and prices its refund from the lines', () => {
    const lines = [
      line({}),
      line({
        id: 2,
        lineNo: 2,
        unitId: null,
        unitName: '瓶',
        unitFactor: 1,
        quantity: 6,
        baseQuantity: 6,
        shippedQuantity: 6,
        unitPrice: 200,
        amount: 1200,
      }),
    ];
    const [cola] = returnableSkus(lines, [{ status: 'received', lines: [{ lineId: 1, quantity: 24 }] }]);
    // One row per SKU (what is left counted in returns.ts), read in its largest unit, refunded at the lines' average.
    expect(cola).toMatchObject({ skuId: 10, unitName: '箱', unitFactor: 24, shipped: 54, left: 30, unitRefund: 200 });
  });
});

describe('return quantities', () => {
  const sku = { left: 50, unitFactor: 24, unitName: '箱', baseUnit: '瓶' };

  it('reads base units in the line’s unit where it divides', () => {
    expect(returnQuantityText(48, sku)).toBe('2 箱（48 瓶）');
    expect(returnQuantityText(50, sku)).toBe('50 瓶');
    expect(returnQuantityText(6, { ...sku, unitFactor: 1, unitName: '瓶' })).toBe('6 瓶');
  });

  it('types whole cases up to what is left, or bottles up to the last one', () => {
    expect(returnLimit(sku, 'unit')).toBe(2);
    expect(returnLimit(sku, 'base')).toBe(50);
    expect(toBase(2, sku, 'unit')).toBe(48);
    expect(toBase(3, sku, 'unit')).toBe(50);
    expect(toBase(-1, sku, 'base')).toBe(0);
    expect(initialReturnUnit(sku)).toBe('unit');
    expect(initialReturnUnit({ ...sku, left: 10 })).toBe('base');
  });

  it('estimates the refund from the lines’ amounts, capped at what is left', () => {
    const skus = returnableSkus([line({})], []);
    expect(refundEstimate(skus, { 10: 24 })).toBe(4800);
    expect(refundEstimate(skus, { 10: 100 })).toBe(9600);
  });
});

describe('portal return statuses', () => {
  it('labels them under portalReturns.statuses and shows a request in orange', () => {
    expect(returnStatusKey('requested')).toBe('portalReturns.statuses.requested');
    expect(returnStatusColor('requested')).toBe('orange');
    expect(returnStatusColor('approved')).toBe('blue');
  });
});
