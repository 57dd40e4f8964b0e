import { describe, expect, it } from 'vitest';
import { convertQuantity, snapQuantity, unitQuantityRule } from './quantity-rule.ts';

describe('unitQuantityRule', () => {
  it('is any quantity from 1 when the SKU has no rule', () => {
    expect(unitQuantityRule({ minOrderQty: 1, orderStep: 1 }, 1)).toEqual({ min: 1, step: 1 });
    expect(unitQuantityRule({ minOrderQty: 1, orderStep: 1 }, 24)).toEqual({ min: 1, step: 1 });
  });

  it('turns a base-unit minimum and step into the chosen unit', () => {
    const sku = { minOrderQty: 12, orderStep: 6 };
    expect(unitQuantityRule(sku, 1)).toEqual({ min: 12, step: 6 });
    // 1 箱 = 24 瓶 is a multiple of 6 and above 12.
    expect(unitQuantityRule(sku, 24)).toEqual({ min: 1, step: 1 });
    // 1 包 = 4 瓶: 3 包 = 12 瓶 is the smallest multiple of 6 that reaches 12.
    expect(unitQuantityRule(sku, 4)).toEqual({ min: 3, step: 3 });
  });

  it('rounds the minimum up to the step', () => {
    // 起订 10, 按 4 递增 in 瓶: 12 is the first valid quantity.
    expect(unitQuantityRule({ minOrderQty: 10, orderStep: 4 }, 1)).toEqual({ min: 12, step: 4 });
  });
});

describe('snapQuantity', () => {
  const rule = { min: 12, step: 6 };
  it('keeps valid quantities', () => {
    expect(snapQuantity(18, rule)).toBe(18);
  });
  it('goes to the nearest multiple of the step, never below the minimum', () => {
    expect(snapQuantity(20, rule)).toBe(18);
    expect(snapQuantity(22, rule)).toBe(24);
    expect(snapQuantity(5, rule)).toBe(12);
    expect(snapQuantity(null, rule)).toBe(12);
    expect(snapQuantity(Number.NaN, rule)).toBe(12);
  });
  it('stays under the API limit', () => {
    expect(snapQuantity(5_000_000, rule)).toBe(999_996);
  });
});

describe('convertQuantity', () => {
  it('keeps about the same number of base units in the new unit', () => {
    expect(convertQuantity(48, 1, 24, { min: 1, step: 1 })).toBe(2);
    expect(convertQuantity(2, 24, 1, { min: 1, step: 1 })).toBe(48);
  });
  it('never goes below the new unit’s minimum', () => {
    expect(convertQuantity(6, 1, 24, { min: 1, step: 1 })).toBe(1);
    expect(convertQuantity(1, 24, 1, { min: 30, step: 6 })).toBe(30);
  });
});
