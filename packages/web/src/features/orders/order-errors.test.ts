import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { describeOrderError, lineFieldErrors, stockFieldErrors } from './order-errors.ts';

const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key}${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('order errors', () => {
  it('lists every short line of an order that could not be placed', () => {
    const error = new ApiError(409, {
      code: 'INSUFFICIENT_STOCK',
      message: 'Not enough stock for some lines',
      details: {
        lines: [
          {
            index: 0,
            skuId: 3,
            skuCode: 'KKKL-330',
            productName: '可口可乐',
            requested: 48,
            available: 30,
            unit: '瓶',
          },
        ],
      },
    });
    expect(describeOrderError(error, t)).toBe(
      'orders.errors.insufficientStockorders.errors.shortLine{"name":"可口可乐 (KKKL-330)","requested":48,"available":30,"unit":"瓶"}',
    );
  });

  it('names the SKU a shipment ran short of from the order lines', () => {
    const error = new ApiError(409, {
      code: 'INSUFFICIENT_STOCK',
      message: 'Not enough stock to ship this',
      details: { skuId: 3, warehouseId: 1, requested: 10, available: 4 },
    });
    const text = describeOrderError(error, t, [{ skuId: 3, skuCode: 'KKKL-330', productName: '可口可乐' }]);
    expect(text).toContain('"name":"可口可乐 (KKKL-330)","requested":10,"available":4');
  });

  it('leaves other errors to the generic handler', () => {
    expect(describeOrderError(new ApiError(400, { code: 'VALIDATION_FAILED', message: 'x' }), t)).toBeUndefined();
    expect(describeOrderError(new Error('boom'), t)).toBeUndefined();
    const moved = new ApiError(409, { code: 'INVALID_STATE', message: 'x', details: { action: 'ship' } });
    expect(describeOrderError(moved, t)).toBe('orders.errors.invalidState');
    const inactive = new ApiError(409, {
      code: 'INVALID_STATE',
      message: 'not active',
      details: { status: 'pending' },
    });
    expect(describeOrderError(inactive, t)).toBeUndefined();
  });

  it('puts line validation errors on the line fields', () => {
    const error = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      message: 'invalid',
      details: {
        fields: [
          { path: '/body/lines/1/quantity', message: 'KKKL-330: at least 6 瓶 (起订量)' },
          { path: '/body/addressId', message: 'not yours' },
        ],
      },
    });
    expect(lineFieldErrors(error)).toEqual([
      { name: ['lines', 1, 'quantity'], errors: ['KKKL-330: at least 6 瓶 (起订量)'] },
    ]);
  });

  it('marks the quantity of each short line of a refused edit', () => {
    const error = new ApiError(409, {
      code: 'INSUFFICIENT_STOCK',
      message: 'Not enough stock for some lines',
      details: { lines: [{ index: 1, skuId: 3, requested: 48, available: 30, unit: '瓶' }] },
    });
    expect(stockFieldErrors(error, t)).toEqual([
      { name: ['lines', 1, 'quantity'], errors: ['orders.errors.shortField{"available":30,"unit":"瓶"}'] },
    ]);
    expect(stockFieldErrors(new ApiError(409, { code: 'INSUFFICIENT_STOCK', details: { skuId: 3 } }), t)).toEqual([]);
  });
});
