import { describe, expect, it } from 'vitest';
import { editChanges, editEstimate, editLinesOf, editOrderBody } from './order-edit.ts';
import type { OrderLine } from './order-types.ts';

const line = (patch: Partial<OrderLine>): OrderLine => ({
  id: 1,
  lineNo: 1,
  skuId: 3,
  skuCode: 'KKL-330',
  productName: '可口可乐',
  skuName: '330ml',
  unitId: 7,
  unitName: '箱',
  unitFactor: 24,
  baseUnit: '瓶',
  quantity: 2,
  baseQuantity: 48,
  shippedQuantity: 0,
  unitPrice: 4800,
  amount: 9600,
  priceRule: 'level',
  ...patch,
});

describe('editing an order', () => {
  it('starts from the lines as agreed, prices in yuan', () => {
    const [values] = editLinesOf([line({})]);
    expect(values).toMatchObject({ skuId: 3, unitId: 7, quantity: 2, unitPriceYuan: 48, currentPrice: 4800 });
    expect(values.label).toBe('可口可乐 · 330ml (KKL-330)');
  });

  it('sends a typed price in fen, and leaves an untouched price to the server', () => {
    const [kept, changed] = editLinesOf([line({}), line({ id: 2, skuId: 4, unitId: null, unitPrice: 250 })]);
    const body = editOrderBody(
      [
        { ...kept, quantity: 3 },
        { ...changed, unitPriceYuan: 2.355 },
      ],
      '  客户电话要求改价 ',
    );
    expect(body).toEqual({
      lines: [
        { skuId: 3, unitId: 7, quantity: 3 },
        { skuId: 4, unitId: null, quantity: 2, unitPrice: 236 },
      ],
      reason: '客户电话要求改价',
    });
  });

  it('prices an added line at the customer’s price unless one is typed; removed lines are gone', () => {
    const body = editOrderBody(
      [
        { key: 1, skuId: 9, unitId: null, quantity: 5, unitPriceYuan: null },
        { key: 2, skuId: 10, unitId: 11, quantity: 1, unitPriceYuan: 0.1 },
      ],
      'x',
    );
    expect(body.lines).toEqual([
      { skuId: 9, unitId: null, quantity: 5 },
      { skuId: 10, unitId: 11, quantity: 1, unitPrice: 10 },
    ]);
  });

  it('sends the remark only when it changed', () => {
    const lines = editLinesOf([line({})]);
    expect(editOrderBody(lines, 'r', { before: '放门口', after: '放门口 ' }).remark).toBeUndefined();
    expect(editOrderBody(lines, 'r', { before: '放门口', after: '送到仓库' }).remark).toBe('送到仓库');
    expect(editOrderBody(lines, 'r', { before: '放门口', after: '' }).remark).toBe('');
  });

  it('estimates the total in fen while every price is known', () => {
    expect(editEstimate([{ key: 1, quantity: 3, unitPriceYuan: 19.99 }])).toBe(5997);
    expect(
      editEstimate([
        { key: 1, quantity: 3, unitPriceYuan: 19.99 },
        { key: 2, quantity: 1 },
      ]),
    ).toBeUndefined();
  });

  it('reads an edited event as the lines it changed, added and removed', () => {
    const details = {
      before: [
        { skuCode: 'A', unitName: '箱', quantity: 2, unitPrice: 4800 },
        { skuCode: 'B', unitName: '瓶', quantity: 6, unitPrice: 250 },
        { skuCode: 'C', unitName: '瓶', quantity: 1, unitPrice: 100 },
      ],
      after: [
        { skuCode: 'A', unitName: '箱', quantity: 2, unitPrice: 4500 },
        { skuCode: 'B', unitName: '瓶', quantity: 6, unitPrice: 250 },
        { skuCode: 'D', unitName: '包', quantity: 3, unitPrice: 990 },
      ],
      totalBefore: 11200,
      totalAfter: 13470,
    };
    expect(editChanges(details)).toEqual([
      {
        skuCode: 'A',
        unitName: '箱',
        before: { quantity: 2, unitPrice: 4800 },
        after: { quantity: 2, unitPrice: 4500 },
      },
      { skuCode: 'C', unitName: '瓶', before: { quantity: 1, unitPrice: 100 } },
      { skuCode: 'D', unitName: '包', after: { quantity: 3, unitPrice: 990 } },
    ]);
    expect(editChanges(null)).toEqual([]);
    expect(editChanges({ remark: 'x' })).toEqual([]);
  });
});
