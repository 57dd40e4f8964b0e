/** The largest quantity one cart line takes (the API's limit). */
export const maxQuantity = 1_000_000;

/** What a SKU's order rule (minimum and step, in base units) allows in one unit of `factor` base units. */
export interface QuantityRule {
  /** The smallest quantity of the unit that satisfies both the minimum and the step. */
  min: number;
  /** Quantities of the unit go up in this step. */
  step: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The rule in the chosen unit. With 起订 12 瓶, 按 6 瓶递增: in 瓶 min 12 step 6; in 箱 of 24, min 1
 * step 1; in 包 of 4, step 3 (12 瓶) and min 3. A quantity q of the unit is valid when q × factor
 * reaches the minimum and is a multiple of the step.
 */
export function unitQuantityRule(sku: { minOrderQty: number; orderStep: number }, factor: number): QuantityRule {
  const baseStep = Math.max(1, sku.orderStep);
  const unitFactor = Math.max(1, factor);
  const step = baseStep / gcd(baseStep, unitFactor);
  const atLeast = Math.max(1, Math.ceil(Math.max(1, sku.minOrderQty) / unitFactor));
  return { min: Math.ceil(atLeast / step) * step, step };
}

/** The valid quantity nearest to what was typed: a multiple of the step, at least the minimum. */
export function snapQuantity(quantity: number | null | undefined, rule: QuantityRule): number {
  if (quantity == null || !Number.isFinite(quantity) || quantity < rule.min) return rule.min;
  const snapped = Math.round(quantity / rule.step) * rule.step;
  const capped = Math.min(snapped, Math.floor(maxQuantity / rule.step) * rule.step);
  return Math.max(rule.min, capped);
}

/**
 * The quantity in a newly chosen unit that holds about as many base units as before (24 瓶 → 1 箱),
 * made valid for that unit's rule.
 */
export function convertQuantity(quantity: number, fromFactor: number, toFactor: number, rule: QuantityRule): number {
  return snapQuantity(Math.round((quantity * fromFactor) / Math.max(1, toFactor)), rule);
}
