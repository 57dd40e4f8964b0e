import { describe, expect, it } from 'vitest';
import { inLineUnit, leftToShipBySku, shipmentLines } from './order-shipping.ts';
import type { OrderLine } from './order-types.ts';

let nextId = 1;
function line(patch: Partial<OrderLine>): OrderLine {
  const id = nextId++;
  return {
    id,
    lineNo: id,
    skuId: 1,
    skuCode: 'KKKL-330',
    productName: '可口可乐',
    skuName: '330ml',
    unitId: null,
    unitName: '瓶',
    baseUnit: '瓶',
    unitFactor: 1,
    quantity: 1,
    baseQuantity: 1,
    unitPrice: 200,
    amount: 200,
    priceRule: 'base',
    shippedQuantity: 0,
    ...patch,
  };
}

describe('left to ship', () => {
  it('sums base quantities per SKU over lines in different units', () => {
    const rows = leftToShipBySku([
      line({ unitId: 5, unitName: '箱', unitFactor: 24, quantity: 2, baseQuantity: 48, shippedQuantity: 24 }),
      line({ skuId: 2, skuCode: 'XB-330', productName: '雪碧', quantity: 10, baseQuantity: 10 }),
      line({ quantity: 6, baseQuantity: 6, shippedQuantity: 6 }),
    ]);
    expect(rows).toEqual([
      expect.objectContaining({ skuId: 1, baseUnit: '瓶', ordered: 54, shipped: 30, left: 24 }),
      expect.objectContaining({ skuId: 2, baseUnit: '瓶', ordered: 10, shipped: 0, left: 10 }),
    ]);
  });

  it('knows no base unit name when every line of the SKU is in a larger unit', () => {
    const [row] = leftToShipBySku([line({ unitId: 5, unitName: '箱', unitFactor: 24, quantity: 1, baseQuantity: 24 })]);
    expect(row?.baseUnit).toBeUndefined();
    expect(row?.left).toBe(24);
  });

  it('ships only positive whole quantities, capped at what is left', () => {
    const rows = leftToShipBySku([
      line({ baseQuantity: 10 }),
      line({ skuId: 2, baseQuantity: 5 }),
      line({ skuId: 3, baseQuantity: 4 }),
    ]);
    expect(shipmentLines(rows, { 1: 4.7, 2: 0, 3: 99 })).toEqual([
      { skuId: 1, quantity: 4 },
      { skuId: 3, quantity: 4 },
    ]);
    expect(shipmentLines(rows, {})).toEqual([]);
  });

  it('states a base quantity in the line unit when it is whole', () => {
    expect(inLineUnit(48, { unitFactor: 24, unitName: '箱' })).toBe('2 箱');
    expect(inLineUnit(30, { unitFactor: 24, unitName: '箱' })).toBeUndefined();
    expect(inLineUnit(3, { unitFactor: 1, unitName: '瓶' })).toBeUndefined();
  });
});
