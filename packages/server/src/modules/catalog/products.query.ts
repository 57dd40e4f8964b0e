import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { notFound } from '../../lib/errors.ts';
import { pageOf } from '../../lib/pagination.ts';
import { bigintArray, likeEscape, queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { type StockStatus, showStockNumbersSql, stockStatusSql } from '../inventory/stock-display.ts';
import { quantityTiers, resolvePrices } from '../pricing/pricing.service.ts';
import type { PriceRequest } from '../pricing/pricing.types.ts';
import type { ProductDetailT, ProductListItemT } from './catalog.schemas.ts';
import { categorySubtree } from './categories.service.ts';
import { normaliseQuery } from './search-text.ts';

export const uploadUrl = (relative: string) => `/uploads/${relative}`;

interface UnitRow {
  id: number;
  name: string;
  factor: number;
  price: number | null;
  barcode: string | null;
  retailPrice: number | null;
  isDefault: boolean;
}

interface SkuRow {
  id: number;
  productId: number;
  code: string;
  name: string;
  specs: Record<string, string>;
  barcode: string | null;
  unit: string;
  price: number;
  retailPrice: number | null;
  minOrderQty: number;
  orderStep: number;
  status: 'on' | 'off';
  available: number | null;
  stockStatus: StockStatus;
  units: UnitRow[];
}

/** The products (alias `p`) a customer may order: on the shelf, with an on-shelf SKU, visible to its level. */
export function customerVisibility(customerId: number): SQL {
  return sql`p.status = 'on'
    AND (cardinality(p.visible_level_ids) = 0
         OR (SELECT level_id FROM customers WHERE id = ${customerId}) = ANY(p.visible_level_ids))
    AND p.on_sku_count > 0`;
}

/** A customer user sees on-shelf products its level may see; staff see everything. */
function visibility(user: AuthUser): SQL {
  return user.kind === 'staff' ? sql`true` : customerVisibility(user.customerId ?? -1);
}

/** SKUs with their units for the given products, in display order; one statement. */
async function loadSkus(db: DbOrTx, user: AuthUser, productIds: number[]): Promise<SkuRow[]> {
  if (!productIds.length) return [];
  return queryRows<SkuRow>(
    db,
    sql`SELECT s.id::int AS id, s.product_id::int AS "productId", s.code, s.name, s.specs, s.barcode, s.unit,
               s.price::float8 AS price, s.retail_price::float8 AS "retailPrice", s.min_order_qty AS "minOrderQty",
               s.order_step AS "orderStep", s.status,
               -- Stock available to order (on hand less reserved, over the active warehouses); a customer
               -- gets only 有货/库存紧张/缺货 when the supplier hides numbers (docs/inventory.md).
               CASE WHEN ${user.kind === 'customer'} AND NOT ${showStockNumbersSql} THEN NULL ELSE st.available END AS available,
               ${stockStatusSql('st.available', 's.min_order_qty')} AS "stockStatus",
               coalesce((SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'factor', u.factor,
                                  'price', u.price, 'barcode', u.barcode, 'retailPrice', u.retail_price,
                                  'isDefault', u.is_default) ORDER BY u.sort, u.id)
                           FROM sku_units u WHERE u.sku_id = s.id), '[]'::json) AS units
          FROM skus s
          CROSS JOIN LATERAL (SELECT coalesce(sum(l.on_hand - l.reserved), 0)::int AS available FROM stock_levels l
                  JOIN warehouses w ON w.id = l.warehouse_id WHERE l.sku_id = s.id AND w.status = 'active') st
         WHERE s.product_id = ANY(${bigintArray(productIds)}) ${user.kind === 'customer' ? sql`AND s.status = 'on'` : sql``}
         ORDER BY s.sort, s.id`,
  );
}

type PricedSku = Omit<SkuRow, 'productId' | 'units'> & {
  available: number | null;
  units: (Omit<UnitRow, 'price'> & { price: number })[];
};

/**
 * Sets every SKU and unit price to what the caller pays for one: base prices for staff, the
 * customer's own resolved prices (one batched `resolvePrices` call) for a customer user.
 */
async function priceSkus(db: DbOrTx, user: AuthUser, rows: SkuRow[]): Promise<Map<number, PricedSku[]>> {
  const requests: PriceRequest[] = [];
  if (user.kind === 'customer') {
    for (const s of rows) {
      requests.push({ skuId: s.id, unitId: null, quantity: 1 });
      for (const u of s.units) requests.push({ skuId: s.id, unitId: u.id, quantity: 1 });
    }
  }
  const resolved = requests.length ? await resolvePrices(db, user.customerId, requests) : [];
  let next = 0;
  const own = (base: number) => (resolved.length ? resolved[next++].unitPrice : base);
  const byProduct = new Map<number, PricedSku[]>();
  for (const { productId, units, ...s } of rows) {
    const sku: PricedSku = {
      ...s,
      price: own(s.price),
      units: units.map((u) => ({ ...u, price: own(u.price ?? u.factor * s.price) })),
    };
    const list = byProduct.get(productId) ?? [];
    list.push(sku);
    byProduct.set(productId, list);
  }
  return byProduct;
}

interface ProductRow extends Omit<ProductListItemT, 'skus' | 'thumbUrl'> {
  thumb: string | null;
  total: number;
}

const productColumns = sql`p.id::int AS id, p.name, p.subtitle, p.category_id::int AS "categoryId",
  c.name AS "categoryName", p.brand_id::int AS "brandId", b.name AS "brandName", p.status, p.tags, p.unit,
  (SELECT i.thumb_path FROM product_images i WHERE i.product_id = p.id ORDER BY i.sort, i.id LIMIT 1) AS thumb`;
const productJoins = sql`FROM products p LEFT JOIN categories c ON c.id = p.category_id
  LEFT JOIN brands b ON b.id = p.brand_id`;

export interface ProductListQuery {
  q?: string;
  categoryId?: number;
  brandId?: number;
  status?: 'on' | 'off';
  tag?: string;
  page?: number;
  pageSize?: number;
}

/** The product filter of a list or an export: search text, category subtree, brand, status, tag, visibility. */
export function productFilter(user: AuthUser, query: Omit<ProductListQuery, 'page' | 'pageSize'>): SQL {
  const where: SQL[] = [visibility(user)];
  const q = query.q ? normaliseQuery(query.q) : '';
  if (q) where.push(sql`p.search_text LIKE ${`%${likeEscape(q)}%`}`);
  if (query.categoryId) where.push(sql`p.category_id IN ${categorySubtree(query.categoryId)}`);
  if (query.brandId) where.push(sql`p.brand_id = ${query.brandId}`);
  if (query.status && user.kind === 'staff') where.push(sql`p.status = ${query.status}`);
  if (query.tag) where.push(sql`${query.tag} = ANY(p.tags)`);
  return sql.join(where, sql` AND `);
}

/**
 * A page of products with their SKUs, units and the caller's prices, in three round trips (products,
 * SKUs with units, prices). A customer sees only what it may order (see `visibility`).
 */
export async function listProducts(
  db: DbOrTx,
  user: AuthUser,
  query: ProductListQuery,
): Promise<{ items: ProductListItemT[]; total: number }> {
  const { limit, offset } = pageOf(query);
  const cond = productFilter(user, query);
  // The page is chosen from ids alone (index on sort, id) before anything is joined to it, so the
  // per-product columns are computed for the page's rows only; the total comes in the same trip.
  const rows = await queryRows<ProductRow>(
    db,
    sql`WITH page AS (SELECT p.id FROM products p WHERE ${cond} ORDER BY p.sort, p.id LIMIT ${limit} OFFSET ${offset})
        SELECT ${productColumns}, (SELECT count(*)::int FROM products p WHERE ${cond}) AS total
          ${productJoins} JOIN page ON page.id = p.id
         ORDER BY p.sort, p.id`,
  );
  let total = rows[0]?.total ?? 0;
  if (!rows.length && offset > 0) {
    [{ total }] = await queryRows<{ total: number }>(
      db,
      sql`SELECT count(*)::int AS total FROM products p WHERE ${cond}`,
    );
  }
  const priced = await priceSkus(
    db,
    user,
    await loadSkus(
      db,
      user,
      rows.map((r) => r.id),
    ),
  );
  return {
    items: rows.map(({ total: _t, thumb, ...p }) => ({
      ...p,
      thumbUrl: thumb ? uploadUrl(thumb) : null,
      skus: priced.get(p.id) ?? [],
    })),
    total,
  };
}

/**
 * One product with description, images, SKUs and units; a customer gets its own prices and quantity
 * tiers, and NOT_FOUND for a product it may not see.
 */
export async function getProduct(db: DbOrTx, user: AuthUser, id: number): Promise<ProductDetailT> {
  const [row] = await queryRows<
    ProductRow & { description: string; specNames: string[]; visibleLevelIds: number[]; sort: number }
  >(
    db,
    sql`SELECT ${productColumns}, p.description, p.spec_names AS "specNames",
               p.visible_level_ids::int[] AS "visibleLevelIds", p.sort
          ${productJoins} WHERE p.id = ${id} AND ${visibility(user)}`,
  );
  if (!row) throw notFound('Product');
  const [images, skuRows] = [
    await queryRows<{ id: number; path: string; thumbPath: string; width: number; height: number }>(
      db,
      sql`SELECT id::int AS id, path, thumb_path AS "thumbPath", width, height FROM product_images
           WHERE product_id = ${id} ORDER BY sort, id`,
    ),
    await loadSkus(db, user, [id]),
  ];
  const skus = (await priceSkus(db, user, skuRows)).get(id) ?? [];
  const tiers =
    user.kind === 'customer'
      ? await quantityTiers(
          db,
          user.customerId,
          skus.map((s) => s.id),
        )
      : null;
  const { thumb, total: _t, ...product } = row;
  return {
    ...product,
    thumbUrl: thumb ? uploadUrl(thumb) : null,
    images: images.map((i) => ({
      id: i.id,
      url: uploadUrl(i.path),
      thumbUrl: uploadUrl(i.thumbPath),
      width: i.width,
      height: i.height,
    })),
    skus: skus.map((s) => (tiers ? { ...s, tiers: tiers.get(s.id) ?? [] } : s)),
  };
}
