import { type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { notFound } from '../../lib/errors.ts';
import { iso, queryRows } from '../../lib/sql.ts';
import {
  assertLevelExists,
  pageRows,
  storedWindow,
  unitPriceOf,
  type WindowInput,
  windowDetails,
  windowOf,
  windowParams,
} from './price-inputs.ts';

export interface LevelPriceRow {
  id: number;
  levelId: number;
  levelName: string;
  skuId: number;
  skuCode: string;
  productName: string;
  skuName: string;
  unitId: number | null;
  unitName: string;
  price: number;
  startsAt: string | null;
  endsAt: string | null;
}

const selectLevelPrices = (where: SQL, tail: SQL = sql``) => sql`
  SELECT lp.id::int AS id, lp.level_id::int AS "levelId", l.name AS "levelName", lp.sku_id::int AS "skuId",
         s.code AS "skuCode", p.name AS "productName", s.name AS "skuName", lp.unit_id::int AS "unitId",
         coalesce(u.name, s.unit) AS "unitName", lp.price::float8 AS price,
         ${iso('lp.starts_at')} AS "startsAt", ${iso('lp.ends_at')} AS "endsAt", count(*) OVER ()::int AS total
    FROM level_prices lp
    JOIN customer_levels l ON l.id = lp.level_id
    JOIN skus s ON s.id = lp.sku_id
    JOIN products p ON p.id = s.product_id
    LEFT JOIN sku_units u ON u.id = lp.unit_id
   WHERE ${where}
   ORDER BY l.sort, l.id, s.code, lp.unit_id NULLS FIRST, lp.starts_at NULLS FIRST, lp.id ${tail}`;

/** The level price lists, optionally of one level or one SKU, a page at a time. */
export async function listLevelPrices(
  db: DbOrTx,
  query: { levelId?: number; skuId?: number; page?: number; pageSize?: number },
): Promise<{ items: LevelPriceRow[]; total: number }> {
  const where: SQL[] = [sql`true`];
  if (query.levelId) where.push(sql`lp.level_id = ${query.levelId}`);
  if (query.skuId) where.push(sql`lp.sku_id = ${query.skuId}`);
  const cond = sql.join(where, sql` AND `);
  return pageRows<LevelPriceRow>(
    db,
    (tail) => selectLevelPrices(cond, tail),
    sql`SELECT count(*)::int AS total FROM level_prices lp WHERE ${cond}`,
    query,
  );
}

async function getLevelPrice(db: DbOrTx, id: number): Promise<LevelPriceRow> {
  const [row] = await queryRows<LevelPriceRow & { total?: number }>(db, selectLevelPrices(sql`lp.id = ${id}`));
  if (!row) throw notFound('Level price');
  const { total: _t, ...price } = row;
  return price;
}

/**
 * Sets a level's fixed price for a SKU unit over a window. A row with the same level, SKU, unit and
 * exactly the same window is updated rather than duplicated. Audited as price.level_set.
 */
export async function setLevelPrice(
  db: Db,
  actor: AuditActor,
  input: { levelId: number; skuId: number; unitId?: number | null; price: number } & WindowInput,
): Promise<LevelPriceRow> {
  const unitId = input.unitId ?? null;
  const window = windowOf(input);
  const id = await db.transaction(async (tx) => {
    await assertLevelExists(tx, input.levelId, '/body/levelId');
    await unitPriceOf(tx, input.skuId, unitId, { sku: '/body/skuId', unit: '/body/unitId' });
    const w = windowParams(window);
    const [same] = await queryRows<{ id: number; price: number }>(
      tx,
      sql`SELECT id::int AS id, price::float8 AS price FROM level_prices
           WHERE level_id = ${input.levelId} AND sku_id = ${input.skuId} AND unit_id IS NOT DISTINCT FROM ${unitId}::bigint
             AND starts_at IS NOT DISTINCT FROM ${w.startsAt} AND ends_at IS NOT DISTINCT FROM ${w.endsAt}
           ORDER BY id DESC LIMIT 1 FOR UPDATE`,
    );
    const [row] = same
      ? await queryRows<{ id: number }>(
          tx,
          sql`UPDATE level_prices SET price = ${input.price} WHERE id = ${same.id} RETURNING id::int AS id`,
        )
      : await queryRows<{ id: number }>(
          tx,
          sql`INSERT INTO level_prices (level_id, sku_id, unit_id, price, starts_at, ends_at)
              VALUES (${input.levelId}, ${input.skuId}, ${unitId}, ${input.price}, ${w.startsAt}, ${w.endsAt})
              RETURNING id::int AS id`,
        );
    await audit(tx, actor, {
      action: 'price.level_set',
      targetType: 'level_price',
      targetId: row.id,
      details: {
        levelId: input.levelId,
        skuId: input.skuId,
        unitId,
        price: input.price,
        ...(same ? { previousPrice: same.price } : {}),
        ...windowDetails(window),
      },
    });
    return row.id;
  });
  return getLevelPrice(db, id);
}

/** Changes the price or window of a level price. Audited as price.level_set. */
export async function updateLevelPrice(
  db: Db,
  actor: AuditActor,
  id: number,
  input: { price?: number } & WindowInput,
): Promise<LevelPriceRow> {
  await db.transaction(async (tx) => {
    const [current] = await queryRows<{ price: number; startsAt: string | null; endsAt: string | null }>(
      tx,
      sql`SELECT price::float8 AS price, ${iso('starts_at')} AS "startsAt", ${iso('ends_at')} AS "endsAt"
            FROM level_prices WHERE id = ${id} FOR UPDATE`,
    );
    if (!current) throw notFound('Level price');
    const window = windowOf(input, storedWindow(current));
    const w = windowParams(window);
    const price = input.price ?? current.price;
    await tx.execute(
      sql`UPDATE level_prices SET price = ${price}, starts_at = ${w.startsAt}, ends_at = ${w.endsAt} WHERE id = ${id}`,
    );
    await audit(tx, actor, {
      action: 'price.level_set',
      targetType: 'level_price',
      targetId: id,
      details: { price, previousPrice: current.price, ...windowDetails(window) },
    });
  });
  return getLevelPrice(db, id);
}

/** Removes a level price. Audited as price.level_deleted. */
export async function deleteLevelPrice(db: Db, actor: AuditActor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await getLevelPrice(tx, id);
    await tx.execute(sql`DELETE FROM level_prices WHERE id = ${id}`);
    await audit(tx, actor, {
      action: 'price.level_deleted',
      targetType: 'level_price',
      targetId: id,
      details: { levelId: before.levelId, skuId: before.skuId, unitId: before.unitId, price: before.price },
    });
  });
}
