import type { paths } from '../../api/schema';

/**
 * The rules of a return that the console and the portal both show: its statuses, their tag
 * colours, which returns hold shipped goods and what may still come back per SKU. Each side keeps
 * its own labels (`returns.statuses.*` in the console, `portalReturns.statuses.*` in the portal).
 */
export type ReturnStatus = paths['/api/returns/{id}']['get']['responses'][200]['content']['application/json']['status'];

/** Return statuses in lifecycle order. */
export const returnStatuses: readonly ReturnStatus[] = ['requested', 'approved', 'received', 'rejected', 'cancelled'];

export const isReturnStatus = (value: unknown): value is ReturnStatus => returnStatuses.includes(value as ReturnStatus);

/** Tag colours of the return statuses. */
export const returnStatusColors: Readonly<Record<ReturnStatus, string>> = {
  requested: 'gold',
  approved: 'blue',
  received: 'green',
  rejected: 'red',
  cancelled: 'default',
};

export const returnStatusColor = (status: ReturnStatus): string => returnStatusColors[status];

/** Returns that hold shipped goods: another return can no longer take what they take (the server's rule). */
const holding: readonly ReturnStatus[] = ['requested', 'approved', 'received'];

const returnableOrderStatuses: readonly string[] = ['partially_shipped', 'shipped', 'completed'];

/** Orders goods may be returned from: some have shipped (the server's rule). */
export const mayReturnFrom = (orderStatus: string): boolean => returnableOrderStatuses.includes(orderStatus);

/** The fields of an order line the per-SKU computation reads. */
export interface ShippedLine {
  id: number;
  skuId: number;
  skuCode: string;
  productName: string;
  skuName: string;
  baseUnit: string;
  shippedQuantity: number;
}

/** A return as far as it takes goods: its status and the base quantities it takes from each line. */
export interface TakingReturn {
  status: ReturnStatus;
  lines: readonly { lineId: number; quantity: number }[];
}

/** One SKU of an order that may come back; quantities in base units. */
export interface SkuToReturn {
  skuId: number;
  skuCode: string;
  productName: string;
  skuName: string;
  baseUnit: string;
  shipped: number;
  /** Taken by requested, approved or received returns. */
  returned: number;
  /** Shipped less what those returns take. */
  left: number;
}

/**
 * What may still come back per SKU: shipped (summed over its lines) less what open and received
 * returns take from each line, as the server counts it. SKUs in the order they first appear; none
 * shipped are left out.
 */
export function returnableBySku(lines: readonly ShippedLine[], returns: readonly TakingReturn[]): SkuToReturn[] {
  const taken = new Map<number, number>();
  for (const r of returns) {
    if (!holding.includes(r.status)) continue;
    for (const part of r.lines) taken.set(part.lineId, (taken.get(part.lineId) ?? 0) + part.quantity);
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
      returned: 0,
      left: 0,
    };
    const lineTaken = taken.get(line.id) ?? 0;
    row.shipped += line.shippedQuantity;
    row.returned += lineTaken;
    row.left += Math.max(0, line.shippedQuantity - lineTaken);
    bySku.set(line.skuId, row);
  }
  return [...bySku.values()].filter((row) => row.shipped > 0);
}

/** The return request's lines: SKUs given a positive whole base quantity, never more than may come back. */
export function returnRequestLines(
  rows: readonly Pick<SkuToReturn, 'skuId' | 'left'>[],
  quantities: Readonly<Record<number, number | null | undefined>>,
): { skuId: number; quantity: number }[] {
  return rows.flatMap((row) => {
    const quantity = Math.min(Math.floor(quantities[row.skuId] ?? 0), row.left);
    return quantity > 0 ? [{ skuId: row.skuId, quantity }] : [];
  });
}
