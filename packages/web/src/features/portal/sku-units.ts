import type { PriceTier, ProductSummary, Sku } from './catalog-types.ts';

/** A unit a SKU sells in: the base unit (id null, factor 1) or a larger one (箱 = 24 瓶). */
export interface UnitOption {
  id: number | null;
  name: string;
  factor: number;
  /** This customer's price of one of this unit, in fen. */
  price: number;
}

/** The base unit first, then the larger units by size. */
export function unitOptions(sku: Sku): UnitOption[] {
  // The base unit has no row of its own; a list that repeats it anyway must not show it twice.
  const larger = sku.units
    .filter((unit) => !(unit.factor === 1 && unit.name === sku.unit))
    .sort((a, b) => a.factor - b.factor)
    .map((unit) => ({ id: unit.id, name: unit.name, factor: unit.factor, price: unit.price }));
  return [{ id: null, name: sku.unit, factor: 1, price: sku.price }, ...larger];
}

/** The unit offered first: the one the supplier marked as default, else the base unit. */
export function defaultUnit(sku: Sku): UnitOption {
  const options = unitOptions(sku);
  const marked = sku.units.find((unit) => unit.isDefault);
  return options.find((option) => option.id === marked?.id) ?? options[0];
}

/** The quantity breaks of one unit, smallest quantity first; only those below the unit's own price. */
export function tiersFor(sku: Sku, unit: UnitOption): PriceTier[] {
  return (sku.tiers ?? [])
    .filter((tier) => tier.unitId === unit.id && tier.unitPrice < unit.price)
    .sort((a, b) => a.minQuantity - b.minQuantity);
}

/** Lowest and highest base-unit price over the SKUs, for a product card. */
export function priceRange(product: Pick<ProductSummary, 'skus'>): { min: number; max: number } | undefined {
  if (product.skus.length === 0) return undefined;
  const prices = product.skus.map((sku) => sku.price);
  return { min: Math.min(...prices), max: Math.max(...prices) };
}

/**
 * What the order rule says, in base units: nothing when any quantity goes (1 and 1), otherwise the
 * minimum and, when it differs from 1, the step.
 */
export function orderRule(
  sku: Pick<Sku, 'minOrderQty' | 'orderStep' | 'unit'>,
): { min: number; step: number | null; unit: string } | undefined {
  const min = Math.max(1, sku.minOrderQty);
  const step = Math.max(1, sku.orderStep);
  if (min === 1 && step === 1) return undefined;
  return { min, step: step > 1 ? step : null, unit: sku.unit };
}

export type StockLabel = { kind: 'out' } | { kind: 'low' | 'in'; count: number | null };

/**
 * Stock as a buyer should read it: 缺货 at zero, 库存紧张 when fewer remain than a few minimum orders
 * (at least 10, the server's stockStatus rule), otherwise the count. When the supplier hides numbers
 * (available null) the server's stockStatus alone says 有货 / 库存紧张 / 缺货; with neither, nothing.
 */
export function stockLabel(
  available: number | null | undefined,
  minOrderQty = 1,
  status?: 'in' | 'low' | 'out',
): StockLabel | undefined {
  if (available == null)
    return status ? (status === 'out' ? { kind: 'out' } : { kind: status, count: null }) : undefined;
  if (available <= 0) return { kind: 'out' };
  const low = Math.max(10, 3 * Math.max(1, minOrderQty));
  return { kind: available < low ? 'low' : 'in', count: available };
}

/** One line of a product card: the spec values of a single SKU, or how many SKUs there are. */
export function specSummary(product: Pick<ProductSummary, 'skus'>): { values: string } | { count: number } {
  if (product.skus.length === 1) {
    const sku = product.skus[0];
    return { values: Object.values(sku.specs).join(' / ') || sku.name };
  }
  return { count: product.skus.length };
}
