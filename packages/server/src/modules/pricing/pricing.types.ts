/**
 * The contract between pricing and its callers (catalog lists, cart, orders, bills). The rules are
 * in docs/pricing.md; `resolvePrices` in pricing.service.ts implements them.
 */

/** What a price is asked for: one SKU in one unit (null = base unit) and a quantity of that unit. */
export interface PriceRequest {
  skuId: number;
  unitId: number | null;
  quantity: number;
}

export type PriceRule =
  | 'base' // the unit's wholesale price, no level
  | 'level_discount' // base × the level's discount percent
  | 'level_price' // a fixed price from the level's price list
  | 'customer_price' // a price agreed with this customer
  | 'quantity_break'; // a quantity break (阶梯价) lower than the above

export interface ResolvedPrice extends PriceRequest {
  /** Unit price in fen for one of the requested unit. */
  unitPrice: number;
  rule: PriceRule;
  /** The price row that won (level_prices, customer_prices or quantity_breaks id), if any. */
  sourceId: number | null;
}

export interface PriceStep {
  rule: PriceRule;
  price: number;
  applied: boolean;
  note: string;
  sourceId: number | null;
}

export interface PriceExplanation extends ResolvedPrice {
  customerId: number;
  at: string;
  steps: PriceStep[];
  /** The requested unit's name (the SKU's base unit when unitId is null). */
  unitName: string;
  /** The unit's base wholesale price before any rule, fen. */
  basePrice: number;
  levelId: number | null;
  levelName: string | null;
  discountPercent: number | null;
}
