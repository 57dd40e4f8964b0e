import { describe, expect, it } from 'vitest';
import { keysToRefresh, noticeFor } from './live-events.ts';

describe('live events', () => {
  it('refresh the order queries of the side that receives them', () => {
    expect(keysToRefresh('order.status_changed', 'staff')).toContainEqual(['orders']);
    expect(keysToRefresh('order.status_changed', 'customer')).toContainEqual(['portal', 'orders']);
    expect(keysToRefresh('stock', 'customer')).toContainEqual(['portal', 'product']);
    expect(keysToRefresh('inventory.low_stock', 'staff')).toContainEqual(['inventory', 'low-stock']);
    expect(keysToRefresh('payment.succeeded', 'staff')).toEqual([['finance'], ['orders'], ['workbench']]);
    expect(keysToRefresh('payment.refunded', 'customer')).toContainEqual(['portal', 'money']);
  });

  it('tell staff of new orders and low stock, buyers of their orders’ progress, and nothing else', () => {
    const placed = { orderId: 7, number: 'SO20261201-00007', totalAmount: 12345 };
    expect(noticeFor('order.placed', 'staff', placed)).toEqual({
      kind: 'newOrder',
      orderId: 7,
      number: 'SO20261201-00007',
      totalAmount: 12345,
    });
    expect(noticeFor('order.placed', 'customer', placed)).toBeNull();
    expect(noticeFor('order.status_changed', 'customer', { ...placed, to: 'shipped' })).toMatchObject({
      kind: 'orderStatus',
      status: 'shipped',
    });
    expect(noticeFor('order.status_changed', 'staff', { ...placed, to: 'shipped' })).toBeNull();
    expect(noticeFor('order.status_changed', 'customer', { ...placed, to: 'completed', by: 'customer' })).toBeNull();
    const low = { skuId: 1, skuCode: 'C-1', productName: '可乐', available: 3, threshold: 10 };
    expect(noticeFor('inventory.low_stock', 'staff', low)).toMatchObject({ kind: 'lowStock', available: 3 });
    expect(noticeFor('stock', 'customer', { items: [] })).toBeNull();
  });
});
