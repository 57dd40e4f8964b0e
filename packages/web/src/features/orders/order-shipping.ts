import type { OrderLine } from './order-types.ts';

/** One SKU of an order as the ship dialog shows it; quantities in base units. */
export interface SkuToShip {
  skuId: number;
  skuCode: string;
  productName: string;
  skuName: string;
  /** The base unit's name when a line of the SKU is in it, else undefined. */
  baseUnit?: string;
  ordered: number;
  shipped: number;
  left: number;
}

/**
 * What is left to ship per SKU (baseQuantity − shippedQuantity summed over its lines), in the order
 * the SKUs first appear; a SKU ordered in two units (瓶 and 箱) is one row.
 */
export function leftToShipBySku(lines: readonly OrderLine[]): SkuToShip[] {
  const bySku = new Map<number, SkuToShip>();
  for (const line of lines) {
    const row = bySku.get(line.skuId) ?? {
      skuId: line.skuId,
      skuCode: line.skuCode,
      productName: line.productName,
      skuName: line.skuName,
      ordered: 0,
      shipped: 0,
      left: 0,
    };
    row.ordered += line.baseQuantity;
    row.shipped += line.shippedQuantity;
    row.left = Math.max(0, row.ordered - row.shipped);
    if (line.unitFactor === 1 && !row.baseUnit) row.baseUnit = line.unitName;
    bySku.set(line.skuId, row);
  }
  return [...bySku.values()];
}

/** The ship request's lines: the SKUs given a positive whole quantity, never more than is left. */
export function shipmentLines(
  rows: readonly SkuToShip[],
  quantities: Readonly<Record<number, number | null | undefined>>,
): { skuId: number; quantity: number }[] {
  return rows.flatMap((row) => {
    const quantity = Math.min(Math.floor(quantities[row.skuId] ?? 0), row.left);
    return quantity > 0 ? [{ skuId: row.skuId, quantity }] : [];
  });
}

/**
 * A base quantity in the line's own unit where that is a whole number: 48 瓶 with 箱 = 24 → "2 箱".
 * Undefined when the line is in the base unit or the quantity is not whole cases.
 */
export function inLineUnit(base: number, line: Pick<OrderLine, 'unitFactor' | 'unitName'>): string | undefined {
  if (line.unitFactor <= 1 || base % line.unitFactor !== 0) return undefined;
  return `${base / line.unitFactor} ${line.unitName}`;
}
