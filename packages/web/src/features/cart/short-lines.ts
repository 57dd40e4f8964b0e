import { ApiError } from '../../api/client.ts';

/** A line the stock cannot cover, from a 409 INSUFFICIENT_STOCK (quantities in base units). */
export interface ShortLine {
  skuId: number;
  skuCode: string;
  productName: string;
  requested: number;
  /** null when the supplier hides stock numbers from customers. */
  available: number | null;
  unit: string;
}

/** The short lines an INSUFFICIENT_STOCK error names; nothing for any other error. */
export function shortLinesOf(error: unknown): ShortLine[] {
  if (!(error instanceof ApiError) || error.code !== 'INSUFFICIENT_STOCK') return [];
  const lines = error.details?.lines;
  if (!Array.isArray(lines)) return [];
  return lines.flatMap((line: Partial<ShortLine>) =>
    typeof line.skuId === 'number'
      ? [
          {
            skuId: line.skuId,
            skuCode: line.skuCode ?? '',
            productName: line.productName ?? '',
            requested: line.requested ?? 0,
            available: line.available == null ? null : Math.max(0, line.available),
            unit: line.unit ?? '',
          },
        ]
      : [],
  );
}
