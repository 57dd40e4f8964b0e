import { snapQuantity, unitQuantityRule } from '../cart/quantity-rule.ts';
import type { Sku } from './catalog-types.ts';
import { defaultUnit, type UnitOption } from './sku-units.ts';

/** One row of the variant grid: a SKU in the unit it is offered in first, with its order rule. */
export interface VariantRow {
  sku: Sku;
  unit: UnitOption;
  label: string;
  min: number;
  step: number;
}

export const variantRows = (skus: readonly Sku[]): VariantRow[] =>
  skus.map((sku) => {
    const unit = defaultUnit(sku);
    const rule = unitQuantityRule(sku, unit.factor);
    return { sku, unit, label: Object.values(sku.specs).join(' / ') || sku.name || sku.code, ...rule };
  });

/** A typed quantity made valid for the row: 0 (or nothing) leaves the variant out, otherwise min/step apply. */
export const gridQuantity = (row: VariantRow, typed: number | null | undefined): number =>
  !typed || typed <= 0 ? 0 : snapQuantity(typed, { min: row.min, step: row.step });

/** The cart items and total of what the grid holds, rows without a quantity left out. */
export function gridOrder(rows: readonly VariantRow[], quantities: Readonly<Record<number, number>>) {
  const items = rows
    .filter((row) => (quantities[row.sku.id] ?? 0) > 0)
    .map((row) => ({ skuId: row.sku.id, unitId: row.unit.id, quantity: quantities[row.sku.id] }));
  const total = rows.reduce((sum, row) => sum + (quantities[row.sku.id] ?? 0) * row.unit.price, 0);
  return { items, total };
}
