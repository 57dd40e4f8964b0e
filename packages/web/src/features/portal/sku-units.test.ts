import { describe, expect, it } from 'vitest';
import type { Sku } from './catalog-types.ts';
import { defaultUnit, orderRule, priceRange, specSummary, stockLabel, tiersFor, unitOptions } from './sku-units.ts';

const cola: Sku = {
  id: 1,
  code: 'KKKL-500',
  name: '500ml',
  specs: { 规格: '500ml' },
  barcode: null,
  unit: '瓶',
  price: 270,
  retailPrice: null,
  available: null,
  stockStatus: 'in',
  status: 'on',
  minOrderQty: 6,
  orderStep: 6,
  units: [
    { id: 12, name: '箱', factor: 24, price: 6000, barcode: null },
    { id: 11, name: '提', factor: 6, price: 1550, barcode: null },
  ],
  tiers: [
    { unitId: 12, minQuantity: 10, unitPrice: 5800 },
    { unitId: 12, minQuantity: 5, unitPrice: 5900 },
    { unitId: null, minQuantity: 48, unitPrice: 260 },
    { unitId: 11, minQuantity: 3, unitPrice: 1600 },
  ],
};

describe('unitOptions', () => {
  it('puts the base unit first, then larger units by size, each with its own price', () => {
    expect(unitOptions(cola)).toEqual([
      { id: null, name: '瓶', factor: 1, price: 270 },
      { id: 11, name: '提', factor: 6, price: 1550 },
      { id: 12, name: '箱', factor: 24, price: 6000 },
    ]);
  });

  it('does not repeat the base unit when the API lists it', () => {
    const withBase = { ...cola, units: [{ id: 10, name: '瓶', factor: 1, price: 270, barcode: null }] };
    expect(unitOptions(withBase).map((unit) => unit.name)).toEqual(['瓶']);
  });
});

describe('defaultUnit', () => {
  it('offers the unit marked default first, else the base unit', () => {
    expect(defaultUnit(cola).name).toBe('瓶');
    const boxFirst = { ...cola, units: cola.units.map((unit) => ({ ...unit, isDefault: unit.id === 12 })) };
    expect(defaultUnit(boxFirst)).toMatchObject({ id: 12, name: '箱', price: 6000 });
  });
});

describe('tiersFor', () => {
  const [bottle, pack, box] = unitOptions(cola);
  it('returns the breaks of the chosen unit, smallest quantity first', () => {
    expect(tiersFor(cola, box)).toEqual([
      { unitId: 12, minQuantity: 5, unitPrice: 5900 },
      { unitId: 12, minQuantity: 10, unitPrice: 5800 },
    ]);
    expect(tiersFor(cola, bottle).map((tier) => tier.minQuantity)).toEqual([48]);
  });

  it('drops a break that is not below the unit price', () => {
    expect(tiersFor(cola, pack)).toEqual([]);
  });
});

describe('orderRule', () => {
  it('says nothing when any quantity goes', () => {
    expect(orderRule({ minOrderQty: 1, orderStep: 1, unit: '瓶' })).toBeUndefined();
  });
  it('gives the minimum and the step in base units', () => {
    expect(orderRule(cola)).toEqual({ min: 6, step: 6, unit: '瓶' });
    expect(orderRule({ minOrderQty: 12, orderStep: 1, unit: '瓶' })).toEqual({ min: 12, step: null, unit: '瓶' });
  });
});

describe('stockLabel', () => {
  it('shows nothing while stock is not kept', () => {
    expect(stockLabel(null)).toBeUndefined();
    expect(stockLabel(undefined)).toBeUndefined();
  });
  it('tells out of stock, low and plenty apart', () => {
    expect(stockLabel(0)).toEqual({ kind: 'out' });
    expect(stockLabel(-2)).toEqual({ kind: 'out' });
    expect(stockLabel(5)).toEqual({ kind: 'low', count: 5 });
    expect(stockLabel(37)).toEqual({ kind: 'in', count: 37 });
  });
  it('counts low against a few minimum orders', () => {
    expect(stockLabel(37, 24)).toEqual({ kind: 'low', count: 37 });
  });
  it('says only 有货 / 库存紧张 / 缺货 when the supplier hides numbers', () => {
    expect(stockLabel(null, 1, 'in')).toEqual({ kind: 'in', count: null });
    expect(stockLabel(null, 1, 'low')).toEqual({ kind: 'low', count: null });
    expect(stockLabel(null, 1, 'out')).toEqual({ kind: 'out' });
  });
});

describe('product card helpers', () => {
  it('gives the price range over SKUs', () => {
    expect(priceRange({ skus: [cola, { ...cola, price: 450 }] })).toEqual({ min: 270, max: 450 });
    expect(priceRange({ skus: [] })).toBeUndefined();
  });
  it('summarises one SKU by its specs and several by their count', () => {
    expect(specSummary({ skus: [cola] })).toEqual({ values: '500ml' });
    expect(specSummary({ skus: [cola, cola] })).toEqual({ count: 2 });
  });
});
