import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { bigintArray, queryRows, textArray } from '../../lib/sql.ts';
import { productSearchText } from './search-text.ts';

interface SearchSource {
  id: number;
  name: string;
  brand: string | null;
  skus: { code: string; name: string; barcode: string | null; unitBarcodes: (string | null)[] }[] | null;
}

/**
 * Recomputes products.search_text from the products' current name, brand, SKUs and unit barcodes,
 * in two statements whatever the number of products. Every write that changes one of those calls it
 * in its transaction, so search never sees stale text.
 */
export async function refreshSearchText(tx: DbOrTx, productIds: number[]): Promise<void> {
  if (!productIds.length) return;
  const ids = [...new Set(productIds)];
  const sources = await queryRows<SearchSource>(
    tx,
    sql`SELECT p.id::int AS id, p.name, b.name AS brand,
               (SELECT json_agg(json_build_object(
                         'code', s.code, 'name', s.name, 'barcode', s.barcode,
                         'unitBarcodes', (SELECT coalesce(json_agg(u.barcode), '[]'::json)
                                            FROM sku_units u WHERE u.sku_id = s.id AND u.barcode IS NOT NULL))
                       ORDER BY s.sort, s.id)
                  FROM skus s WHERE s.product_id = p.id) AS skus
          FROM products p LEFT JOIN brands b ON b.id = p.brand_id
         WHERE p.id = ANY(${bigintArray(ids)})`,
  );
  if (!sources.length) return;
  await tx.execute(
    sql`UPDATE products p SET search_text = v.t
          FROM unnest(${bigintArray(sources.map((s) => s.id))},
                      ${textArray(sources.map((s) => productSearchText({ name: s.name, brand: s.brand, skus: s.skus ?? [] })))})
            AS v(id, t)
         WHERE p.id = v.id`,
  );
}
