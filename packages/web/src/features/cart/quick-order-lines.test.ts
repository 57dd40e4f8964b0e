import { describe, expect, it } from 'vitest';
import type { QuickCandidate, QuickParsedItem } from './cart-types.ts';
import {
  cartItemsOf,
  choose,
  linesFromParse,
  pendingCount,
  removeLine,
  replaceLine,
  setQuantity,
} from './quick-order-lines.ts';

const candidate = (skuId: number, unitId: number | null = skuId): QuickCandidate => ({
  skuId,
  code: `SKU-${skuId}`,
  productName: `商品${skuId}`,
  skuName: '330ml×24罐/箱',
  unitId,
  unitName: '箱',
  unitFactor: 24,
  unitPrice: 3980,
  available: 100,
  stockStatus: 'in',
  score: 0.9,
});

const item = (overrides: Partial<QuickParsedItem>): QuickParsedItem => ({
  input: '可乐 10箱',
  row: null,
  query: '可乐',
  quantity: 10,
  unitName: '箱',
  status: 'matched',
  message: null,
  candidates: [candidate(1)],
  chosen: 0,
  ...overrides,
});

const parsed = () =>
  linesFromParse([
    item({}),
    item({
      input: '雪碧5箱',
      quantity: 5,
      status: 'ambiguous',
      candidates: [candidate(5), candidate(6)],
      chosen: null,
    }),
    item({ input: '火星水 3瓶', quantity: 3, status: 'unmatched', candidates: [], chosen: null }),
  ]);

describe('quick order lines', () => {
  it('starts matched lines on their match and leaves the others to the buyer', () => {
    const lines = parsed();
    expect(lines.map((line) => line.chosen)).toEqual([0, null, null]);
    expect(pendingCount(lines)).toBe(2);
    expect(cartItemsOf(lines)).toEqual([{ skuId: 1, unitId: 1, quantity: 10 }]);
  });

  it('adds an ambiguous line once a candidate is chosen', () => {
    const lines = choose(parsed(), 'l1', 1);
    expect(pendingCount(lines)).toBe(1);
    expect(cartItemsOf(lines)).toEqual([
      { skuId: 1, unitId: 1, quantity: 10 },
      { skuId: 6, unitId: 6, quantity: 5 },
    ]);
  });

  it('ignores a choice outside the candidates', () => {
    expect(choose(parsed(), 'l1', 5)[1]?.chosen).toBeNull();
  });

  it('takes edited quantities, at least 1', () => {
    const lines = setQuantity(setQuantity(parsed(), 'l0', 12), 'l1', 0);
    expect(lines[0]?.quantity).toBe(12);
    expect(lines[1]?.quantity).toBe(1);
  });

  it('adds up two lines of the same product and unit', () => {
    const lines = [...linesFromParse([item({})]), ...linesFromParse([item({ quantity: 2 })], 'r')];
    expect(cartItemsOf(lines)).toEqual([{ skuId: 1, unitId: 1, quantity: 12 }]);
  });

  it('drops a line and replaces an edited one with what it re-reads as', () => {
    const lines = removeLine(parsed(), 'l0');
    expect(lines.map((line) => line.key)).toEqual(['l1', 'l2']);
    const fixed = replaceLine(lines, 'l2', linesFromParse([item({ input: '芬达 3箱', quantity: 3 })], 'r1-'));
    expect(fixed.map((line) => line.input)).toEqual(['雪碧5箱', '芬达 3箱']);
    expect(cartItemsOf(fixed)).toEqual([{ skuId: 1, unitId: 1, quantity: 3 }]);
  });
});
