import type { ProductDetail, ProductRow } from '../../api/types.ts';

/**
 * The catalog as the portal reads it. For a signed-in customer every price is its own price (fen);
 * a SKU's minimum order and step count base units; `available` is null until stock is kept.
 */
export type ProductSummary = ProductRow;
export type { ProductDetail };

/** A quantity break: from `minQuantity` of unit `unitId` (null = base unit) on, one costs `unitPrice`. */
export type PriceTier = NonNullable<ProductDetail['skus'][number]['tiers']>[number];

/** A SKU from the list or the detail (which adds the quantity breaks, the default unit and unit retail prices). */
export type Sku = Omit<ProductRow['skus'][number], 'units'> & {
  units: (ProductRow['skus'][number]['units'][number] & { isDefault?: boolean; retailPrice?: number | null })[];
  tiers?: PriceTier[];
};
