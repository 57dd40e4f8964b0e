import { type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { notFound } from '../../lib/errors.ts';
import { iso, queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerScope } from '../customers/customer-scope.ts';
import {
  assertCustomerInScope,
  pageRows,
  storedWindow,
  unitPriceOf,
  type WindowInput,
  windowDetails,
  windowOf,
  windowParams,
} from './price-inputs.ts';

export interface CustomerPriceRow {
  id: number;
  skuId: number;
  skuCode: string;
  productName: string;
  skuName: string;
  unitId: number | null;
  unitName: string;
  price: number;
  basePrice: number;
  startsAt: string | null;
  endsAt: string | null;
  note: string;
}

// Every query joins `customers c` and applies the caller's scope: another salesperson's customer is 404.
const selectCustomerPrices = (where: SQL, tail: SQL = sql``) => sql`
  SELECT cp.id::int AS id, cp.sku_id::int AS "skuId", s.code AS "skuCode", p.name AS "productName",
         s.name AS "skuName", cp.unit_id::int AS "unitId", coalesce(u.name, s.unit) AS "unitName",
         cp.price::float8 AS price, coalesce(u.price, u.factor * s.price, s.price)::float8 AS "basePrice",
         ${iso('cp.starts_at')} AS "startsAt", ${iso('cp.ends_at')} AS "endsAt", cp.note,
         count(*) OVER ()::int AS total
    FROM customer_prices cp
    JOIN customers c ON c.id = cp.customer_id
    JOIN skus s ON s.id = cp.sku_id
    JOIN products p ON p.id = s.product_id
    LEFT JOIN sku_units u ON u.id = cp.unit_id
   WHERE ${where}
   ORDER BY s.code, cp.unit_id NULLS FIRST, cp.starts_at NULLS FIRST, cp.id ${tail}`;

/** A customer's own prices (customer in the user's scope, else NOT_FOUND), with each unit's base price. */
export async function listCustomerPrices(
  db: DbOrTx,
  user: AuthUser,
  customerId: number,
  query: { skuId?: number; page?: number; pageSize?: number },
): Promise<{ items: CustomerPriceRow[]; total: number }> {
  await assertCustomerInScope(db, user, customerId);
  const cond = sql`cp.customer_id = ${customerId} AND ${query.skuId ? sql`cp.sku_id = ${query.skuId}` : sql`true`}`;
  return pageRows<CustomerPriceRow>(
    db,
    (tail) => selectCustomerPrices(cond, tail),
    sql`SELECT count(*)::int AS total FROM customer_prices cp WHERE ${cond}`,
    query,
  );
}

async function getCustomerPrice(db: DbOrTx, user: AuthUser, id: number): Promise<CustomerPriceRow> {
  const [row] = await queryRows<CustomerPriceRow & { total?: number }>(
    db,
    selectCustomerPrices(sql`cp.id = ${id} AND ${customerScope(user)}`),
  );
  if (!row) throw notFound('Customer price');
  const { total: _t, ...price } = row;
  return price;
}

/**
 * Sets a price agreed with one customer for a SKU unit over a window; the customer must be in the
 * user's scope (else NOT_FOUND). A row with the same SKU, unit and exactly the same window is updated
 * rather than duplicated. Audited as price.customer_set.
 */
export async function setCustomerPrice(
  db: Db,
  user: AuthUser,
  actor: AuditActor,
  customerId: number,
  input: { skuId: number; price: number; unitId?: number | null; note?: string } & WindowInput,
): Promise<CustomerPriceRow> {
  const unitId = input.unitId ?? null;
  const window = windowOf(input);
  const id = await db.transaction(async (tx) => {
    await assertCustomerInScope(tx, user, customerId);
    await unitPriceOf(tx, input.skuId, unitId, { sku: '/body/skuId', unit: '/body/unitId' });
    const w = windowParams(window);
    const [same] = await queryRows<{ id: number; price: number }>(
      tx,
      sql`SELECT id::int AS id, price::float8 AS price FROM customer_prices
           WHERE customer_id = ${customerId} AND sku_id = ${input.skuId}
             AND unit_id IS NOT DISTINCT FROM ${unitId}::bigint
             AND starts_at IS NOT DISTINCT FROM ${w.startsAt} AND ends_at IS NOT DISTINCT FROM ${w.endsAt}
           ORDER BY id DESC LIMIT 1 FOR UPDATE`,
    );
    const note = input.note ?? null;
    const [row] = same
      ? await queryRows<{ id: number }>(
          tx,
          sql`UPDATE customer_prices SET price = ${input.price}, note = coalesce(${note}::text, note)
               WHERE id = ${same.id} RETURNING id::int AS id`,
        )
      : await queryRows<{ id: number }>(
          tx,
          sql`INSERT INTO customer_prices (customer_id, sku_id, unit_id, price, note, starts_at, ends_at)
              VALUES (${customerId}, ${input.skuId}, ${unitId}, ${input.price}, ${note ?? ''}, ${w.startsAt}, ${w.endsAt})
              RETURNING id::int AS id`,
        );
    await audit(tx, actor, {
      action: 'price.customer_set',
      targetType: 'customer_price',
      targetId: row.id,
      details: {
        customerId,
        skuId: input.skuId,
        unitId,
        price: input.price,
        ...(same ? { previousPrice: same.price } : {}),
        ...windowDetails(window),
      },
    });
    return row.id;
  });
  return getCustomerPrice(db, user, id);
}

/** Changes the price, window or note of a customer price in the user's scope. Audited as price.customer_set. */
export async function updateCustomerPrice(
  db: Db,
  user: AuthUser,
  actor: AuditActor,
  id: number,
  input: { price?: number; note?: string } & WindowInput,
): Promise<CustomerPriceRow> {
  await db.transaction(async (tx) => {
    const [current] = await queryRows<{
      customerId: number;
      price: number;
      startsAt: string | null;
      endsAt: string | null;
    }>(
      tx,
      sql`SELECT cp.customer_id::int AS "customerId", cp.price::float8 AS price,
                 ${iso('cp.starts_at')} AS "startsAt", ${iso('cp.ends_at')} AS "endsAt"
            FROM customer_prices cp JOIN customers c ON c.id = cp.customer_id
           WHERE cp.id = ${id} AND ${customerScope(user)} FOR UPDATE OF cp`,
    );
    if (!current) throw notFound('Customer price');
    const window = windowOf(input, storedWindow(current));
    const w = windowParams(window);
    const price = input.price ?? current.price;
    await tx.execute(
      sql`UPDATE customer_prices
             SET price = ${price}, starts_at = ${w.startsAt}, ends_at = ${w.endsAt},
                 note = coalesce(${input.note ?? null}::text, note)
           WHERE id = ${id}`,
    );
    await audit(tx, actor, {
      action: 'price.customer_set',
      targetType: 'customer_price',
      targetId: id,
      details: { customerId: current.customerId, price, previousPrice: current.price, ...windowDetails(window) },
    });
  });
  return getCustomerPrice(db, user, id);
}

/** Removes a customer price in the user's scope (else NOT_FOUND). Audited as price.customer_deleted. */
export async function deleteCustomerPrice(db: Db, user: AuthUser, actor: AuditActor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await queryRows<{ customerId: number; skuId: number; unitId: number | null; price: number }>(
      tx,
      sql`DELETE FROM customer_prices cp USING customers c
           WHERE cp.id = ${id} AND c.id = cp.customer_id AND ${customerScope(user)}
       RETURNING cp.customer_id::int AS "customerId", cp.sku_id::int AS "skuId", cp.unit_id::int AS "unitId",
                 cp.price::float8 AS price`,
    );
    if (!row) throw notFound('Customer price');
    await audit(tx, actor, {
      action: 'price.customer_deleted',
      targetType: 'customer_price',
      targetId: id,
      details: row,
    });
  });
}
