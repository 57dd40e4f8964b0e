import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { roles, userRoles, users } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError, notFound, validationFailed } from '../../lib/errors.ts';
import { pageOf } from '../../lib/pagination.ts';
import { iso, likeEscape, queryRows } from '../../lib/sql.ts';
import { hashPassword, passwordProblem } from '../auth/password.ts';
import { revokeUserSessions } from '../auth/session.ts';

export interface UserRow {
  id: number;
  username: string;
  name: string;
  kind: 'staff' | 'customer';
  customerId: number | null;
  customerName: string | null;
  phone: string | null;
  email: string | null;
  status: 'active' | 'disabled';
  roles: { id: number; code: string; name: string }[];
  lastLoginAt: string | null;
  createdAt: string;
}

interface RawUser {
  id: string | number;
  username: string;
  name: string;
  kind: 'staff' | 'customer';
  customer_id: string | number | null;
  customer_name: string | null;
  phone: string | null;
  email: string | null;
  status: 'active' | 'disabled';
  roles: { id: number; code: string; name: string }[] | null;
  last_login_at: string | null;
  created_at: string;
  total?: number;
}

const toUser = (r: RawUser): UserRow => ({
  id: Number(r.id),
  username: r.username,
  name: r.name,
  kind: r.kind,
  customerId: r.customer_id === null ? null : Number(r.customer_id),
  customerName: r.customer_name,
  phone: r.phone,
  email: r.email,
  status: r.status,
  roles: (r.roles ?? []).map((x) => ({ ...x, id: Number(x.id) })),
  lastLoginAt: r.last_login_at,
  createdAt: r.created_at,
});

const selectUsers = (where: SQL, tail: SQL = sql``) => sql`
  SELECT u.id, u.username, u.name, u.kind, u.customer_id, c.name AS customer_name, u.phone, u.email, u.status,
         ${iso('u.last_login_at')} AS last_login_at, ${iso('u.created_at')} AS created_at, count(*) OVER ()::int AS total,
         (SELECT coalesce(json_agg(json_build_object('id', r.id, 'code', r.code, 'name', r.name) ORDER BY r.id), '[]')
            FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = u.id) AS roles
    FROM users u LEFT JOIN customers c ON c.id = u.customer_id
   WHERE ${where} ${tail}`;

export async function listUsers(
  db: DbOrTx,
  query: {
    q?: string;
    kind?: 'staff' | 'customer';
    status?: 'active' | 'disabled';
    roleId?: number;
    customerId?: number;
    page?: number;
    pageSize?: number;
  },
): Promise<{ items: UserRow[]; total: number }> {
  const conditions: SQL[] = [sql`true`];
  if (query.q) {
    const like = `%${likeEscape(query.q)}%`;
    conditions.push(sql`(u.username ILIKE ${like} OR u.name ILIKE ${like} OR u.phone ILIKE ${like})`);
  }
  if (query.kind) conditions.push(sql`u.kind = ${query.kind}`);
  if (query.status) conditions.push(sql`u.status = ${query.status}`);
  if (query.customerId) conditions.push(sql`u.customer_id = ${query.customerId}`);
  if (query.roleId)
    conditions.push(sql`EXISTS (SELECT 1 FROM user_roles x WHERE x.user_id = u.id AND x.role_id = ${query.roleId})`);
  const { limit, offset } = pageOf(query);
  const rows = await queryRows<RawUser>(
    db,
    selectUsers(sql.join(conditions, sql` AND `), sql`ORDER BY u.id LIMIT ${limit} OFFSET ${offset}`),
  );
  const total = rows[0]?.total ?? (offset > 0 ? await countUsers(db, sql.join(conditions, sql` AND `)) : 0);
  return { items: rows.map(toUser), total };
}

async function countUsers(db: DbOrTx, where: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM users u WHERE ${where}`);
  return row.n;
}

export async function getUser(db: DbOrTx, id: number): Promise<UserRow> {
  const [row] = await queryRows<RawUser>(db, selectUsers(sql`u.id = ${id}`));
  if (!row) throw notFound('User');
  return toUser(row);
}

/** Checks that every role exists and fits the user's kind; a customer user holds exactly one role. */
async function assertRoles(db: DbOrTx, roleIds: number[], kind: 'staff' | 'customer'): Promise<void> {
  const unique = [...new Set(roleIds)];
  const found = await db.select({ id: roles.id, kind: roles.kind }).from(roles).where(inArray(roles.id, unique));
  const bad = unique.filter((id) => !found.some((r) => r.id === id && r.kind === kind));
  if (bad.length) {
    throw validationFailed(
      bad.map((id) => ({ path: `/body/roleIds/${roleIds.indexOf(id)}`, message: `role ${id} is not a ${kind} role` })),
    );
  }
  if (kind === 'customer' && unique.length !== 1) {
    throw validationFailed([{ path: '/body/roleIds', message: 'a customer user holds exactly one role' }]);
  }
}

async function assertUsernameFree(db: DbOrTx, username: string): Promise<void> {
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.username})`, username.toLowerCase()));
  if (taken)
    throw new AppError('CONFLICT', `用户名 ${username} 已存在 / Username already taken`, { field: 'username' });
}

/** Creates a user (staff, or a customer user when `customerId` is given) with its roles; audited. */
export async function createUser(
  db: Db,
  actor: AuditActor,
  input: {
    username: string;
    name: string;
    password: string;
    roleIds: number[];
    phone?: string;
    email?: string;
    customerId?: number;
  },
): Promise<UserRow> {
  const problem = passwordProblem(input.password);
  if (problem) throw validationFailed([{ path: '/body/password', message: problem }]);
  const kind = input.customerId ? 'customer' : 'staff';
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction(async (tx) => {
    await assertUsernameFree(tx, input.username);
    await assertRoles(tx, input.roleIds, kind);
    const [user] = await tx
      .insert(users)
      .values({
        username: input.username,
        name: input.name,
        kind,
        customerId: input.customerId ?? null,
        phone: input.phone || null,
        email: input.email || null,
        passwordHash,
      })
      .returning({ id: users.id });
    await tx.insert(userRoles).values([...new Set(input.roleIds)].map((roleId) => ({ userId: user.id, roleId })));
    await audit(tx, actor, {
      action: 'user.created',
      targetType: 'user',
      targetId: user.id,
      details: { username: input.username, kind, roleIds: input.roleIds, customerId: input.customerId },
    });
    return user.id;
  });
  return getUser(db, id);
}

async function adminCountExcept(db: DbOrTx, userId: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(DISTINCT u.id)::int AS n FROM users u JOIN user_roles ur ON ur.user_id = u.id
          JOIN roles r ON r.id = ur.role_id
         WHERE r.code = 'admin' AND u.status = 'active' AND u.id <> ${userId}`,
  );
  return row.n;
}

/**
 * Changes a user's profile, status or roles. Disabling a user revokes its sessions; the last active
 * administrator can be neither disabled nor stripped of the admin role. Audited with the changes.
 */
export async function updateUser(
  db: Db,
  actor: AuditActor,
  id: number,
  input: {
    name?: string;
    phone?: string | null;
    email?: string | null;
    status?: 'active' | 'disabled';
    roleIds?: number[];
  },
): Promise<UserRow> {
  await db.transaction(async (tx) => {
    const before = await getUser(tx, id);
    if (input.status === 'disabled' && actor.id === id) {
      throw new AppError('CONFLICT', '不能停用自己 / You cannot disable yourself');
    }
    if (input.roleIds) await assertRoles(tx, input.roleIds, before.kind);
    const wasAdmin = before.roles.some((r) => r.code === 'admin');
    if (wasAdmin && (input.status === 'disabled' || input.roleIds)) {
      const staysAdmin =
        input.status !== 'disabled' &&
        (!input.roleIds ||
          (
            await tx
              .select({ id: roles.id })
              .from(roles)
              .where(and(inArray(roles.id, input.roleIds), eq(roles.code, 'admin')))
          ).length > 0);
      if (!staysAdmin && (await adminCountExcept(tx, id)) === 0) {
        throw new AppError('CONFLICT', '至少保留一名管理员 / At least one active administrator must remain');
      }
    }
    await tx
      .update(users)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.phone !== undefined ? { phone: input.phone || null } : {}),
        ...(input.email !== undefined ? { email: input.email || null } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, id));
    if (input.roleIds) {
      await tx.delete(userRoles).where(eq(userRoles.userId, id));
      await tx.insert(userRoles).values([...new Set(input.roleIds)].map((roleId) => ({ userId: id, roleId })));
    }
    if (input.status === 'disabled') await revokeUserSessions(tx, id);
    await audit(tx, actor, {
      action: input.roleIds ? 'user.roles_changed' : 'user.updated',
      targetType: 'user',
      targetId: id,
      details: {
        username: before.username,
        changes: input,
        ...(input.roleIds ? { rolesBefore: before.roles.map((r) => r.code) } : {}),
      },
    });
  });
  return getUser(db, id);
}

/** An administrator sets a new password for a user; all of the user's sessions are revoked. */
export async function resetPassword(db: Db, actor: AuditActor, id: number, password: string): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw validationFailed([{ path: '/body/password', message: problem }]);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const user = await getUser(tx, id);
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, id));
    await revokeUserSessions(tx, id);
    await audit(tx, actor, {
      action: 'user.password_reset',
      targetType: 'user',
      targetId: id,
      details: { username: user.username },
    });
  });
}
