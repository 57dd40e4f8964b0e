import { yuanToFen } from '../../lib/money.ts';
import type { OrderLine, OrderStatus, OrderView, ReturnStatus, ReturnView } from './order-types.ts';

/** Return statuses in lifecycle order with their tag colours; labels are `returns.statuses.<status>`. */
export const returnStatuses: readonly ReturnStatus[] = ['requested', 'approved', 'received', 'rejected', 'cancelled'];

const colors: Record<ReturnStatus, string> = {
  requested: 'gold',
  approved: 'blue',
  received: 'green',
  rejected: 'red',
  cancelled: 'default',
};

export const returnStatusColor = (status: ReturnStatus): string => colors[status];
export const returnStatusKey = (status: ReturnStatus) => `returns.statuses.${status}` as const;
export const isReturnStatus = (value: unknown): value is ReturnStatus => returnStatuses.includes(value as ReturnStatus);

/** Returns that hold shipped goods: another return can no longer take what they take. */
const holding: readonly ReturnStatus[] = ['requested', 'approved', 'received'];

const returnableStatuses: readonly OrderStatus[] = ['partially_shipped', 'shipped', 'completed'];

/** 申请退货 for staff: goods have shipped and the user may edit orders (allowedActions does not cover returns). */
export const canRequestReturn = (order: Pick<OrderView, 'status'>, permissions: readonly string[]): boolean =>
  returnableStatuses.includes(order.status) && permissions.includes('orders:edit');

/** One SKU of an order as the return dialog shows it; quantities in base units. */
export interface SkuToReturn {
  skuId: number;
  skuCode: string;
  productName: string;
  skuName: string;
  baseUnit: string;
  shipped: number;
  /** Taken by requested, approved or received returns. */
  returned: number;
  left: number;
}

/**
 * What may still come back per SKU: shipped (summed over its lines) less what open and received
 * returns take, as the server counts it. SKUs in the order they first appear; none shipped are left out.
 */
export function returnableBySku(lines: readonly OrderLine[], returns: readonly ReturnView[]): SkuToReturn[] {
  const taken = new Map<number, number>();
  for (const r of returns) {
    if (!holding.includes(r.status)) continue;
    for (const part of r.lines) taken.set(part.skuId, (taken.get(part.skuId) ?? 0) + part.quantity);
  }
  const bySku = new Map<number, SkuToReturn>();
  for (const line of lines) {
    const row = bySku.get(line.skuId) ?? {
      skuId: line.skuId,
      skuCode: line.skuCode,
      productName: line.productName,
      skuName: line.skuName,
      baseUnit: line.baseUnit,
      shipped: 0,
      returned: taken.get(line.skuId) ?? 0,
      left: 0,
    };
    row.shipped += line.shippedQuantity;
    row.left = Math.max(0, row.shipped - row.returned);
    bySku.set(line.skuId, row);
  }
  return [...bySku.values()].filter((row) => row.shipped > 0);
}

/** The return request's lines: SKUs given a positive whole quantity, never more than may come back. */
export function returnRequestLines(
  rows: readonly SkuToReturn[],
  quantities: Readonly<Record<number, number | null | undefined>>,
): { skuId: number; quantity: number }[] {
  return rows.flatMap((row) => {
    const quantity = Math.min(Math.floor(quantities[row.skuId] ?? 0), row.left);
    return quantity > 0 ? [{ skuId: row.skuId, quantity }] : [];
  });
}

/**
 * The approve body: the refund typed in yuan as fen only when it differs from the amount the
 * return computed (so an untouched refund stays the server's), and the note when there is one.
 */
export function approveReturnBody(
  refundYuan: number | null | undefined,
  computed: number,
  note?: string,
): { refundAmount?: number; note?: string } {
  const refund = refundYuan === null || refundYuan === undefined ? undefined : yuanToFen(refundYuan);
  return {
    ...(refund !== undefined && refund !== computed ? { refundAmount: refund } : {}),
    ...(note?.trim() ? { note: note.trim() } : {}),
  };
}
