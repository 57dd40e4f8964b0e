import type { CartItem, CartProblem } from './cart-types.ts';
import { snapQuantity, unitQuantityRule } from './quantity-rule.ts';

/** 有货 / 库存紧张 / 缺货, all a customer is told when the supplier hides stock numbers. */
export type StockStatus = 'in' | 'low' | 'out';

/**
 * What the hints read of an item: the cart's items, and an order's lines being edited. `available`
 * is null (with `stockStatus`) when the supplier hides stock numbers.
 */
export type ProblemItem = Pick<
  CartItem,
  'skuId' | 'quantity' | 'unitName' | 'unitFactor' | 'baseQuantity' | 'baseUnit' | 'minOrderQty' | 'orderStep'
> & { problems: readonly CartProblem[]; available: number | null; stockStatus?: StockStatus };

/** A problem of a cart item as a message key of `cart.problems` with its values. */
export interface ProblemHint {
  problem: CartProblem;
  key: `cart.problems.${CartProblem | 'below_minimum_total' | 'off_step_total' | 'insufficient_stock_low' | 'insufficient_stock_out'}`;
  values: Record<string, string | number>;
  /** A quantity that fixes it, in the item's unit, when one does (起订量 and 订货倍数). */
  fix?: number;
}

/**
 * The quantity of the item, nearest to today's, that makes the SKU's items together keep the
 * minimum and the step, given `others` base units in the SKU's other items.
 */
function fixQuantity(item: ProblemItem, others: number): number {
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
export function problemHints(item: ProblemItem, cart: readonly ProblemItem[] = [item]): ProblemHint[] {
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
        return { problem, ...shortStockHint(item.available, item.stockStatus, item.baseUnit) };
      default:
        return { problem, key: `cart.problems.${problem}`, values: {} };
    }
  });
}

/**
 * 库存不足 in words the supplier allows: "仅可订 37 瓶" with numbers shown, else 缺货 or 库存紧张 (never
 * "仅可订 null"). `available` and `unit` must be in the same unit.
 */
export function shortStockHint(
  available: number | null | undefined,
  status: StockStatus | undefined,
  unit: string,
): Pick<ProblemHint, 'key' | 'values'> {
  if (available == null)
    return {
      key: status === 'out' ? 'cart.problems.insufficient_stock_out' : 'cart.problems.insufficient_stock_low',
      values: {},
    };
  return { key: 'cart.problems.insufficient_stock', values: { available: Math.max(0, available), unit } };
}

/**
 * Whether `base` base units are more than there is: false when the supplier hides numbers unless
 * the SKU is 缺货 (the server refuses then anyway, naming no number).
 */
export const exceedsStock = (base: number, available: number | null | undefined, status?: StockStatus): boolean =>
  available == null ? status === 'out' : base > available;

/** The stock status a row carries (the catalog always; cart and quick order when numbers are hidden). */
export function stockStatusOf(row: object): StockStatus | undefined {
  const status = 'stockStatus' in row ? row.stockStatus : undefined;
  return status === 'in' || status === 'low' || status === 'out' ? status : undefined;
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
