import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { queryRows } from '../../lib/sql.ts';

export interface OrderSettings {
  financeReview: boolean;
  warehouseReview: boolean;
  autoCompleteDays: number;
}

export const defaultOrderSettings: OrderSettings = {
  financeReview: false,
  warehouseReview: false,
  autoCompleteDays: 7,
};

/** The supplier's order settings (review steps, auto-complete), defaults filled in. */
export async function getOrderSettings(db: DbOrTx): Promise<OrderSettings> {
  const [row] = await queryRows<{ value: Partial<OrderSettings> }>(
    db,
    sql`SELECT value FROM settings WHERE key = 'orders'`,
  );
  return { ...defaultOrderSettings, ...(row?.value ?? {}) };
}

/** Changes some order settings; audited as settings.orders_updated with the new values. */
export async function updateOrderSettings(
  db: DbOrTx,
  actor: AuditActor,
  patch: Partial<OrderSettings>,
): Promise<OrderSettings> {
  const next = { ...(await getOrderSettings(db)), ...patch };
  await db.execute(sql`
    INSERT INTO settings (key, value, updated_by_id, updated_at) VALUES ('orders', ${JSON.stringify(next)}::jsonb, ${actor.id}, now())
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_by_id = excluded.updated_by_id, updated_at = now()`);
  await audit(db, actor, {
    action: 'settings.orders_updated',
    targetType: 'settings',
    targetId: 'orders',
    details: { ...next },
  });
  return next;
}
