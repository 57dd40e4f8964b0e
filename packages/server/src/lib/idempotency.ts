import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { AppError, validationFailed } from './errors.ts';
import { queryRows } from './sql.ts';

export interface IdempotentRequest {
  userId: number;
  /** What the key is used for, e.g. `POST /api/orders`: one key may serve different calls. */
  scope: string;
  /** The `Idempotency-Key` header, or undefined to run without one. */
  key: string | undefined;
  /** The request body: a replay must send the same one. */
  body: unknown;
}

export interface IdempotentResult<T> {
  status: number;
  body: T;
  /** true when this is a replay of an earlier request's result. */
  replayed: boolean;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/**
 * Runs `command` in one transaction; with a key, a replay by the same user returns the first
 * result instead of acting again. The key row is inserted first in the same transaction: a
 * concurrent request with the same key waits on it and then reads the committed result, so two
 * retries racing each other still act once. A command that fails stores nothing (it may be retried).
 * The same key with a different body is refused with 409.
 */
export async function idempotent<T>(
  db: Db,
  request: IdempotentRequest,
  status: number,
  command: (tx: Tx) => Promise<T>,
): Promise<IdempotentResult<T>> {
  const { key } = request;
  if (key === undefined) return db.transaction(async (tx) => ({ status, body: await command(tx), replayed: false }));
  if (!KEY_PATTERN.test(key)) {
    throw validationFailed([
      {
        path: '/headers/idempotency-key',
        message: '须为 1–200 个可见 ASCII 字符 / must be 1–200 visible ASCII characters',
      },
    ]);
  }
  const hash = createHash('sha256')
    .update(JSON.stringify(request.body ?? null))
    .digest('base64url');
  return db.transaction(async (tx) => {
    const claimed = await queryRows<{ ok: number }>(
      tx,
      sql`INSERT INTO idempotency_keys (user_id, scope, key, request_hash, status, response)
          VALUES (${request.userId}, ${request.scope}, ${key}, ${hash}, 0, 'null'::jsonb)
          ON CONFLICT DO NOTHING RETURNING 1 AS ok`,
    );
    if (!claimed.length) {
      const [stored] = await queryRows<{ requestHash: string; status: number; response: T }>(
        tx,
        sql`SELECT request_hash AS "requestHash", status, response FROM idempotency_keys
             WHERE user_id = ${request.userId} AND scope = ${request.scope} AND key = ${key}`,
      );
      if (stored.requestHash !== hash) {
        throw new AppError(
          'CONFLICT',
          '该 Idempotency-Key 已用于另一请求 / This Idempotency-Key was already used with a different request',
          {
            header: 'Idempotency-Key',
          },
        );
      }
      return { status: stored.status, body: stored.response, replayed: true };
    }
    const body = await command(tx);
    await tx.execute(
      sql`UPDATE idempotency_keys SET status = ${status}, response = ${JSON.stringify(body)}::jsonb
           WHERE user_id = ${request.userId} AND scope = ${request.scope} AND key = ${key}`,
    );
    return { status, body, replayed: false };
  });
}
