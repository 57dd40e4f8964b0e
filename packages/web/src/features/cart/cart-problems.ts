import type { CartItem, CartProblem } from './cart-types.ts';
import { snapQuantity, unitQuantityRule } from './quantity-rule.ts';

/** A problem of a cart item as a message key of `cart.problems` with its values. */
export interface ProblemHint {
  problem: CartProblem;
  key: `cart.problems.${CartProblem | 'below_minimum_total' | 'off_step_total'}`;
  values: Record<string, string | number>;
  /** A quantity that fixes it, in the item's unit, when one does (起订量 and 订货倍数). */
  fix?: number;
}

/**
 * The quantity of the item, nearest to today's, that makes the SKU's items together keep the
 * minimum and the step, given `others` base units in the SKU's other items.
 */
function fixQuantity(item: CartItem, others: number): number {
  const rule = unitQuantityRule(item, item.unitFactor);
  const step = Math.max(1, item.orderStep);
  const valid = (q: number) =>
    (others + q * item.unitFactor) % step === 0 && others + q * item.unitFactor >= item.minOrderQty;
  // A valid quantity lies within one unit step of any quantity at or above the item's own minimum.
  const high = Math.max(item.quantity, rule.min) + rule.step;
  let best = snapQuantity(item.quantity, rule);
  for (let q = Math.max(1, item.quantity - rule.step); q <= high; q++) {
    if (valid(q) && (!valid(best) || Math.abs(q - item.quantity) < Math.abs(best - item.quantity))) best = q;
  }
  return best;
}

/**
 * What the buyer must know about each problem, in the item's own unit where it can be said so:
 * 起订量 12 瓶 reads "至少 1 箱" for an item in 箱; 库存不足 names what is available in base units.
 * The minimum and step count every item of a SKU together (as the order does): when this item is
 * right on its own and the SKU's items together are not, the hint says so in base units.
 */
export function problemHints(item: CartItem, cart: CartItem[] = [item]): ProblemHint[] {
  const rule = unitQuantityRule(item, item.unitFactor);
  const total = cart.filter((other) => other.skuId === item.skuId).reduce((sum, other) => sum + other.baseQuantity, 0);
  const together = total !== item.baseQuantity && snapQuantity(item.quantity, rule) === item.quantity;
  const fix = together ? undefined : fixQuantity(item, total - item.baseQuantity);
  return item.problems.map((problem): ProblemHint => {
    switch (problem) {
      case 'below_minimum':
        return together
          ? {
              problem,
              key: 'cart.problems.below_minimum_total',
              values: { min: item.minOrderQty, unit: item.baseUnit, total },
            }
          : { problem, key: 'cart.problems.below_minimum', values: { min: rule.min, unit: item.unitName }, fix };
      case 'off_step':
        return together
          ? {
              problem,
              key: 'cart.problems.off_step_total',
              values: { step: item.orderStep, unit: item.baseUnit, total },
            }
          : { problem, key: 'cart.problems.off_step', values: { step: rule.step, unit: item.unitName }, fix };
      case 'insufficient_stock':
        return {
          problem,
          key: 'cart.problems.insufficient_stock',
          values: { available: Math.max(0, item.available), unit: item.baseUnit },
        };
      default:
        return { problem, key: `cart.problems.${problem}`, values: {} };
    }
  });
}

/** Items that can be ordered as they are (checkout refuses the others). */
export const isOrderable = (item: CartItem): boolean => item.problems.length === 0 && item.unitPrice !== null;

/**
 * The cart items this visit checks out: those named in ?items=, else every item orderable when the
 * page first saw the cart. Fixed for the visit, so an item that runs short stays on the page
 * (marked) instead of silently dropping out of the order.
 */
export function plannedItemIds(items: CartItem[], param: string | null): number[] {
  if (param)
    return param
      .split(',')
      .map(Number)
      .filter((id) => Number.isInteger(id) && id > 0);
  return items.filter(isOrderable).map((item) => item.id);
}
