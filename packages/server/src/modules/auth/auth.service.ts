import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { customers, users } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError, validationFailed } from '../../lib/errors.ts';
import { assertLoginAllowed, clearLoginFailures, recordLoginFailure } from './login-limits.ts';
import { hashPassword, passwordProblem, verifyAgainstDummy, verifyPassword } from './password.ts';
import { type AuthUser, createSession, resolveSession, revokeUserSessions } from './session.ts';

export interface ClientMeta {
  ip: string;
  userAgent: string | null;
}

const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', '用户名或密码错误 / Wrong username or password');

/**
 * Signs a user in: refuses with RATE_LIMITED after repeated failures, INVALID_CREDENTIALS for a wrong
 * username or password (indistinguishable, same timing), and records every attempt in the audit log.
 */
export async function login(
  db: Db,
  input: { username: string; password: string },
  ttlHours: number,
  client: ClientMeta,
): Promise<{ token: string; expiresAt: Date; user: AuthUser }> {
  const username = input.username.trim().toLowerCase();
  const actor: AuditActor = { id: null, name: username, ip: client.ip };
  await assertLoginAllowed(db, username, client.ip);

  const [found] = await db
    .select({
      id: users.id,
      name: users.name,
      passwordHash: users.passwordHash,
      active: sql<boolean>`${users.status} = 'active' AND (${users.kind} = 'staff' OR ${customers.status} = 'active')`,
    })
    .from(users)
    .leftJoin(customers, eq(customers.id, users.customerId))
    .where(eq(sql`lower(${users.username})`, username))
    .limit(1);

  let ok = false;
  if (found) ok = await verifyPassword(found.passwordHash, input.password);
  else await verifyAgainstDummy(input.password);
  if (!found || !ok) {
    await recordLoginFailure(db, username, client.ip);
    await audit(db, { ...actor, id: found?.id ?? null }, { action: 'auth.login_failed', details: { username } });
    throw invalidCredentials();
  }

  if (!found.active) {
    // Right password, but the account or its customer company is disabled or not yet approved.
    await audit(
      db,
      { ...actor, id: found.id, name: found.name },
      {
        action: 'auth.login_failed',
        details: { username, reason: 'inactive' },
      },
    );
    throw new AppError('FORBIDDEN', '账号已停用或待审核 / This account is disabled or awaiting approval');
  }
  const session = await createSession(db, found.id, ttlHours, client);
  const user = await resolveSession(db, session.token, ttlHours);
  if (!user) throw new AppError('INTERNAL', 'session vanished right after sign-in');
  await clearLoginFailures(db, username);
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, found.id));
  await audit(
    db,
    { id: user.id, name: user.name, ip: client.ip },
    { action: 'auth.login', targetType: 'user', targetId: user.id },
  );
  return { ...session, user };
}

/**
 * Changes the caller's own password after checking the current one; every session of the user is
 * revoked and a fresh one is returned for the caller.
 */
export async function changeOwnPassword(
  db: Db,
  user: AuthUser,
  input: { currentPassword: string; newPassword: string },
  ttlHours: number,
  client: ClientMeta,
): Promise<{ token: string; expiresAt: Date }> {
  const problem = passwordProblem(input.newPassword);
  if (problem) throw validationFailed([{ path: '/body/newPassword', message: problem }]);
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION_FAILED', '当前密码不正确 / The current password is wrong', {
      fields: [{ path: '/body/currentPassword', message: 'wrong password' }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, user.id));
    await revokeUserSessions(tx, user.id);
    await audit(
      tx,
      { id: user.id, name: user.name, ip: client.ip },
      {
        action: 'auth.password_changed',
        targetType: 'user',
        targetId: user.id,
      },
    );
    return createSession(tx, user.id, ttlHours, client);
  });
}
