import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { queryRows } from '../../lib/sql.ts';

/**
 * What customers are told about stock (settings `inventory`): the number available, or — when the
 * supplier hides numbers — only 有货 / 库存紧张 / 缺货 (`stockStatus`, always given).
 */

export type StockStatus = 'in' | 'low' | 'out';

export interface StockDisplaySettings {
  /** false: customers see 有货/库存紧张/缺货 instead of the number available. */
  showStockNumbers: boolean;
}

const defaults: StockDisplaySettings = { showStockNumbers: true };

/** The setting as a SQL boolean, for queries that answer customers (one lookup by primary key). */
export const showStockNumbersSql = sql`coalesce((SELECT (value->>'showStockNumbers')::boolean FROM settings WHERE key = 'inventory'), true)`;

/** 缺货 at zero, 库存紧张 below max(10, 3 × minimum order), else 有货 — the rule the portal shows too. */
export const stockStatusSql = (available: string, minOrderQty: string): SQL =>
  sql.raw(
    `CASE WHEN ${available} <= 0 THEN 'out' WHEN ${available} < greatest(10, 3 * ${minOrderQty}) THEN 'low' ELSE 'in' END`,
  );

export async function getStockDisplay(db: DbOrTx): Promise<StockDisplaySettings> {
  const [row] = await queryRows<{ value: Partial<StockDisplaySettings> }>(
    db,
    sql`SELECT value FROM settings WHERE key = 'inventory'`,
  );
  return { ...defaults, ...(row?.value ?? {}) };
}

/** Changes what customers see of stock; audited as settings.inventory_updated. */
export async function updateStockDisplay(
  db: DbOrTx,
  actor: AuditActor,
  patch: Partial<StockDisplaySettings>,
): Promise<StockDisplaySettings> {
  const next = { ...(await getStockDisplay(db)), ...patch };
  await db.execute(sql`
    INSERT INTO settings (key, value, updated_by_id, updated_at) VALUES ('inventory', ${JSON.stringify(next)}::jsonb, ${actor.id}, now())
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_by_id = excluded.updated_by_id, updated_at = now()`);
  await audit(db, actor, {
    action: 'settings.inventory_updated',
    targetType: 'settings',
    targetId: 'inventory',
    details: { ...next },
  });
  return next;
}
