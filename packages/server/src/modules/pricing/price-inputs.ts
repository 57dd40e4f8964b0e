import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { notFound, validationFailed } from '../../lib/errors.ts';
import { pageOf } from '../../lib/pagination.ts';
import { queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerScope } from '../customers/customer-scope.ts';

/** A price row's window as stored; null = open on that side. */
export interface PriceWindow {
  startsAt: Date | null;
  endsAt: Date | null;
}

/** Window fields as a request sends them: ISO text, null to open a side, absent to keep it. */
export interface WindowInput {
  startsAt?: string | null;
  endsAt?: string | null;
}

/**
 * The window after applying `input` to `current` (nothing for a new row). Throws VALIDATION_FAILED at
 * `/body/endsAt` unless endsAt > startsAt.
 */
export function windowOf(input: WindowInput, current: PriceWindow = { startsAt: null, endsAt: null }): PriceWindow {
  const parse = (value: string | null | undefined, kept: Date | null, field: string) =>
    value === undefined ? kept : value === null ? null : instantOf(value, `/body/${field}`);
  const window = {
    startsAt: parse(input.startsAt, current.startsAt, 'startsAt'),
    endsAt: parse(input.endsAt, current.endsAt, 'endsAt'),
  };
  if (window.startsAt && window.endsAt && window.endsAt <= window.startsAt) {
    throw validationFailed([{ path: '/body/endsAt', message: 'must be later than startsAt' }]);
  }
  return window;
}

/**
 * An ISO time from a request as a Date. The schema checks the format, but some valid texts (a leap
 * second, 23:59:60) are no time JavaScript can hold: VALIDATION_FAILED at `path`.
 */
export function instantOf(text: string, path: string): Date {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw validationFailed([{ path, message: 'is not a valid time' }]);
  return date;
}

/** A window read back as ISO text (see `iso` in lib/sql.ts). */
export const storedWindow = (row: { startsAt: string | null; endsAt: string | null }): PriceWindow => ({
  startsAt: row.startsAt ? new Date(row.startsAt) : null,
  endsAt: row.endsAt ? new Date(row.endsAt) : null,
});

/** A window for audit details. */
export const windowDetails = (window: PriceWindow) => ({
  startsAt: window.startsAt?.toISOString() ?? null,
  endsAt: window.endsAt?.toISOString() ?? null,
});

/** A window as SQL parameters. */
export const windowParams = (window: PriceWindow) => ({
  startsAt: window.startsAt ? sql`${window.startsAt.toISOString()}::timestamptz` : sql`NULL::timestamptz`,
  endsAt: window.endsAt ? sql`${window.endsAt.toISOString()}::timestamptz` : sql`NULL::timestamptz`,
});

/**
 * The base wholesale price of one `unitId` (null = base unit) of a SKU; VALIDATION_FAILED at
 * `paths.sku` when the SKU does not exist, at `paths.unit` when the unit is not one of its units.
 */
export async function unitPriceOf(
  db: DbOrTx,
  skuId: number,
  unitId: number | null,
  paths: { sku: string; unit: string },
): Promise<number> {
  const [row] = await queryRows<{ price: number; unitFound: boolean }>(
    db,
    sql`SELECT coalesce(u.price, u.factor * s.price, s.price)::float8 AS price, u.id IS NOT NULL AS "unitFound"
          FROM skus s LEFT JOIN sku_units u ON u.id = ${unitId} AND u.sku_id = s.id
         WHERE s.id = ${skuId}`,
  );
  if (!row) throw validationFailed([{ path: paths.sku, message: `SKU ${skuId} does not exist` }]);
  if (unitId !== null && !row.unitFound) {
    throw validationFailed([{ path: paths.unit, message: `unit ${unitId} is not a unit of SKU ${skuId}` }]);
  }
  return row.price;
}

/** NOT_FOUND unless the customer exists and lies in the user's scope (a salesperson: own customers). */
export async function assertCustomerInScope(db: DbOrTx, user: AuthUser, customerId: number): Promise<void> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`SELECT c.id FROM customers c WHERE c.id = ${customerId} AND ${customerScope(user)}`,
  );
  if (!row) throw notFound('Customer');
}

/** Throws VALIDATION_FAILED at `path` unless the customer level exists. */
export async function assertLevelExists(db: DbOrTx, levelId: number, path: string): Promise<void> {
  const [row] = await queryRows<{ id: number }>(db, sql`SELECT id FROM customer_levels WHERE id = ${levelId}`);
  if (!row) throw validationFailed([{ path, message: `customer level ${levelId} does not exist` }]);
}

/**
 * One page of a list whose query selects `count(*) OVER () AS total`; past the last page (no rows) the
 * total comes from `countQuery`.
 */
export async function pageRows<T>(
  db: DbOrTx,
  select: (tail: SQL) => SQL,
  countQuery: SQL,
  query: { page?: number; pageSize?: number },
): Promise<{ items: T[]; total: number }> {
  const { limit, offset } = pageOf(query);
  const rows = await queryRows<T & { total: number }>(db, select(sql`LIMIT ${limit} OFFSET ${offset}`));
  let total = rows[0]?.total ?? 0;
  if (!rows.length && offset > 0) [{ total }] = await queryRows<{ total: number }>(db, countQuery);
  return { items: rows.map(({ total: _t, ...item }) => item as T), total };
}
