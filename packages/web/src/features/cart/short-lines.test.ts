import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { shortLinesOf } from './short-lines.ts';

describe('shortLinesOf', () => {
  it('reads the lines of a 409 INSUFFICIENT_STOCK', () => {
    const error = new ApiError(409, {
      code: 'INSUFFICIENT_STOCK',
      message: 'Not enough stock for some lines',
      details: {
        lines: [
          {
            index: 1,
            skuId: 7,
            skuCode: 'COLA-330',
            productName: '可口可乐',
            requested: 480,
            available: 37,
            unit: '瓶',
          },
          { index: 2, skuId: 8, skuCode: 'X', productName: 'Y', requested: 5, available: -2, unit: '箱' },
        ],
      },
    });
    expect(shortLinesOf(error)).toEqual([
      { skuId: 7, skuCode: 'COLA-330', productName: '可口可乐', requested: 480, available: 37, unit: '瓶' },
      { skuId: 8, skuCode: 'X', productName: 'Y', requested: 5, available: 0, unit: '箱' },
    ]);
  });

  it('keeps a hidden number hidden (null), not 0', () => {
    const error = new ApiError(409, {
      code: 'INSUFFICIENT_STOCK',
      message: 'x',
      details: { lines: [{ skuId: 7, requested: 5, available: null, unit: '箱' }] },
    });
    expect(shortLinesOf(error)[0]?.available).toBeNull();
  });

  it('is empty for other errors and malformed details', () => {
    expect(shortLinesOf(new ApiError(400, { code: 'VALIDATION_FAILED', message: 'x' }))).toEqual([]);
    expect(shortLinesOf(new ApiError(409, { code: 'INSUFFICIENT_STOCK', message: 'x', details: {} }))).toEqual([]);
    expect(shortLinesOf(new Error('boom'))).toEqual([]);
  });
});
