import type { paths } from '../../api/schema';
import { inLineUnit } from '../orders/order-shipping.ts';
import type { MyOrder } from './order-types.ts';

type ReturnList = paths['/api/returns']['get']['responses'][200]['content']['application/json'];
export type OrderReturn = ReturnList['items'][number];
export type ReturnStatus = OrderReturn['status'];

export const returnStatuses: readonly ReturnStatus[] = ['requested', 'approved', 'received', 'rejected', 'cancelled'];

const colors: Record<ReturnStatus, string> = {
  requested: 'orange',
  approved: 'blue',
  received: 'green',
  rejected: 'red',
  cancelled: 'default',
};
export const returnStatusColor = (status: ReturnStatus): string => colors[status];
export const returnStatusKey = (status: ReturnStatus) => `portalReturns.statuses.${status}` as const;

/** Statuses that hold shipped goods (the server's rule: a line cannot be returned twice). */
const holding: readonly ReturnStatus[] = ['requested', 'approved', 'received'];

/** A SKU of the order the buyer may send back; quantities in base units. */
export interface ReturnableSku {
  skuId: number;
  skuCode: string;
  productName: string;
  skuName: string;
  baseUnit: string;
  /** The unit the SKU was ordered in (the largest when in several), to read quantities in. */
  unitName: string;
  unitFactor: number;
  shipped: number;
  /** Shipped less what other requested, approved or received returns take. */
  max: number;
  /** Fen per base unit, the lines' amounts over their base quantities (the refund estimate). */
  unitRefund: number;
}

/** Per SKU of the order: what shipped, and what is left to return after the returns so far. */
export function returnableSkus(
  lines: readonly MyOrder['lines'][number][],
  returns: readonly { status: ReturnStatus; lines: readonly { lineId: number; quantity: number }[] }[],
): ReturnableSku[] {
  const taken = new Map<number, number>();
  for (const r of returns) {
    if (!holding.includes(r.status)) continue;
    for (const part of r.lines) taken.set(part.lineId, (taken.get(part.lineId) ?? 0) + part.quantity);
  }
  const bySku = new Map<number, ReturnableSku & { amount: number; base: number }>();
  for (const line of lines) {
    const row = bySku.get(line.skuId) ?? {
      skuId: line.skuId,
      skuCode: line.skuCode,
      productName: line.productName,
      skuName: line.skuName,
      baseUnit: line.baseUnit,
      unitName: line.unitName,
      unitFactor: Math.max(1, line.unitFactor),
      shipped: 0,
      max: 0,
      unitRefund: 0,
      amount: 0,
      base: 0,
    };
    if (line.unitFactor > row.unitFactor) {
      row.unitName = line.unitName;
      row.unitFactor = line.unitFactor;
    }
    row.shipped += line.shippedQuantity;
    row.max += Math.max(0, line.shippedQuantity - (taken.get(line.id) ?? 0));
    row.amount += line.amount;
    row.base += line.baseQuantity;
    bySku.set(line.skuId, row);
  }
  return [...bySku.values()]
    .filter((row) => row.shipped > 0)
    .map(({ amount, base, ...row }) => ({ ...row, unitRefund: base > 0 ? amount / base : 0 }));
}

/**
 * A base quantity as the buyer reads it: "2 箱（48 瓶）" where the SKU's unit divides it, else
 * "50 瓶".
 */
export function returnQuantityText(base: number, sku: Pick<ReturnableSku, 'unitName' | 'unitFactor' | 'baseUnit'>) {
  const inUnit = inLineUnit(base, sku);
  return inUnit ? `${inUnit}（${base} ${sku.baseUnit}）` : `${base} ${sku.baseUnit}`;
}

/** The unit a return quantity is typed in: the SKU's unit (a whole number of them) or the base unit. */
export type ReturnUnit = 'unit' | 'base';

/** The most that can be typed in the unit: whole units of what is left to return. */
export const returnLimit = (sku: Pick<ReturnableSku, 'max' | 'unitFactor'>, unit: ReturnUnit): number =>
  unit === 'unit' ? Math.floor(sku.max / sku.unitFactor) : sku.max;

/** Typed quantity in the unit → base units, never above what is left nor below 0. */
export const toBase = (
  quantity: number | null | undefined,
  sku: Pick<ReturnableSku, 'max' | 'unitFactor'>,
  unit: ReturnUnit,
): number => Math.max(0, Math.min(sku.max, Math.floor(quantity ?? 0) * (unit === 'unit' ? sku.unitFactor : 1)));

/** The unit a SKU's quantity starts in: its own when it has a larger one and whole ones are left. */
export const initialReturnUnit = (sku: Pick<ReturnableSku, 'max' | 'unitFactor'>): ReturnUnit =>
  sku.unitFactor > 1 && sku.max >= sku.unitFactor ? 'unit' : 'base';

/** The request body's lines (base units), the SKUs given a positive quantity. */
export const returnLines = (
  skus: readonly ReturnableSku[],
  base: Readonly<Record<number, number>>,
): { skuId: number; quantity: number }[] =>
  skus.flatMap((sku) => {
    const quantity = Math.min(base[sku.skuId] ?? 0, sku.max);
    return quantity > 0 ? [{ skuId: sku.skuId, quantity }] : [];
  });

/** The refund estimate of the chosen quantities; the server rounds once per line part. */
export const refundEstimate = (skus: readonly ReturnableSku[], base: Readonly<Record<number, number>>): number =>
  skus.reduce((sum, sku) => sum + Math.round(sku.unitRefund * Math.min(base[sku.skuId] ?? 0, sku.max)), 0);

/** Orders a buyer may return goods from (the server's rule). */
export const mayReturn = (status: MyOrder['status']): boolean =>
  status === 'partially_shipped' || status === 'shipped' || status === 'completed';
