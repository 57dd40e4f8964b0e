import { sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import { forbidden, notFound, validationFailed } from '../../lib/errors.ts';
import { bigintArray, pgColumns, queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerVisibility, uploadUrl } from '../catalog/products.query.ts';
import { availableBySku } from '../inventory/inventory.service.ts';
import { type StockStatus, stockViewFor } from '../inventory/stock-display.ts';
import { resolvePrices } from '../pricing/pricing.service.ts';
import type { OrderViewRow } from './orders.query.ts';
import { type PlaceOrderInput, placeOrder } from './place-order.service.ts';

/**
 * The cart (购物车) of a customer user: SKUs with a unit and a quantity, kept per user. Prices are
 * never stored: every read resolves the customer's own price now, and checkout resolves them again
 * in the order's transaction.
 */

export type CartProblem = 'off_shelf' | 'unit_removed' | 'below_minimum' | 'off_step' | 'insufficient_stock';

export interface CartItem {
  id: number;
  skuId: number;
  productId: number;
  unitId: number | null;
  quantity: number;
  skuCode: string;
  productName: string;
  skuName: string;
  thumbUrl: string | null;
  unitName: string;
  unitFactor: number;
  baseQuantity: number;
  baseUnit: string;
  minOrderQty: number;
  orderStep: number;
  units: { id: number; name: string; factor: number }[];
  unitPrice: number | null;
  amount: number | null;
  /** null for a customer when the supplier hides stock numbers. */
  available: number | null;
  stockStatus: StockStatus;
  problems: CartProblem[];
}

export interface Cart {
  items: CartItem[];
  /** Sum of the amounts of items without problems, fen. */
  totalAmount: number;
  /** Items in the cart. */
  count: number;
}

function customerOf(user: AuthUser): number {
  if (user.kind !== 'customer' || user.customerId === null) {
    throw forbidden('购物车仅限客户账号 / The cart belongs to customer accounts');
  }
  return user.customerId;
}

interface Row {
  id: number;
  skuId: number;
  productId: number;
  unitId: number | null;
  unitGone: boolean;
  quantity: number;
  skuCode: string;
  productName: string;
  skuName: string;
  thumb: string | null;
  baseUnit: string;
  unitName: string;
  unitFactor: number;
  minOrderQty: number;
  orderStep: number;
  sellable: boolean;
  units: { id: number; name: string; factor: number }[];
}

/** The user's cart with today's own prices, availability and what would stop checkout, per item. */
export async function getCart(db: DbOrTx, user: AuthUser): Promise<Cart> {
  const customerId = customerOf(user);
  const rows = await queryRows<Row>(
    db,
    sql`SELECT ci.id::int AS id, ci.sku_id::int AS "skuId", p.id::int AS "productId",
               nullif(ci.unit_id, 0)::int AS "unitId", (ci.unit_id <> 0 AND u.id IS NULL) AS "unitGone",
               ci.quantity, s.code AS "skuCode", p.name AS "productName", s.name AS "skuName",
               (SELECT i.thumb_path FROM product_images i WHERE i.product_id = p.id ORDER BY i.sort, i.id LIMIT 1) AS thumb,
               s.unit AS "baseUnit", coalesce(u.name, s.unit) AS "unitName", coalesce(u.factor, 1) AS "unitFactor",
               s.min_order_qty AS "minOrderQty", s.order_step AS "orderStep",
               (s.status = 'on' AND ${customerVisibility(customerId)}) AS sellable,
               (SELECT coalesce(json_agg(json_build_object('id', x.id, 'name', x.name, 'factor', x.factor) ORDER BY x.factor), '[]')
                  FROM sku_units x WHERE x.sku_id = s.id) AS units
          FROM cart_items ci
          JOIN skus s ON s.id = ci.sku_id
          JOIN products p ON p.id = s.product_id
          LEFT JOIN sku_units u ON u.id = ci.unit_id AND u.sku_id = ci.sku_id
         WHERE ci.user_id = ${user.id}
         ORDER BY ci.id`,
  );
  const priceable = rows.filter((r) => r.sellable && !r.unitGone);
  const prices = await resolvePrices(
    db,
    customerId,
    priceable.map((r) => ({ skuId: r.skuId, unitId: r.unitId, quantity: r.quantity })),
  );
  const priceOf = new Map(priceable.map((r, i) => [r.id, prices[i].unitPrice]));
  const available = await availableBySku(
    db,
    rows.map((r) => r.skuId),
  );
  const view = await stockViewFor(db, user);
  // Minimum, step and stock count every item of a SKU together, as placing the order does.
  const basePerSku = new Map<number, number>();
  for (const r of rows) basePerSku.set(r.skuId, (basePerSku.get(r.skuId) ?? 0) + r.quantity * r.unitFactor);

  const items = rows.map(({ thumb, unitGone, sellable, ...r }): CartItem => {
    const problems: CartProblem[] = [];
    const base = basePerSku.get(r.skuId) ?? 0;
    if (!sellable) problems.push('off_shelf');
    if (unitGone) problems.push('unit_removed');
    if (base < r.minOrderQty) problems.push('below_minimum');
    else if (base % r.orderStep !== 0) problems.push('off_step');
    if (base > (available.get(r.skuId) ?? 0)) problems.push('insufficient_stock');
    const unitPrice = priceOf.get(r.id) ?? null;
    return {
      ...r,
      thumbUrl: thumb ? uploadUrl(thumb) : null,
      baseQuantity: r.quantity * r.unitFactor,
      unitPrice,
      amount: unitPrice === null ? null : unitPrice * r.quantity,
      ...view(available.get(r.skuId) ?? 0, r.minOrderQty),
      problems,
    };
  });
  return {
    items,
    totalAmount: items.reduce((sum, i) => sum + (i.problems.length ? 0 : (i.amount ?? 0)), 0),
    count: items.length,
  };
}

export interface CartAddition {
  skuId: number;
  unitId?: number | null;
  quantity: number;
}

/**
 * Adds quantities to the cart (an item of the same SKU and unit grows), for one item or many at
 * once (quick order, reorder). Unknown SKUs or units of another SKU: 400 at `/body/items/<i>/…`.
 */
export async function addToCart(
  db: Db,
  user: AuthUser,
  additions: CartAddition[],
  mode: 'add' | 'set' = 'add',
): Promise<Cart> {
  customerOf(user);
  await db.transaction(async (tx) => {
    await checkSkus(tx, additions);
    const cols = pgColumns(additions, {
      skuId: ['bigint', (a) => a.skuId],
      unitId: ['bigint', (a) => a.unitId ?? 0],
      quantity: ['int', (a) => a.quantity],
    });
    await tx.execute(sql`
      INSERT INTO cart_items AS ci (user_id, sku_id, unit_id, quantity)
      SELECT ${user.id}, s, u, sum(q)
        FROM unnest(${cols.skuId}, ${cols.unitId}, ${cols.quantity}) WITH ORDINALITY AS t(s, u, q, n)
       GROUP BY s, u ORDER BY min(n)
      ON CONFLICT (user_id, sku_id, unit_id) DO UPDATE
        SET quantity = least(${mode === 'add' ? sql`ci.quantity + excluded.quantity` : sql`excluded.quantity`}, 1000000),
            added_at = now()`);
  });
  return getCart(db, user);
}

async function checkSkus(tx: Tx, additions: CartAddition[]): Promise<void> {
  const rows = await queryRows<{ skuId: number; unitIds: number[] }>(
    tx,
    sql`SELECT s.id::int AS "skuId", coalesce(array_agg(u.id::int) FILTER (WHERE u.id IS NOT NULL), '{}') AS "unitIds"
          FROM skus s LEFT JOIN sku_units u ON u.sku_id = s.id
         WHERE s.id = ANY(${bigintArray(additions.map((a) => a.skuId))}) GROUP BY s.id`,
  );
  const units = new Map(rows.map((r) => [r.skuId, r.unitIds]));
  const fields = additions.flatMap((a, i) => {
    if (!units.has(a.skuId))
      return [{ path: `/body/items/${i}/skuId`, message: `SKU ${a.skuId} 不存在 / SKU ${a.skuId} does not exist` }];
    if (a.unitId && !units.get(a.skuId)?.includes(a.unitId)) {
      return [
        {
          path: `/body/items/${i}/unitId`,
          message: `单位 ${a.unitId} 不是该商品的单位 / unit ${a.unitId} is not a unit of SKU ${a.skuId}`,
        },
      ];
    }
    return [];
  });
  if (fields.length) throw validationFailed(fields);
}

/** Changes one item's quantity (and unit: an item already in that unit is merged in); 404 for another user's item. */
export async function updateCartItem(
  db: Db,
  user: AuthUser,
  id: number,
  patch: { quantity: number; unitId?: number | null },
): Promise<Cart> {
  customerOf(user);
  await db.transaction(async (tx) => {
    const [item] = await queryRows<{ skuId: number }>(
      tx,
      sql`SELECT sku_id::int AS "skuId" FROM cart_items WHERE id = ${id} AND user_id = ${user.id} FOR UPDATE`,
    );
    if (!item) throw notFound('Cart item');
    if (patch.unitId !== undefined) await checkSkus(tx, [{ skuId: item.skuId, unitId: patch.unitId, quantity: 1 }]);
    const unitId = patch.unitId === undefined ? sql`unit_id` : sql`${patch.unitId ?? 0}::bigint`;
    // Switching to a unit the cart already holds merges that item into this one.
    const merged = await queryRows<{ quantity: number }>(
      tx,
      sql`DELETE FROM cart_items WHERE user_id = ${user.id} AND sku_id = ${item.skuId} AND id <> ${id}
            AND unit_id = (SELECT ${unitId} FROM cart_items WHERE id = ${id})
          RETURNING quantity`,
    );
    const quantity = Math.min(patch.quantity + (merged[0]?.quantity ?? 0), 1_000_000);
    await tx.execute(sql`UPDATE cart_items SET quantity = ${quantity}, unit_id = ${unitId} WHERE id = ${id}`);
  });
  return getCart(db, user);
}

/** Removes some items (all when `ids` is undefined). */
export async function removeFromCart(db: Db, user: AuthUser, ids?: number[]): Promise<Cart> {
  customerOf(user);
  await db.execute(
    sql`DELETE FROM cart_items WHERE user_id = ${user.id} ${ids ? sql`AND id = ANY(${bigintArray(ids)})` : sql``}`,
  );
  return getCart(db, user);
}

/**
 * Checks the cart out (all items, or the ones named) as one order in the caller's transaction: the
 * order is placed with prices resolved again, and the items it took leave the cart in the same
 * transaction, so a failed order keeps the cart as it was.
 */
export async function checkoutCart(
  tx: Tx,
  user: AuthUser,
  input: Omit<PlaceOrderInput, 'lines' | 'customerId'> & { itemIds?: number[] },
): Promise<OrderViewRow> {
  customerOf(user);
  const items = await queryRows<{ id: number; skuId: number; unitId: number | null; quantity: number }>(
    tx,
    sql`SELECT id::int AS id, sku_id::int AS "skuId", nullif(unit_id, 0)::int AS "unitId", quantity
          FROM cart_items WHERE user_id = ${user.id} ${input.itemIds ? sql`AND id = ANY(${bigintArray(input.itemIds)})` : sql``}
         ORDER BY id FOR UPDATE`,
  );
  if (!items.length) throw validationFailed([{ path: '/body/itemIds', message: '购物车是空的 / the cart is empty' }]);
  const { itemIds: _ids, ...rest } = input;
  const order = await placeOrder(tx, user, {
    ...rest,
    lines: items.map(({ skuId, unitId, quantity }) => ({ skuId, unitId, quantity })),
  });
  await tx.execute(sql`DELETE FROM cart_items WHERE id = ANY(${bigintArray(items.map((i) => i.id))})`);
  return order;
}

/**
 * 再来一单: puts a past order's lines into the cart in their units and quantities; lines whose SKU
 * or unit is gone are reported rather than added.
 */
export async function reorderToCart(db: Db, user: AuthUser, orderId: number): Promise<Cart & { skipped: string[] }> {
  const customerId = customerOf(user);
  const lines = await queryRows<{
    skuId: number;
    unitId: number | null;
    quantity: number;
    label: string;
    usable: boolean;
  }>(
    db,
    sql`SELECT l.sku_id::int AS "skuId", l.unit_id::int AS "unitId", l.quantity, l.sku_code || ' ' || l.product_name AS label,
               (s.status = 'on' AND p.status = 'on' AND (l.unit_factor = 1 OR l.unit_id IS NOT NULL)) AS usable
          FROM order_lines l JOIN orders o ON o.id = l.order_id
          JOIN skus s ON s.id = l.sku_id JOIN products p ON p.id = s.product_id
         WHERE o.id = ${orderId} AND o.customer_id = ${customerId}
         ORDER BY l.line_no`,
  );
  if (!lines.length) {
    const [exists] = await queryRows<{ id: number }>(
      db,
      sql`SELECT id::int AS id FROM orders WHERE id = ${orderId} AND customer_id = ${customerId}`,
    );
    if (!exists) throw notFound('Order');
  }
  const usable = lines.filter((l) => l.usable);
  const cart = usable.length ? await addToCart(db, user, usable) : await getCart(db, user);
  return { ...cart, skipped: lines.filter((l) => !l.usable).map((l) => l.label) };
}
