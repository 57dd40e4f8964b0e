import type { CartItem, CartProblem } from './cart-types.ts';
import { snapQuantity, unitQuantityRule } from './quantity-rule.ts';

/** A problem of a cart item as a message key of `cart.problems` with its values. */
export interface ProblemHint {
  problem: CartProblem;
  key: `cart.problems.${CartProblem}`;
  values: Record<string, string | number>;
  /** A quantity that fixes it, in the item's unit, when one does (起订量 and 订货倍数). */
  fix?: number;
}

/**
 * What the buyer must know about each problem, in the item's own unit where it can be said so:
 * 起订量 12 瓶 reads "至少 1 箱" for an item in 箱; 库存不足 names what is available in base units.
 */
export function problemHints(item: CartItem): ProblemHint[] {
  const rule = unitQuantityRule(item, item.unitFactor);
  const fix = snapQuantity(item.quantity, rule);
  return item.problems.map((problem): ProblemHint => {
    const key = `cart.problems.${problem}` as const;
    switch (problem) {
      case 'below_minimum':
        return { problem, key, values: { min: rule.min, unit: item.unitName }, fix };
      case 'off_step':
        return { problem, key, values: { step: rule.step, unit: item.unitName }, fix };
      case 'insufficient_stock':
        return { problem, key, values: { available: Math.max(0, item.available), unit: item.baseUnit } };
      default:
        return { problem, key, values: {} };
    }
  });
}

/** Items that can be ordered as they are (checkout refuses the others). */
export const isOrderable = (item: CartItem): boolean => item.problems.length === 0 && item.unitPrice !== null;
