import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { pageOf } from '../../lib/pagination.ts';
import { iso, queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { getCustomer } from './customers.service.ts';

export interface HistoryEntry {
  kind: 'audit';
  id: number;
  at: string;
  action: string;
  actorId: number | null;
  actorName: string | null;
  details: Record<string, unknown> | null;
}

/**
 * A customer's trade history, newest first. For now its audit trail: every entry that targets the
 * customer (customer.*) or names it in `details.customerId` (its users, its prices). Orders and
 * payments join this timeline (kind 'order', 'payment') when those modules land.
 */
export async function customerHistory(
  db: DbOrTx,
  user: AuthUser,
  customerId: number,
  query: { page?: number; pageSize?: number },
): Promise<{ items: HistoryEntry[]; total: number }> {
  await getCustomer(db, user, customerId);
  const { limit, offset } = pageOf(query);
  const where = sql`(target_type = 'customer' AND target_id = ${String(customerId)})
                    OR details->>'customerId' = ${String(customerId)}`;
  const items = await queryRows<HistoryEntry>(
    db,
    sql`SELECT 'audit' AS kind, id::int AS id, ${iso('at')} AS at, action, actor_id::int AS "actorId",
               actor_name AS "actorName", details
          FROM audit_log WHERE ${where} ORDER BY at DESC, id DESC LIMIT ${limit} OFFSET ${offset}`,
  );
  const [{ total }] = await queryRows<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total FROM audit_log WHERE ${where}`,
  );
  return { items, total };
}
