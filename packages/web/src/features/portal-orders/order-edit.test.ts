import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/index.ts';
import { canSaveEdit, type EditLine, editBody, editEstimate, editHints, type SkuRule } from './order-edit.ts';

const line = (overrides: Partial<EditLine>): EditLine => ({
  lineId: 1,
  skuId: 10,
  skuCode: 'COLA-330',
  productName: '可口可乐',
  skuName: '330ml',
  unitId: 5,
  unitName: '箱',
  unitFactor: 24,
  baseUnit: '瓶',
  unitPrice: 3980,
  quantity: 10,
  removed: false,
  ...overrides,
});
const rules = (rule: Partial<SkuRule>) =>
  new Map<number, SkuRule>([[10, { minOrderQty: 1, orderStep: 1, available: 1000, onShelf: true, ...rule }]]);
const say = (hints: Map<number, ReturnType<typeof editHints> extends Map<number, infer H> ? H : never>, id: number) =>
  (hints.get(id) ?? []).map((hint) => i18n.t(hint.key, hint.values));

const order = {
  lines: [
    { id: 1, quantity: 10 },
    { id: 2, quantity: 6 },
  ],
  remark: '上午送',
  address: { addressId: 3 },
} as unknown as Parameters<typeof editBody>[0];

describe('editHints', () => {
  it('says the minimum in the line’s unit with a fix', () => {
    const hints = editHints(
      [line({ unitId: null, unitName: '瓶', unitFactor: 1, quantity: 6 })],
      rules({ minOrderQty: 12 }),
    );
    expect(say(hints, 1)).toEqual(['未达起订量：至少 12 瓶']);
    expect(hints.get(1)?.[0]?.fix).toBe(12);
  });

  it('counts the minimum and step over every kept line of a SKU, in base units', () => {
    const lines = [
      line({ lineId: 1, quantity: 1 }),
      line({ lineId: 2, unitId: null, unitName: '瓶', unitFactor: 1, quantity: 5 }),
    ];
    const hints = editHints(lines, rules({ orderStep: 6 }));
    expect(say(hints, 1)).toEqual(['订货倍数：同一商品合计需按 6 瓶的倍数订购（现共 29 瓶）']);
    // Removing the bottles leaves 1 箱 = 24 瓶, a multiple of 6.
    expect(editHints([lines[0], { ...lines[1], removed: true }], rules({ orderStep: 6 })).get(1)).toEqual([]);
  });

  it('marks a SKU gone from the shelf and the lines a 409 named, with stock in words when numbers are hidden', () => {
    expect(say(editHints([line({})], rules({ onShelf: false })), 1)).toEqual(['已下架，无法订购']);
    const short = [
      { skuId: 10, skuCode: 'COLA-330', productName: '可口可乐', requested: 240, available: 100, unit: '瓶' },
    ];
    expect(say(editHints([line({})], rules({}), short), 1)).toEqual(['库存不足：仅可订 100 瓶']);
    const hidden = [{ ...short[0], available: null as unknown as number }];
    expect(say(editHints([line({})], rules({ available: null, stockStatus: 'low' }), hidden), 1)).toEqual([
      '库存紧张：暂无法满足这个数量',
    ]);
  });

  it('lets a short line be saved again, not a line below the minimum, nor an order of no lines', () => {
    const short = [{ skuId: 10, skuCode: '', productName: '', requested: 240, available: 100, unit: '瓶' }];
    const lines = [line({})];
    expect(canSaveEdit(lines, editHints(lines, rules({}), short))).toBe(true);
    const few = [line({ unitId: null, unitFactor: 1, unitName: '瓶', quantity: 6 })];
    expect(canSaveEdit(few, editHints(few, rules({ minOrderQty: 12 })))).toBe(false);
    const none = [line({ removed: true })];
    expect(canSaveEdit(none, editHints(none, rules({})))).toBe(false);
  });
});

describe('editBody', () => {
  const lines = [line({ lineId: 1 }), line({ lineId: 2, skuId: 11, unitId: null, unitFactor: 1, quantity: 6 })];

  it('sends nothing when nothing changed', () => {
    expect(editBody(order, lines, ' 上午送 ', 3)).toBeUndefined();
  });

  it('sends every kept line (never a price) when a quantity changed or a line was removed', () => {
    expect(
      editBody(
        order,
        [
          { ...lines[0], quantity: 8 },
          { ...lines[1], removed: true },
        ],
        '上午送',
        3,
      ),
    ).toEqual({
      lines: [{ skuId: 10, unitId: 5, quantity: 8 }],
    });
  });

  it('sends the remark and the address only when they changed', () => {
    expect(editBody(order, lines, '下午送', 4)).toEqual({ remark: '下午送', addressId: 4 });
  });

  it('estimates the amount of the kept lines at their agreed prices', () => {
    expect(
      editEstimate([
        { ...lines[0], quantity: 8 },
        { ...lines[1], unitPrice: 200 },
      ]),
    ).toBe(8 * 3980 + 6 * 200);
  });
});
