import type { OrderSettings, OrderStatus, PaymentStatus } from './order-types.ts';

/**
 * Order and payment statuses in lifecycle order, with the colour of their tag. Labels are the i18n
 * keys `orders.statuses.<status>` and `orders.paymentStatuses.<status>`; the portal uses these too.
 */
export const orderStatuses: readonly OrderStatus[] = [
  'pending_review',
  'finance_review',
  'warehouse_review',
  'awaiting_shipment',
  'partially_shipped',
  'shipped',
  'completed',
  'cancelled',
];

export const paymentStatuses: readonly PaymentStatus[] = ['unpaid', 'partially_paid', 'paid', 'refunded'];

const statusColors: Record<OrderStatus, string> = {
  pending_review: 'gold',
  finance_review: 'orange',
  warehouse_review: 'purple',
  awaiting_shipment: 'blue',
  partially_shipped: 'cyan',
  shipped: 'geekblue',
  completed: 'green',
  cancelled: 'default',
};

const paymentColors: Record<PaymentStatus, string> = {
  unpaid: 'red',
  partially_paid: 'orange',
  paid: 'green',
  refunded: 'default',
};

export const orderStatusColor = (status: OrderStatus): string => statusColors[status];
export const paymentStatusColor = (status: PaymentStatus): string => paymentColors[status];

export const isOrderStatus = (value: unknown): value is OrderStatus => orderStatuses.includes(value as OrderStatus);

/** i18n keys of the labels. */
export const orderStatusKey = (status: OrderStatus) => `orders.statuses.${status}` as const;
export const paymentStatusKey = (status: PaymentStatus) => `orders.paymentStatuses.${status}` as const;

/** The path an order takes with the review steps as set; 财务审核 and 出库审核 drop out when off. */
export function reviewPath(settings: Pick<OrderSettings, 'financeReview' | 'warehouseReview'>): OrderStatus[] {
  return [
    'pending_review',
    ...(settings.financeReview ? (['finance_review'] as const) : []),
    ...(settings.warehouseReview ? (['warehouse_review'] as const) : []),
    'awaiting_shipment',
    'shipped',
    'completed',
  ];
}
