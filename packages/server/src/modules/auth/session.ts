import { createHash, randomBytes } from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { sessions } from '../../db/schema/index.ts';
import { queryRows } from '../../lib/sql.ts';
import type { Permission } from './permissions.ts';

export const SESSION_COOKIE = 'dh_session';

/** The signed-in user as every route sees it. */
export interface AuthUser {
  id: number;
  username: string;
  name: string;
  kind: 'staff' | 'customer';
  customerId: number | null;
  permissions: Permission[];
  /** 'own': the user sees only the customers assigned to it (enforced in queries). */
  dataScope: 'all' | 'own';
  sessionHash: string;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Creates a session and returns the token for the cookie; only its hash is stored. */
export async function createSession(
  db: DbOrTx,
  userId: number,
  ttlHours: number,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

interface SessionRow {
  id: string | number;
  username: string;
  name: string;
  kind: 'staff' | 'customer';
  customer_id: string | number | null;
  permissions: string[] | null;
  all_scope: boolean | null;
  stale: boolean;
}

/**
 * Resolves a session token to its active user with the union of its roles' permissions, in one
 * round trip. Expired sessions, disabled users and customers that are not active resolve to null.
 * The idle expiry slides forward at most once every five minutes.
 */
export async function resolveSession(db: DbOrTx, token: string, ttlHours: number): Promise<AuthUser | null> {
  const tokenHash = hashToken(token);
  const [row] = await queryRows<SessionRow>(
    db,
    sql`SELECT u.id, u.username, u.name, u.kind, u.customer_id,
          s.last_seen_at < now() - interval '5 minutes' AS stale,
          (SELECT array_agg(DISTINCT p) FROM user_roles ur JOIN roles r ON r.id = ur.role_id,
                  unnest(r.permissions) AS p WHERE ur.user_id = u.id) AS permissions,
          (SELECT bool_or(r.data_scope = 'all') FROM user_roles ur JOIN roles r ON r.id = ur.role_id
            WHERE ur.user_id = u.id) AS all_scope
        FROM sessions s
        JOIN users u ON u.id = s.user_id
        LEFT JOIN customers c ON c.id = u.customer_id
       WHERE s.token_hash = ${tokenHash}
         AND s.expires_at > now()
         AND u.status = 'active'
         AND (u.kind = 'staff' OR c.status = 'active')`,
  );
  if (!row) return null;
  if (row.stale) {
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()`, expiresAt: sql`now() + make_interval(hours => ${ttlHours})` })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    id: Number(row.id),
    username: row.username,
    name: row.name,
    kind: row.kind,
    customerId: row.customer_id === null ? null : Number(row.customer_id),
    permissions: (row.permissions ?? []).sort() as Permission[],
    dataScope: row.kind === 'customer' ? 'own' : row.all_scope ? 'all' : 'own',
    sessionHash: tokenHash,
  };
}

export async function revokeSession(db: DbOrTx, sessionHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sessionHash));
}

export async function revokeUserSessions(db: DbOrTx, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Deletes sessions past their expiry; run at start so the table does not grow without bound. */
export async function purgeExpiredSessions(db: DbOrTx): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
}
