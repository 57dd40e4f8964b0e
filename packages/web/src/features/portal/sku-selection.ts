import type { Sku } from './catalog-types.ts';

/** One spec attribute the SKUs vary by (口味) and its values in the order the SKUs list them. */
export interface SpecAxis {
  name: string;
  values: string[];
}

/** Spec value by axis name: what the buyer has picked. */
export type SpecSelection = Record<string, string>;

/**
 * The axes to pick from. Without declared spec names a product with several SKUs still needs a
 * choice, so the SKU names become one axis (keyed by the empty name).
 */
export function specAxes(specNames: readonly string[], skus: readonly Sku[]): SpecAxis[] {
  if (specNames.length === 0) {
    return skus.length > 1 ? [{ name: '', values: unique(skus.map(skuLabel)) }] : [];
  }
  return specNames
    .map((name) => ({ name, values: unique(skus.map((sku) => sku.specs[name]).filter(isText)) }))
    .filter((axis) => axis.values.length > 0);
}

/** The SKU's value on an axis (its name on the unnamed axis). */
export const specValue = (sku: Sku, axis: string): string | undefined =>
  axis === '' ? skuLabel(sku) : sku.specs[axis];

export const skuLabel = (sku: Sku): string => sku.name || Object.values(sku.specs).join(' / ') || sku.code;

/** The selection that points at this SKU. */
export function selectionOf(sku: Sku, axes: readonly SpecAxis[]): SpecSelection {
  const selection: SpecSelection = {};
  for (const axis of axes) {
    const value = specValue(sku, axis.name);
    if (value !== undefined) selection[axis.name] = value;
  }
  return selection;
}

const matches = (sku: Sku, selection: SpecSelection, skip?: string) =>
  Object.entries(selection).every(([axis, value]) => axis === skip || specValue(sku, axis) === value);

/** The SKU whose specs equal the selection on every axis, if there is one. */
export function findSku(skus: readonly Sku[], axes: readonly SpecAxis[], selection: SpecSelection): Sku | undefined {
  return skus.find((sku) => axes.every((axis) => specValue(sku, axis.name) === selection[axis.name]));
}

/** Whether picking `value` on `axis` (keeping the other picks) leads to an existing SKU. */
export function isReachable(skus: readonly Sku[], selection: SpecSelection, axis: string, value: string): boolean {
  return skus.some((sku) => specValue(sku, axis) === value && matches(sku, selection, axis));
}

/**
 * Picks `value` on `axis`. When no SKU has it together with the other picks, the first SKU that
 * has the value wins and the other picks follow it, so a selection always names a real SKU.
 */
export function pickValue(
  skus: readonly Sku[],
  axes: readonly SpecAxis[],
  selection: SpecSelection,
  axis: string,
  value: string,
): SpecSelection {
  const wanted = { ...selection, [axis]: value };
  const exact = findSku(skus, axes, wanted);
  if (exact) return wanted;
  const fallback =
    skus.find((sku) => specValue(sku, axis) === value && matches(sku, selection, axis)) ??
    skus.find((sku) => specValue(sku, axis) === value);
  return fallback ? selectionOf(fallback, axes) : selection;
}

/** The SKU shown first: the first one in stock (or without stock keeping), else the first. */
export function defaultSku(skus: readonly Sku[]): Sku | undefined {
  return skus.find((sku) => sku.available == null || sku.available > 0) ?? skus[0];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

const isText = (value: string | undefined): value is string => typeof value === 'string' && value !== '';
