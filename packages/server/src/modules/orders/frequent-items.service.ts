import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { iso, queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerVisibility } from '../catalog/products.query.ts';
import { availableBySku } from '../inventory/inventory.service.ts';
import { stockViewFor } from '../inventory/stock-display.ts';
import { resolvePrices } from '../pricing/pricing.service.ts';
import { orderingCustomer } from './ordering-customer.ts';
import type { FrequentItemsT } from './quick-order.schemas.ts';

const WINDOW_DAYS = 180;
const MAX_ITEMS = 50;

interface FrequentRow {
  skuId: number;
  code: string;
  productName: string;
  skuName: string;
  orderCount: number;
  totalBaseQuantity: number;
  lastOrderedAt: string;
  unitId: number | null;
  unitName: string;
  unitFactor: number;
  lastQuantity: number;
  orderable: boolean;
}

/**
 * 常购清单: the SKUs the customer ordered in the most orders over the last 180 days (cancelled orders
 * left out), top 50, each with the unit it was ordered in most, the last quantity in that unit, its
 * own price now and what is available. Three statements: the aggregate, ONE pricing and ONE
 * availability call. A line whose unit was since deleted counts in the base unit.
 */
export async function frequentItems(
  db: DbOrTx,
  user: AuthUser,
  query: { customerId?: number },
): Promise<FrequentItemsT> {
  const customerId = await orderingCustomer(db, user, query.customerId, '/querystring/customerId');
  const rows = await queryRows<FrequentRow>(
    db,
    sql`WITH lines AS (
          SELECT l.sku_id, l.unit_id, o.id AS order_id, o.created_at, l.base_quantity,
                 CASE WHEN l.unit_id IS NULL THEN l.base_quantity ELSE l.quantity END AS quantity
            FROM orders o JOIN order_lines l ON l.order_id = o.id
           WHERE o.customer_id = ${customerId} AND o.status <> 'cancelled'
             AND o.created_at >= now() - make_interval(days => ${WINDOW_DAYS})),
        top AS (
          SELECT sku_id, count(DISTINCT order_id)::int AS orders, sum(base_quantity)::int AS base,
                 max(created_at) AS last_at
            FROM lines GROUP BY sku_id
           ORDER BY orders DESC, last_at DESC, sku_id LIMIT ${MAX_ITEMS}),
        unit AS (
          SELECT DISTINCT ON (sku_id) sku_id, unit_id,
                 (array_agg(quantity ORDER BY created_at DESC, order_id DESC))[1] AS last_quantity
            FROM lines WHERE sku_id IN (SELECT sku_id FROM top) GROUP BY sku_id, unit_id
           ORDER BY sku_id, count(*) DESC, max(created_at) DESC)
        SELECT s.id::int AS "skuId", s.code, p.name AS "productName", s.name AS "skuName",
               top.orders AS "orderCount", top.base AS "totalBaseQuantity", ${iso('top.last_at')} AS "lastOrderedAt",
               u.id::int AS "unitId", coalesce(u.name, s.unit) AS "unitName", coalesce(u.factor, 1) AS "unitFactor",
               unit.last_quantity AS "lastQuantity",
               (s.status = 'on' AND ${customerVisibility(customerId)}) AS orderable
          FROM top JOIN unit ON unit.sku_id = top.sku_id
          JOIN skus s ON s.id = top.sku_id JOIN products p ON p.id = s.product_id
          LEFT JOIN sku_units u ON u.id = unit.unit_id
         ORDER BY top.orders DESC, top.last_at DESC, top.sku_id`,
  );
  const prices = await resolvePrices(
    db,
    customerId,
    rows.map((r) => ({ skuId: r.skuId, unitId: r.unitId, quantity: Math.max(1, r.lastQuantity) })),
  );
  const available = await availableBySku(
    db,
    rows.map((r) => r.skuId),
  );
  const view = await stockViewFor(db, user);
  return {
    customerId,
    items: rows.map((r, i) => ({ ...r, unitPrice: prices[i].unitPrice, ...view(available.get(r.skuId) ?? 0) })),
  };
}
