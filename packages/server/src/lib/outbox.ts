import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';

/** Channel of the NOTIFY that wakes every instance's dispatcher when events were committed. */
export const OUTBOX_CHANNEL = 'dh_outbox';

export interface DomainEvent {
  /** e.g. `order.placed`, `order.status_changed`, `inventory.low_stock`, `stock.changed` */
  topic: string;
  /** The customer whose users may see the event; null = staff only (or everyone, by topic). */
  customerId: number | null;
  payload: Record<string, unknown>;
}

/**
 * Writes domain events to the outbox inside the caller's transaction, so they exist exactly when
 * the change they announce was committed. On PostgreSQL a NOTIFY (delivered at commit) wakes the
 * dispatchers of every instance; PGlite's dispatcher is woken in-process.
 */
export async function emit(tx: DbOrTx, ...events: DomainEvent[]): Promise<void> {
  if (!events.length) return;
  await tx.execute(sql`
    INSERT INTO outbox_events (topic, customer_id, payload)
    SELECT e.topic, e.customer_id, e.payload
      FROM jsonb_to_recordset(${JSON.stringify(
        events.map((e) => ({ topic: e.topic, customer_id: e.customerId, payload: e.payload })),
      )}::jsonb) AS e(topic text, customer_id bigint, payload jsonb)`);
  await tx.execute(sql`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`);
}
