import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { type FieldError, notFound, validationFailed } from '../../lib/errors.ts';
import { iso, queryRows } from '../../lib/sql.ts';
import {
  assertLevelExists,
  unitPriceOf,
  type WindowInput,
  windowDetails,
  windowOf,
  windowParams,
} from './price-inputs.ts';
import { yuan } from './price-rules.ts';

export interface QuantityBreakRow {
  id: number;
  unitId: number | null;
  unitName: string;
  levelId: number | null;
  levelName: string | null;
  minQuantity: number;
  price: number;
  startsAt: string | null;
  endsAt: string | null;
}

/** Every quantity break of a SKU (any window), by unit, level and quantity; NOT_FOUND for an unknown SKU. */
export async function listQuantityBreaks(db: DbOrTx, skuId: number): Promise<QuantityBreakRow[]> {
  const [sku] = await queryRows<{ id: number }>(db, sql`SELECT id FROM skus WHERE id = ${skuId}`);
  if (!sku) throw notFound('SKU');
  return queryRows<QuantityBreakRow>(
    db,
    sql`SELECT qb.id::int AS id, qb.unit_id::int AS "unitId", coalesce(u.name, s.unit) AS "unitName",
               qb.level_id::int AS "levelId", l.name AS "levelName", qb.min_quantity AS "minQuantity",
               qb.price::float8 AS price, ${iso('qb.starts_at')} AS "startsAt", ${iso('qb.ends_at')} AS "endsAt"
          FROM quantity_breaks qb
          JOIN skus s ON s.id = qb.sku_id
          LEFT JOIN sku_units u ON u.id = qb.unit_id
          LEFT JOIN customer_levels l ON l.id = qb.level_id
         WHERE qb.sku_id = ${skuId}
         ORDER BY qb.unit_id NULLS FIRST, l.sort NULLS FIRST, qb.level_id NULLS FIRST, qb.min_quantity, qb.id`,
  );
}

/**
 * Tiers must start at 2 or more, rise in quantity and fall in price, the first below the unit's base
 * price: a break never makes more units dearer.
 */
function checkTiers(tiers: { minQuantity: number; price: number }[], basePrice: number): void {
  const fields: FieldError[] = [];
  tiers.forEach((tier, i) => {
    const previous = tiers[i - 1];
    if (previous && tier.minQuantity <= previous.minQuantity) {
      fields.push({ path: `/body/tiers/${i}/minQuantity`, message: `must be greater than ${previous.minQuantity}` });
    }
    if (previous && tier.price >= previous.price) {
      fields.push({
        path: `/body/tiers/${i}/price`,
        message: `must be lower than the previous tier's ${yuan(previous.price)} (a break may not raise the price)`,
      });
    }
    if (!previous && tier.price >= basePrice) {
      fields.push({
        path: `/body/tiers/${i}/price`,
        message: `must be lower than the unit's base price ${yuan(basePrice)}`,
      });
    }
  });
  if (fields.length) throw validationFailed(fields);
}

/**
 * Replaces every quantity break of one SKU for one (unit, level) — level null: for every customer —
 * with `tiers` over one window; `[]` removes them. Returns all breaks of the SKU. Audited as
 * price.breaks_set with the tiers before and after.
 */
export async function replaceQuantityBreaks(
  db: Db,
  actor: AuditActor,
  skuId: number,
  input: {
    unitId?: number | null;
    levelId?: number | null;
    tiers: { minQuantity: number; price: number }[];
  } & WindowInput,
): Promise<QuantityBreakRow[]> {
  const unitId = input.unitId ?? null;
  const levelId = input.levelId ?? null;
  const window = windowOf(input);
  await db.transaction(async (tx) => {
    const [sku] = await queryRows<{ id: number }>(tx, sql`SELECT id FROM skus WHERE id = ${skuId} FOR UPDATE`);
    if (!sku) throw notFound('SKU');
    const basePrice = await unitPriceOf(tx, skuId, unitId, { sku: '/params/id', unit: '/body/unitId' });
    if (levelId !== null) await assertLevelExists(tx, levelId, '/body/levelId');
    checkTiers(input.tiers, basePrice);
    const removed = await queryRows<{ minQuantity: number; price: number }>(
      tx,
      sql`DELETE FROM quantity_breaks
           WHERE sku_id = ${skuId} AND unit_id IS NOT DISTINCT FROM ${unitId}::bigint
             AND level_id IS NOT DISTINCT FROM ${levelId}::bigint
       RETURNING min_quantity AS "minQuantity", price::float8 AS price`,
    );
    const w = windowParams(window);
    if (input.tiers.length) {
      await tx.execute(
        sql`INSERT INTO quantity_breaks (sku_id, unit_id, level_id, min_quantity, price, starts_at, ends_at)
            VALUES ${sql.join(
              input.tiers.map(
                (t) => sql`(${skuId}, ${unitId}, ${levelId}, ${t.minQuantity}, ${t.price}, ${w.startsAt}, ${w.endsAt})`,
              ),
              sql`, `,
            )}`,
      );
    }
    await audit(tx, actor, {
      action: 'price.breaks_set',
      targetType: 'sku',
      targetId: skuId,
      details: {
        unitId,
        levelId,
        before: removed.sort((a, b) => a.minQuantity - b.minQuantity),
        after: input.tiers,
        ...windowDetails(window),
      },
    });
  });
  return listQuantityBreaks(db, skuId);
}
