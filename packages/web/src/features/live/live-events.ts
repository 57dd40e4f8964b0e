/**
 * What a live event (GET /api/events/stream, docs/orders.md "Live updates") means for the page
 * data: which cached queries to refresh, and what to tell the user. Pure, so it is tested alone.
 */

export type LiveSide = 'staff' | 'customer';

export const liveEventNames = [
  'order.placed',
  'order.status_changed',
  'order.edited',
  'order.return_changed',
  'inventory.low_stock',
  'stock',
  'payment.succeeded',
  'payment.rejected',
  'payment.refunded',
] as const;
export type LiveEventName = (typeof liveEventNames)[number];

export interface OrderEventData {
  orderId: number;
  number: string;
  to?: string;
  /** Who took the step: customer, staff or system. */
  by?: string;
  totalAmount?: number;
  onBehalf?: boolean;
}

export interface LowStockData {
  skuId: number;
  skuCode: string;
  productName: string;
  available: number;
  threshold: number;
}

export type Notice =
  | { kind: 'newOrder'; number: string; orderId: number; totalAmount: number }
  | { kind: 'orderStatus'; number: string; orderId: number; status: string }
  | { kind: 'lowStock'; skuCode: string; productName: string; available: number; threshold: number };

/** The query keys (prefixes) that a live event makes stale on this side. */
export function keysToRefresh(event: LiveEventName, side: LiveSide): readonly (readonly unknown[])[] {
  if (event.startsWith('order.')) {
    return side === 'staff'
      ? [['orders'], ['workbench'], ['inventory', 'levels']]
      : [['portal', 'orders'], ['cart'], ['portal', 'frequent-items']];
  }
  // Money moved: the finance screens and the orders it paid (staff), the buyer's bills and account.
  if (event.startsWith('payment.')) {
    return side === 'staff'
      ? [['finance'], ['orders'], ['workbench']]
      : [
          ['portal', 'money'],
          ['portal', 'orders'],
        ];
  }
  if (event === 'inventory.low_stock') return [['inventory', 'levels'], ['inventory', 'low-stock'], ['workbench']];
  if (event === 'stock')
    return side === 'staff'
      ? [['products'], ['inventory', 'levels']]
      : [['portal', 'product'], ['portal', 'products'], ['cart']];
  return [];
}

/** The toast a live event deserves, if any: staff hear of new orders and low stock, buyers of their orders' progress. */
export function noticeFor(event: LiveEventName, side: LiveSide, data: unknown): Notice | null {
  if (side === 'staff' && event === 'order.placed') {
    const d = data as OrderEventData;
    return { kind: 'newOrder', number: d.number, orderId: d.orderId, totalAmount: d.totalAmount ?? 0 };
  }
  if (side === 'staff' && event === 'inventory.low_stock') {
    const d = data as LowStockData;
    return {
      kind: 'lowStock',
      skuCode: d.skuCode,
      productName: d.productName,
      available: d.available,
      threshold: d.threshold,
    };
  }
  if (side === 'customer' && event === 'order.status_changed') {
    const d = data as OrderEventData;
    // The buyer's own steps (cancel, confirm receipt) already have their page's own message.
    if (!d.to || d.by === 'customer') return null;
    return { kind: 'orderStatus', number: d.number, orderId: d.orderId, status: d.to };
  }
  return null;
}
