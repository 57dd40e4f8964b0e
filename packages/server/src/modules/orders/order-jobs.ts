import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import { completeOverdueOrders } from './order-actions.service.ts';

const EVERY_MS = 10 * 60_000;

/**
 * Scheduled order jobs of this process: auto-completion of orders shipped N days ago (settings),
 * once shortly after start and then every ten minutes. Safe with several instances: each order is
 * completed under its row lock and only from shipped. Returns a function that stops the jobs.
 */
export function startOrderJobs(db: Db, log: FastifyBaseLogger): () => void {
  const run = async () => {
    try {
      const n = await completeOverdueOrders(db);
      if (n) log.info({ completed: n }, 'auto-completed shipped orders');
    } catch (err) {
      log.error({ err }, 'order auto-completion failed');
    }
  };
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, EVERY_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
