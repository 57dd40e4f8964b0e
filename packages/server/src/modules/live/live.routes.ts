import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { validationFailed } from '../../lib/errors.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { OutboxDispatcher, type OutboxEvent } from './dispatcher.ts';
import { type LiveMessage, messagesFor } from './live-filter.ts';

export const LIVE_STREAM_URL = '/api/events/stream';
const HEARTBEAT_MS = 25_000;

const StreamQuery = Type.Object({
  skus: Type.Optional(
    Type.String({
      maxLength: 2000,
      pattern: '^[0-9]+(,[0-9]+)*$',
      description: 'SKU ids whose availability to follow, comma separated (≤ 200)',
    }),
  ),
});

/**
 * Live updates as Server-Sent Events, delivered from the outbox after commit. A reconnecting client
 * sends Last-Event-ID and first gets what it missed (up to 500 events).
 */
export async function liveRoutes(app: App) {
  const { database, config } = app.deps;
  const dispatcher = new OutboxDispatcher(database, config.outboxPollMs);
  app.addHook('onClose', () => dispatcher.close());

  app.get(
    LIVE_STREAM_URL,
    {
      config: { access: 'signedIn' },
      schema: {
        tags: ['live'],
        summary:
          'Server-Sent Events: order.placed / order.status_changed (own orders; staff in scope), stock (availability of ?skus=), inventory.low_stock (staff)',
        querystring: StreamQuery,
        response: { 200: Type.String({ description: 'text/event-stream' }) },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const watched = new Set((request.query.skus ?? '').split(',').filter(Boolean).map(Number));
      if (watched.size > 200 || [...watched].some((id) => !Number.isSafeInteger(id))) {
        throw validationFailed([{ path: '/querystring/skus', message: '最多 200 个 SKU / at most 200 SKU ids' }]);
      }
      const lastEventId = Number(request.headers['last-event-id'] ?? 0);

      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      raw.write('retry: 3000\n\n');
      const sent = new Set<number>();
      let queue = Promise.resolve();
      const write = (m: LiveMessage) =>
        raw.write(`id: ${m.id}\nevent: ${m.event}\ndata: ${JSON.stringify(m.data)}\n\n`);
      // Deliveries run one after another, so messages keep the outbox's order; a replay and a live
      // delivery may overlap, hence the ids already sent.
      const deliver = (events: OutboxEvent[]) => {
        queue = queue.then(async () => {
          const fresh = events.filter((e) => !sent.has(e.id));
          for (const e of fresh) sent.add(e.id);
          if (!fresh.length || raw.destroyed) return;
          for (const m of await messagesFor(database.db, user, watched, fresh).catch(() => [])) write(m);
        });
      };
      const unsubscribe = await dispatcher.subscribe(deliver);
      if (Number.isSafeInteger(lastEventId) && lastEventId > 0) deliver(await dispatcher.since(lastEventId));
      raw.write(`event: ready\ndata: ${JSON.stringify({ userId: user.id })}\n\n`);
      const heartbeat = setInterval(() => raw.write(': ping\n\n'), HEARTBEAT_MS);
      request.raw.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
    },
  );
}
