import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import { retryOnlineRefunds } from './refunds.service.ts';

const EVERY_MS = 60_000;

/**
 * Scheduled payment jobs of this process: online refunds still pending or failed (the provider did
 * not answer, or answered "processing") are sent again every minute; a refund's number is its
 * out_refund_no, so a provider never refunds one twice. Returns a function that stops the jobs.
 */
export function startPaymentJobs(db: Db, log: FastifyBaseLogger): () => void {
  const run = async () => {
    try {
      const n = await retryOnlineRefunds(db);
      if (n) log.info({ refunds: n }, 'online refunds retried');
    } catch (err) {
      log.error({ err }, 'online refund retry failed');
    }
  };
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
