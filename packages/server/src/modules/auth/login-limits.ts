import { and, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { loginFailures } from '../../db/schema/index.ts';
import { AppError } from '../../lib/errors.ts';
import { queryRows } from '../../lib/sql.ts';

/** Failed sign-ins allowed in the window, per username and per client IP. */
export const loginLimits = { perUsername: 5, perIp: 30, windowMinutes: 15 };

/** Throws RATE_LIMITED when the username or the IP has failed too often within the window. */
export async function assertLoginAllowed(db: DbOrTx, username: string, ip: string): Promise<void> {
  const [row] = await queryRows<{ by_user: number; by_ip: number }>(
    db,
    sql`SELECT
          (SELECT count(*)::int FROM login_failures
            WHERE username = ${username} AND created_at > now() - make_interval(mins => ${loginLimits.windowMinutes})) AS by_user,
          (SELECT count(*)::int FROM login_failures
            WHERE ip = ${ip} AND created_at > now() - make_interval(mins => ${loginLimits.windowMinutes})) AS by_ip`,
  );
  if (row.by_user >= loginLimits.perUsername || row.by_ip >= loginLimits.perIp) {
    throw new AppError('RATE_LIMITED', '登录失败次数过多，请稍后再试 / Too many failed sign-ins, try again later', {
      retryAfterSeconds: loginLimits.windowMinutes * 60,
    });
  }
}

export async function recordLoginFailure(db: DbOrTx, username: string, ip: string): Promise<void> {
  await db.insert(loginFailures).values({ username, ip });
  // Keep the table small: rows older than a day no longer count for anything.
  if (Math.random() < 0.01) {
    await db.delete(loginFailures).where(sql`${loginFailures.createdAt} < now() - interval '1 day'`);
  }
}

export async function clearLoginFailures(db: DbOrTx, username: string): Promise<void> {
  await db
    .delete(loginFailures)
    .where(and(eq(loginFailures.username, username), gt(loginFailures.createdAt, sql`now() - interval '1 day'`)));
}
