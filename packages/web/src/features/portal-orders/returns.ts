import type { paths } from '../../api/schema';
import { inLineUnit } from '../orders/order-shipping.ts';
import {
  type ReturnStatus,
  returnableBySku,
  returnStatusColors,
  type SkuToReturn,
  type TakingReturn,
} from '../returns/returns.ts';
import type { MyOrder } from './order-types.ts';

type ReturnList = paths['/api/returns']['get']['responses'][200]['content']['application/json'];
export type OrderReturn = ReturnList['items'][number];

/** The portal shows a return waiting for a decision in orange, the console in gold. */
const colors: Record<ReturnStatus, string> = { ...returnStatusColors, requested: 'orange' };
export const returnStatusColor = (status: ReturnStatus): string => colors[status];
export const returnStatusKey = (status: ReturnStatus) => `portalReturns.statuses.${status}` as const;

/** A SKU of the order the buyer may send back, read in the unit it was ordered in; quantities in base units. */
export interface ReturnableSku extends SkuToReturn {
  /** The unit the SKU was ordered in (the largest when in several), to read quantities in. */
  unitName: string;
  unitFactor: number;
  /** Fen per base unit, the lines' amounts over their base quantities (the refund estimate). */
  unitRefund: number;
}

/** Per SKU of the order: what shipped and what is left to return, with the unit and refund to show it in. */
export function returnableSkus(
  lines: readonly MyOrder['lines'][number][],
  returns: readonly TakingReturn[],
): ReturnableSku[] {
  return returnableBySku(lines, returns).map((row) => {
    const ofSku = lines.filter((line) => line.skuId === row.skuId);
    const unit = ofSku.reduce((a, b) => (b.unitFactor > Math.max(1, a.unitFactor) ? b : a));
    const amount = ofSku.reduce((sum, line) => sum + line.amount, 0);
    const base = ofSku.reduce((sum, line) => sum + line.baseQuantity, 0);
    return {
      ...row,
      unitName: unit.unitName,
      unitFactor: Math.max(1, unit.unitFactor),
      unitRefund: base > 0 ? amount / base : 0,
    };
  });
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
export const returnLimit = (sku: Pick<ReturnableSku, 'left' | 'unitFactor'>, unit: ReturnUnit): number =>
  unit === 'unit' ? Math.floor(sku.left / sku.unitFactor) : sku.left;

/** Typed quantity in the unit → base units, never above what is left nor below 0. */
export const toBase = (
  quantity: number | null | undefined,
  sku: Pick<ReturnableSku, 'left' | 'unitFactor'>,
  unit: ReturnUnit,
): number => Math.max(0, Math.min(sku.left, Math.floor(quantity ?? 0) * (unit === 'unit' ? sku.unitFactor : 1)));

/** The unit a SKU's quantity starts in: its own when it has a larger one and whole ones are left. */
export const initialReturnUnit = (sku: Pick<ReturnableSku, 'left' | 'unitFactor'>): ReturnUnit =>
  sku.unitFactor > 1 && sku.left >= sku.unitFactor ? 'unit' : 'base';

/** The refund estimate of the chosen quantities; the server rounds once per line part. */
export const refundEstimate = (skus: readonly ReturnableSku[], base: Readonly<Record<number, number>>): number =>
  skus.reduce((sum, sku) => sum + Math.round(sku.unitRefund * Math.min(base[sku.skuId] ?? 0, sku.left)), 0);
