import { describe, expect, it } from 'vitest';
import type { Sku } from './catalog-types.ts';
import { defaultSku, findSku, isReachable, pickValue, selectionOf, specAxes } from './sku-selection.ts';

const sku = (id: number, specs: Record<string, string>, extra: Partial<Sku> = {}): Sku => ({
  id,
  code: `S${id}`,
  name: '',
  specs,
  barcode: null,
  unit: '瓶',
  price: 100 * id,
  retailPrice: null,
  available: null,
  stockStatus: 'in',
  status: 'on',
  minOrderQty: 1,
  orderStep: 1,
  units: [],
  ...extra,
});

// 原味 in 500ml and 1L, 柠檬 only in 500ml.
const skus = [
  sku(1, { 口味: '原味', 规格: '500ml' }),
  sku(2, { 口味: '原味', 规格: '1L' }),
  sku(3, { 口味: '柠檬', 规格: '500ml' }),
];
const axes = specAxes(['口味', '规格'], skus);

describe('specAxes', () => {
  it('lists each spec value once in SKU order', () => {
    expect(axes).toEqual([
      { name: '口味', values: ['原味', '柠檬'] },
      { name: '规格', values: ['500ml', '1L'] },
    ]);
  });

  it('turns SKU names into one axis when no spec names are declared', () => {
    const named = [sku(1, {}, { name: '小包' }), sku(2, {}, { name: '大包' })];
    expect(specAxes([], named)).toEqual([{ name: '', values: ['小包', '大包'] }]);
    expect(findSku(named, specAxes([], named), { '': '大包' })?.id).toBe(2);
  });

  it('has nothing to pick for a single SKU without specs', () => {
    expect(specAxes([], [sku(1, {})])).toEqual([]);
  });
});

describe('picking spec values', () => {
  it('finds the SKU a full selection names', () => {
    expect(findSku(skus, axes, { 口味: '原味', 规格: '1L' })?.id).toBe(2);
    expect(findSku(skus, axes, { 口味: '柠檬', 规格: '1L' })).toBeUndefined();
  });

  it('marks values that cannot combine with the other picks', () => {
    const selection = { 口味: '柠檬', 规格: '500ml' };
    expect(isReachable(skus, selection, '规格', '1L')).toBe(false);
    expect(isReachable(skus, selection, '口味', '原味')).toBe(true);
  });

  it('keeps the other picks when the combination exists', () => {
    expect(pickValue(skus, axes, { 口味: '原味', 规格: '500ml' }, '规格', '1L')).toEqual({ 口味: '原味', 规格: '1L' });
  });

  it('moves the other picks to an existing SKU when the combination does not exist', () => {
    expect(pickValue(skus, axes, { 口味: '原味', 规格: '1L' }, '口味', '柠檬')).toEqual({
      口味: '柠檬',
      规格: '500ml',
    });
  });

  it('round-trips a SKU through its selection', () => {
    expect(findSku(skus, axes, selectionOf(skus[2], axes))?.id).toBe(3);
  });
});

describe('defaultSku', () => {
  it('prefers the first SKU in stock', () => {
    expect(defaultSku([sku(1, {}, { available: 0 }), sku(2, {}, { available: 5 })])?.id).toBe(2);
    expect(defaultSku([sku(1, {}, { available: 0 }), sku(2, {}, { available: null })])?.id).toBe(2);
    expect(defaultSku([sku(1, {}, { available: 0 })])?.id).toBe(1);
  });
});
