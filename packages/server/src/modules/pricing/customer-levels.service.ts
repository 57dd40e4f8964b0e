import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { queryRows } from '../../lib/sql.ts';

// Creating and listing levels live in modules/customers; changing a level's discount is a price
// change, so editing and deleting live here, under prices:edit.

export interface LevelRow {
  id: number;
  name: string;
  discountPercent: number;
  sort: number;
  customerCount: number;
}

async function getLevel(db: DbOrTx, id: number, lock = false): Promise<LevelRow> {
  const [row] = await queryRows<LevelRow>(
    db,
    sql`SELECT l.id::int AS id, l.name, l.discount_percent AS "discountPercent", l.sort,
               (SELECT count(*)::int FROM customers c WHERE c.level_id = l.id) AS "customerCount"
          FROM customer_levels l WHERE l.id = ${id} ${lock ? sql`FOR UPDATE` : sql``}`,
  );
  if (!row) throw notFound('Customer level');
  return row;
}

/** Renames a level, changes its discount or its sort position. Audited as customer_level.updated. */
export async function updateLevel(
  db: Db,
  actor: AuditActor,
  id: number,
  input: { name?: string; discountPercent?: number; sort?: number },
): Promise<LevelRow> {
  await db.transaction(async (tx) => {
    const before = await getLevel(tx, id, true);
    if (input.name !== undefined && input.name !== before.name) {
      const [taken] = await queryRows<{ id: number }>(
        tx,
        sql`SELECT id FROM customer_levels WHERE name = ${input.name} AND id <> ${id}`,
      );
      if (taken)
        throw new AppError('CONFLICT', `等级 ${input.name} 已存在 / Level name already taken`, { field: 'name' });
    }
    await tx.execute(
      sql`UPDATE customer_levels
             SET name = ${input.name ?? before.name}, discount_percent = ${input.discountPercent ?? before.discountPercent},
                 sort = ${input.sort ?? before.sort}
           WHERE id = ${id}`,
    );
    const changed = Object.fromEntries(
      (['name', 'discountPercent', 'sort'] as const)
        .filter((key) => input[key] !== undefined && input[key] !== before[key])
        .map((key) => [key, [before[key], input[key]]]),
    );
    await audit(tx, actor, {
      action: 'customer_level.updated',
      targetType: 'customer_level',
      targetId: id,
      details: changed,
    });
  });
  return getLevel(db, id);
}

/**
 * Deletes a level no customer holds (CONFLICT otherwise); its price list and level-only quantity
 * breaks go with it. Audited as customer_level.deleted.
 */
export async function deleteLevel(db: Db, actor: AuditActor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const level = await getLevel(tx, id, true);
    if (level.customerCount > 0) {
      throw new AppError(
        'CONFLICT',
        `等级 ${level.name} 仍有 ${level.customerCount} 个客户使用 / The level is still in use`,
        {
          customerCount: level.customerCount,
        },
      );
    }
    const [{ levelPrices, quantityBreaks }] = await queryRows<{ levelPrices: number; quantityBreaks: number }>(
      tx,
      sql`SELECT (SELECT count(*)::int FROM level_prices WHERE level_id = ${id}) AS "levelPrices",
                 (SELECT count(*)::int FROM quantity_breaks WHERE level_id = ${id}) AS "quantityBreaks"`,
    );
    await tx.execute(sql`DELETE FROM customer_levels WHERE id = ${id}`);
    await audit(tx, actor, {
      action: 'customer_level.deleted',
      targetType: 'customer_level',
      targetId: id,
      details: { name: level.name, discountPercent: level.discountPercent, levelPrices, quantityBreaks },
    });
  });
}
