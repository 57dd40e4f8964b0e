import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { OUTBOX_CHANNEL } from '../../lib/outbox.ts';
import { iso, queryRows } from '../../lib/sql.ts';

export interface OutboxEvent {
  id: number;
  topic: string;
  customerId: number | null;
  payload: Record<string, unknown>;
  createdAt: string;
}

type Listener = (events: OutboxEvent[]) => void;

/** How long an id below the newest delivered one may stay missing before it counts as rolled back. */
const GAP_WAIT_MS = 10_000;
const BATCH = 500;

/**
 * Delivers committed outbox events, in id order, to this process's listeners (the SSE streams).
 * Woken by NOTIFY — on PostgreSQL every instance listening on one database is woken, so two server
 * processes both deliver — and by a slow poll. Ids are taken when a transaction inserts, but
 * transactions commit in any order: an id missing below a newer delivered one is waited for (up to
 * GAP_WAIT_MS) instead of being skipped, so no committed event is lost.
 */
export class OutboxDispatcher {
  private listeners = new Set<Listener>();
  /** Every event with id ≤ this was delivered or given up on. */
  private floor = 0;
  /** Delivered ids above `floor`. */
  private delivered = new Set<number>();
  private gapSince: number | null = null;
  private started: Promise<void> | null = null;
  private stopListening: (() => Promise<void>) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private again = false;
  private closed = false;

  /** `pollMs`: a safety poll, in case a notification was lost (a dropped listening connection). */
  constructor(
    private readonly database: Database,
    private readonly pollMs = 2_000,
  ) {}

  /** Subscribes to events committed from now on; starts the dispatcher on first use. */
  async subscribe(listener: Listener): Promise<() => void> {
    this.listeners.add(listener);
    await this.start();
    return () => this.listeners.delete(listener);
  }

  /** Events after `afterId` (a reconnecting client's Last-Event-ID), oldest first, at most BATCH. */
  async since(afterId: number): Promise<OutboxEvent[]> {
    return this.read(afterId);
  }

  private start(): Promise<void> {
    this.started ??= (async () => {
      const [row] = await queryRows<{ max: number }>(
        this.database.db,
        sql`SELECT coalesce(max(id), 0)::float8 AS max FROM outbox_events`,
      );
      this.floor = row.max;
      this.stopListening = await this.database.listen(OUTBOX_CHANNEL, () => this.wake());
      this.timer = setInterval(() => this.wake(), this.pollMs);
      this.timer.unref();
    })();
    return this.started;
  }

  /** Reads and delivers what is new; one run at a time, another right after if woken meanwhile. */
  wake(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.run().finally(() => {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  private async run(): Promise<void> {
    let events: OutboxEvent[];
    try {
      events = await this.read(this.floor);
    } catch {
      return; // The database is closing or briefly away; the next wake tries again.
    }
    const fresh = events.filter((e) => !this.delivered.has(e.id));
    for (const e of fresh) this.delivered.add(e.id);
    this.advance(events);
    if (fresh.length) for (const listener of this.listeners) listener(fresh);
    if (events.length === BATCH) this.again = true;
  }

  private advance(events: OutboxEvent[]): void {
    while (this.delivered.has(this.floor + 1)) this.delivered.delete(++this.floor);
    const newest = events.at(-1)?.id ?? this.floor;
    if (newest <= this.floor) {
      this.gapSince = null;
      return;
    }
    // An id is missing below a delivered one: its transaction is still open, or rolled back.
    this.gapSince ??= Date.now();
    if (Date.now() - this.gapSince > GAP_WAIT_MS) {
      this.floor++;
      this.gapSince = null;
      this.advance(events);
    }
  }

  private read(afterId: number): Promise<OutboxEvent[]> {
    return queryRows<OutboxEvent>(
      this.database.db,
      sql`SELECT id::float8 AS id, topic, customer_id::float8 AS "customerId", payload, ${iso('created_at')} AS "createdAt"
            FROM outbox_events WHERE id > ${afterId} ORDER BY id LIMIT ${BATCH}`,
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.started?.catch(() => {});
    await this.stopListening?.();
    this.listeners.clear();
  }
}
