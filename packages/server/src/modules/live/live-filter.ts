import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { availableBySku } from '../inventory/inventory.service.ts';
import { stockViewFor } from '../inventory/stock-display.ts';
import type { OutboxEvent } from './dispatcher.ts';

export interface LiveMessage {
  id: number;
  event: string;
  data: Record<string, unknown>;
}

/**
 * What one signed-in user receives of committed outbox events: buyers their own company's order
 * and payment events and the availability of the SKUs they look at; staff the order events
 * (orders:view) and payment events (payments:view) of customers in their scope, and low-stock alerts
 * (inventory:view). Everything else is dropped.
 */
export async function messagesFor(
  db: DbOrTx,
  user: AuthUser,
  watchedSkus: ReadonlySet<number>,
  events: OutboxEvent[],
): Promise<LiveMessage[]> {
  const out: LiveMessage[] = [];
  const may = (p: string) => user.permissions.includes(p as AuthUser['permissions'][number]);
  for (const e of events) {
    if (e.topic.startsWith('order.')) {
      if (!may('orders:view')) continue;
      if (user.kind === 'customer' ? e.customerId !== user.customerId : !(await staffSees(db, user, e.customerId)))
        continue;
      out.push({ id: e.id, event: e.topic, data: e.payload });
    } else if (e.topic.startsWith('payment.')) {
      // Money arriving or going back: the customer's own users and finance (payments:view) in scope.
      if (!may('payments:view')) continue;
      if (user.kind === 'customer' ? e.customerId !== user.customerId : !(await staffSees(db, user, e.customerId)))
        continue;
      out.push({ id: e.id, event: e.topic, data: e.payload });
    } else if (e.topic === 'inventory.low_stock') {
      if (user.kind === 'staff' && may('inventory:view')) out.push({ id: e.id, event: e.topic, data: e.payload });
    } else if (e.topic === 'stock.changed') {
      const skuIds = ((e.payload.skuIds as number[] | undefined) ?? []).filter((id) => watchedSkus.has(id));
      if (!skuIds.length) continue;
      const available = await availableBySku(db, skuIds);
      // A supplier that hides stock numbers from customers hides them here too.
      const view = await stockViewFor(db, user);
      out.push({
        id: e.id,
        event: 'stock',
        data: { items: [...available].map(([skuId, n]) => ({ skuId, ...view(n) })) },
      });
    }
  }
  return out;
}

async function staffSees(db: DbOrTx, user: AuthUser, customerId: number | null): Promise<boolean> {
  if (user.dataScope === 'all') return true;
  if (customerId === null) return false;
  const rows = await queryRows<{ ok: number }>(
    db,
    sql`SELECT 1 AS ok FROM customers WHERE id = ${customerId} AND salesperson_id = ${user.id}`,
  );
  return rows.length > 0;
}
