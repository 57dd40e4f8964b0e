import { describe, expect, it } from 'vitest';
import type { ProductSku } from '../../api/types.ts';
import {
  cartesian,
  formRowToSkuBody,
  generateSkuRows,
  impliedUnitPrice,
  renameSpec,
  type SkuFormRow,
  skuToFormRow,
  specDefsOf,
  usableSpecs,
} from './sku-matrix.ts';

const row = (patch: Partial<SkuFormRow>): SkuFormRow => ({
  key: 'k',
  specs: {},
  code: '',
  unit: '瓶',
  price: 3,
  retailPrice: null,
  minOrderQty: 1,
  orderStep: 1,
  status: 'on',
  units: [],
  ...patch,
});

describe('spec → SKU generator', () => {
  it('makes every combination, first spec varying slowest', () => {
    expect(
      cartesian([
        { name: '口味', values: ['原味', '无糖'] },
        { name: '规格', values: ['500ml', '1L'] },
      ]),
    ).toEqual([
      { 口味: '原味', 规格: '500ml' },
      { 口味: '原味', 规格: '1L' },
      { 口味: '无糖', 规格: '500ml' },
      { 口味: '无糖', 规格: '1L' },
    ]);
    expect(cartesian([])).toEqual([{}]);
  });

  it('ignores blank names, blank and repeated values, and specs without values', () => {
    expect(
      usableSpecs([
        { name: ' 口味 ', values: ['原味', ' ', '原味', '无糖 '] },
        { name: '', values: ['x'] },
        { name: '规格', values: [] },
        { name: '口味', values: ['重复'] },
      ]),
    ).toEqual([{ name: '口味', values: ['原味', '无糖'] }]);
  });

  it('keeps existing rows with their ids, codes and prices', () => {
    const existing = [
      row({ id: 1, key: 'sku-1', specs: { 口味: '原味' }, code: 'A-1', price: 3.5 }),
      row({ id: 2, key: 'sku-2', specs: { 口味: '无糖' }, code: 'A-2', price: 4 }),
    ];
    const rows = generateSkuRows([{ name: '口味', values: ['无糖', '原味', '柠檬'] }], existing);
    expect(rows.map((r) => [r.id, r.code, r.specs.口味])).toEqual([
      [2, 'A-2', '无糖'],
      [1, 'A-1', '原味'],
      [undefined, '', '柠檬'],
    ]);
    // A new row copies unit, prices, MOQ and step from the first existing row.
    expect(rows[2]).toMatchObject({ unit: '瓶', price: 3.5, status: 'on', key: expect.stringMatching(/^new-/) });
  });

  it('drops rows whose values were removed', () => {
    const existing = [row({ id: 1, specs: { 口味: '原味' } }), row({ id: 2, specs: { 口味: '无糖' } })];
    expect(generateSkuRows([{ name: '口味', values: ['无糖'] }], existing).map((r) => r.id)).toEqual([2]);
  });

  it('extends existing rows when a spec is added (they take its first value)', () => {
    const existing = [row({ id: 1, specs: { 口味: '原味' } }), row({ id: 2, specs: { 口味: '无糖' } })];
    const rows = generateSkuRows(
      [
        { name: '口味', values: ['原味', '无糖'] },
        { name: '规格', values: ['500ml', '1L'] },
      ],
      existing,
    );
    expect(rows.map((r) => [r.id, r.specs])).toEqual([
      [1, { 口味: '原味', 规格: '500ml' }],
      [undefined, { 口味: '原味', 规格: '1L' }],
      [2, { 口味: '无糖', 规格: '500ml' }],
      [undefined, { 口味: '无糖', 规格: '1L' }],
    ]);
  });

  it('prefers an exact match over a row that lacks the spec', () => {
    const existing = [row({ id: 1, specs: { 规格: '1L' } }), row({ id: 2, specs: { 规格: '500ml' } })];
    const rows = generateSkuRows([{ name: '规格', values: ['500ml', '1L'] }], existing);
    expect(rows.map((r) => r.id)).toEqual([2, 1]);
  });

  it('keeps the single SKU of a product without specs', () => {
    const rows = generateSkuRows([], [row({ id: 7, code: 'ONE' })]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 7, code: 'ONE', specs: {} });
    expect(generateSkuRows([], [], '箱')[0]).toMatchObject({ unit: '箱', price: null, code: '' });
  });

  it('finds rows again when a removed spec comes back', () => {
    const defs = [
      { name: '口味', values: ['原味'] },
      { name: '规格', values: ['500ml', '1L'] },
    ];
    const existing = [
      row({ id: 1, specs: { 口味: '原味', 规格: '500ml' } }),
      row({ id: 2, specs: { 口味: '原味', 规格: '1L' } }),
    ];
    const without = generateSkuRows([defs[0]], existing);
    expect(without.map((r) => r.id)).toEqual([1]);
    const back = generateSkuRows(defs, [...without, existing[1]]);
    expect(back.map((r) => r.id)).toEqual([1, 2]);
  });

  it('renames a spec on every row', () => {
    const rows = renameSpec([row({ specs: { 口味: '原味', 规格: '1L' } }), row({ specs: {} })], '口味', '口感');
    expect(rows.map((r) => r.specs)).toEqual([{ 规格: '1L', 口感: '原味' }, {}]);
    expect(generateSkuRows([{ name: '口感', values: ['原味'] }], rows)[0].specs.口感).toBe('原味');
  });

  it('reads the spec values the SKUs use', () => {
    expect(
      specDefsOf(['口味'], [{ specs: { 口味: '原味' } }, { specs: { 口味: '无糖' } }, { specs: { 口味: '原味' } }]),
    ).toEqual([{ name: '口味', values: ['原味', '无糖'] }]);
  });
});

describe('SKU table money', () => {
  const sku: ProductSku = {
    id: 5,
    code: 'KKL-500',
    name: '500ml',
    specs: { 规格: '500ml' },
    barcode: '6901',
    unit: '瓶',
    price: 250,
    retailPrice: 350,
    available: null,
    stockStatus: 'in',
    minOrderQty: 6,
    orderStep: 6,
    status: 'on',
    units: [{ id: 9, name: '箱', factor: 24, price: 5800, barcode: null, retailPrice: null, isDefault: false }],
  };

  it('shows fen as yuan and saves yuan as fen', () => {
    const form = skuToFormRow(sku);
    expect(form).toMatchObject({ price: 2.5, retailPrice: 3.5, units: [{ price: 58 }] });
    expect(formRowToSkuBody(form, ['规格'])).toEqual({
      id: 5,
      code: 'KKL-500',
      name: '500ml',
      specs: { 规格: '500ml' },
      barcode: '6901',
      unit: '瓶',
      price: 250,
      retailPrice: 350,
      minOrderQty: 6,
      orderStep: 6,
      status: 'on',
      units: [{ id: 9, name: '箱', factor: 24, price: 5800 }],
    });
  });

  it('leaves a unit price that is just factor × base empty, so it follows the base price', () => {
    const form = skuToFormRow({
      ...sku,
      units: [{ id: 9, name: '箱', factor: 24, price: 6000, barcode: null, retailPrice: null, isDefault: false }],
    });
    expect(form.units[0].price).toBeNull();
  });

  it('rounds typed yuan to the fen and keeps empty prices empty', () => {
    const body = formRowToSkuBody(
      row({
        code: ' N-1 ',
        specs: { 口味: '原味' },
        price: 0.295,
        retailPrice: null,
        barcode: ' ',
        units: [{ name: '箱', factor: 12, price: undefined }],
      }),
      ['口味'],
    );
    expect(body).toMatchObject({ code: 'N-1', name: '原味', price: 30 });
    // Empty optional fields are left out (the API reads a missing field as none).
    expect(body).not.toHaveProperty('retailPrice');
    expect(body).not.toHaveProperty('barcode');
    expect(body.id).toBeUndefined();
    expect(body.units).toEqual([{ name: '箱', factor: 12 }]);
  });

  it('floating point sums do not lose a fen', () => {
    expect(formRowToSkuBody(row({ price: 0.1 + 0.2 }), []).price).toBe(30);
    expect(formRowToSkuBody(row({ price: 19.99 }), []).price).toBe(1999);
  });

  it('suggests factor × base price for a unit without its own price', () => {
    expect(impliedUnitPrice(2.5, 24)).toBe(60);
    expect(impliedUnitPrice(0.1, 3)).toBe(0.3);
    expect(impliedUnitPrice(null, 24)).toBeUndefined();
    expect(impliedUnitPrice(2, 0)).toBeUndefined();
  });
});
