import { describe, expect, it } from 'vitest';
import type { Sku } from './catalog-types.ts';
import { gridOrder, gridQuantity, variantRows } from './variant-grid.ts';

const sku = (id: number, specs: Record<string, string>, extra: Partial<Sku> = {}): Sku => ({
  id,
  code: `S${id}`,
  name: '',
  specs,
  barcode: null,
  unit: '瓶',
  price: 300,
  retailPrice: null,
  available: 100,
  stockStatus: 'in',
  status: 'on',
  minOrderQty: 6,
  orderStep: 6,
  units: [],
  ...extra,
});

describe('variant grid', () => {
  const rows = variantRows([
    sku(1, { 口味: '原味', 规格: '330ml' }),
    sku(
      2,
      { 口味: '无糖', 规格: '330ml' },
      {
        units: [{ id: 9, name: '箱', factor: 24, price: 6600, barcode: null, isDefault: true } as Sku['units'][number]],
      },
    ),
  ]);

  it('offers each variant in its first unit with the order rule in that unit', () => {
    expect(rows.map((r) => [r.label, r.unit.name, r.min, r.step])).toEqual([
      ['原味 / 330ml', '瓶', 6, 6],
      ['无糖 / 330ml', '箱', 1, 1],
    ]);
  });

  it('keeps 0 as “not ordered” and makes other quantities valid', () => {
    expect(gridQuantity(rows[0], 0)).toBe(0);
    expect(gridQuantity(rows[0], null)).toBe(0);
    expect(gridQuantity(rows[0], 4)).toBe(6);
    expect(gridQuantity(rows[0], 10)).toBe(12);
    expect(gridQuantity(rows[1], 3)).toBe(3);
  });

  it('orders only the rows with a quantity, priced per unit', () => {
    expect(gridOrder(rows, { 1: 12, 2: 0 })).toEqual({
      items: [{ skuId: 1, unitId: null, quantity: 12 }],
      total: 3600,
    });
    expect(gridOrder(rows, { 1: 6, 2: 2 }).total).toBe(6 * 300 + 2 * 6600);
  });
});
