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

/** The same rule in code, for answers built outside SQL (cart, quick order, frequent items). */
export const stockStatusOf = (available: number, minOrderQty = 1): StockStatus =>
  available <= 0 ? 'out' : available < Math.max(10, 3 * minOrderQty) ? 'low' : 'in';

/** What a caller is told of an available quantity: the number (staff, or while numbers are shown) or null. */
export type StockView = (
  available: number,
  minOrderQty?: number,
) => { available: number | null; stockStatus: StockStatus };

/** The stock view for this caller: customers lose the numbers when the supplier hides them. */
export async function stockViewFor(db: DbOrTx, user: { kind: 'staff' | 'customer' }): Promise<StockView> {
  const hide = user.kind === 'customer' && !(await getStockDisplay(db)).showStockNumbers;
  return (available, minOrderQty = 1) => ({
    available: hide ? null : available,
    stockStatus: stockStatusOf(available, minOrderQty),
  });
}

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
