import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { roles, userRoles, users } from '../../db/schema/index.ts';
import { queryRows } from '../../lib/sql.ts';
import { hashPassword } from './password.ts';
import { allPermissions, builtinRoles } from './permissions.ts';

/**
 * Makes sure every built-in role exists. Built-in roles other than admin keep whatever an admin
 * changed; admin always holds every permission, including ones added by a newer version.
 */
export async function syncBuiltinRoles(db: Db): Promise<void> {
  await db
    .insert(roles)
    .values(builtinRoles.map((r) => ({ ...r, builtin: true })))
    .onConflictDoNothing();
  await db.update(roles).set({ permissions: allPermissions }).where(eq(roles.code, 'admin'));
}

export async function roleIdByCode(db: Db, code: string): Promise<number> {
  const [row] = await db.select({ id: roles.id }).from(roles).where(eq(roles.code, code));
  if (!row) throw new Error(`role ${code} missing`);
  return row.id;
}

/**
 * Creates the first administrator when no staff user holds the admin role. Returns the password
 * when it was generated, so the caller can print it once.
 */
export async function ensureAdmin(
  db: Db,
  username: string,
  password: string | undefined,
): Promise<{ created: boolean; username: string; generatedPassword?: string }> {
  const [existing] = await queryRows<{ id: number }>(
    db,
    sql`SELECT u.id FROM users u JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id
         WHERE r.code = 'admin' AND u.kind = 'staff' LIMIT 1`,
  );
  if (existing) return { created: false, username };
  const generated = password ? undefined : randomBytes(9).toString('base64url');
  const adminRoleId = await roleIdByCode(db, 'admin');
  await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ username, name: '系统管理员', kind: 'staff', passwordHash: await hashPassword(password ?? generated!) })
      .returning({ id: users.id });
    await tx.insert(userRoles).values({ userId: user.id, roleId: adminRoleId });
  });
  return { created: true, username, generatedPassword: generated };
}
