import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/index.ts';
import { exceedsStock, plannedItemIds, problemHints, stockStatusOf } from './cart-problems.ts';
import type { CartItem } from './cart-types.ts';

const item = (overrides: Partial<CartItem>): CartItem => ({
  id: 1,
  skuId: 10,
  productId: 100,
  unitId: null,
  quantity: 6,
  skuCode: 'COLA-330',
  productName: '可口可乐 330ml',
  skuName: '330ml',
  thumbUrl: null,
  unitName: '瓶',
  unitFactor: 1,
  baseQuantity: 6,
  baseUnit: '瓶',
  minOrderQty: 12,
  orderStep: 6,
  units: [],
  unitPrice: 180,
  amount: 1080,
  available: 100,
  stockStatus: 'in',
  problems: [],
  ...overrides,
});

const say = (hints: ReturnType<typeof problemHints>) => hints.map((hint) => i18n.t(hint.key, hint.values));

describe('problemHints', () => {
  it('says the minimum in the item’s unit and offers it as the fix', () => {
    const hints = problemHints(item({ problems: ['below_minimum'] }));
    expect(say(hints)).toEqual(['未达起订量：至少 12 瓶']);
    expect(hints[0]?.fix).toBe(12);
  });

  it('says the step in the item’s unit and offers the nearest valid quantity', () => {
    const hints = problemHints(item({ quantity: 14, baseQuantity: 14, problems: ['off_step'] }));
    expect(say(hints)).toEqual(['订货倍数：需按 6 瓶的倍数订购']);
    expect(hints[0]?.fix).toBe(12);
  });

  it('names what is available in base units when stock is short', () => {
    const hints = problemHints(
      item({
        unitName: '箱',
        unitFactor: 24,
        quantity: 5,
        baseQuantity: 120,
        available: 37,
        problems: ['insufficient_stock'],
      }),
    );
    expect(say(hints)).toEqual(['库存不足：仅可订 37 瓶']);
    expect(hints[0]?.fix).toBeUndefined();
  });

  it('tells an item off the shelf and a unit removed apart', () => {
    expect(say(problemHints(item({ problems: ['off_shelf', 'unit_removed'] })))).toEqual([
      '已下架，无法订购',
      '该单位已停用，请重新选择单位',
    ]);
  });

  it('has nothing to say about an item without problems', () => {
    expect(problemHints(item({}))).toEqual([]);
  });
});

describe('plannedItemIds', () => {
  const items = [item({ id: 1 }), item({ id: 2, problems: ['off_shelf'] }), item({ id: 3 })];
  it('takes the items named in ?items=', () => {
    expect(plannedItemIds(items, '3,x,1')).toEqual([3, 1]);
  });
  it('else every item orderable when the page first sees the cart', () => {
    expect(plannedItemIds(items, null)).toEqual([1, 3]);
  });
});

describe('problemHints over several items of one SKU', () => {
  it('says the SKU’s items together miss the step when this item is right on its own', () => {
    const cases = item({
      id: 1,
      unitName: '箱',
      unitFactor: 24,
      quantity: 3,
      baseQuantity: 72,
      problems: ['off_step'],
    });
    const bottles = item({ id: 2, quantity: 7, baseQuantity: 7, problems: ['off_step'] });
    const cart = [cases, bottles];
    expect(say(problemHints(cases, cart))).toEqual(['订货倍数：同一商品合计需按 6 瓶的倍数订购（现共 79 瓶）']);
    expect(problemHints(cases, cart)[0]?.fix).toBeUndefined();
    // The bottles are wrong on their own: they get their own fix.
    expect(problemHints(bottles, cart)[0]?.fix).toBe(6);
  });
});

describe('problemHints when the supplier hides stock numbers', () => {
  it('says 库存紧张 or 缺货, never a number', () => {
    const hidden = (stockStatus: 'low' | 'out') =>
      say(problemHints({ ...item({ problems: ['insufficient_stock'] }), available: null, stockStatus }));
    expect(hidden('low')).toEqual(['库存紧张：暂无法满足这个数量']);
    expect(hidden('out')).toEqual(['缺货，暂不能订购']);
  });

  it('takes nothing as too much unless the SKU is out', () => {
    expect(exceedsStock(10, null, 'low')).toBe(false);
    expect(exceedsStock(10, null, 'out')).toBe(true);
    expect(exceedsStock(10, 5)).toBe(true);
    expect(stockStatusOf({ available: null, stockStatus: 'low' })).toBe('low');
    expect(stockStatusOf({ available: 3 })).toBeUndefined();
  });
});
