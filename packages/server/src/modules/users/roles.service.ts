import { eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { roles } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError, notFound, validationFailed } from '../../lib/errors.ts';
import { queryRows } from '../../lib/sql.ts';
import { customerAssignable, isPermission } from '../auth/permissions.ts';

export interface RoleRow {
  id: number;
  code: string;
  name: string;
  kind: 'staff' | 'customer';
  builtin: boolean;
  description: string;
  permissions: string[];
  dataScope: 'all' | 'own';
  userCount: number;
}

const selectRoles = sql`SELECT r.id::int AS id, r.code, r.name, r.kind, r.builtin, r.description, r.permissions,
    r.data_scope AS "dataScope", (SELECT count(*)::int FROM user_roles ur WHERE ur.role_id = r.id) AS "userCount"
  FROM roles r`;

export async function listRoles(db: DbOrTx, kind?: 'staff' | 'customer'): Promise<RoleRow[]> {
  return queryRows<RoleRow>(
    db,
    sql`${selectRoles} ${kind ? sql`WHERE r.kind = ${kind}` : sql``} ORDER BY r.builtin DESC, r.id`,
  );
}

export async function getRole(db: DbOrTx, id: number): Promise<RoleRow> {
  const [row] = await queryRows<RoleRow>(db, sql`${selectRoles} WHERE r.id = ${id}`);
  if (!row) throw notFound('Role');
  return row;
}

function checkPermissions(permissions: string[], kind: 'staff' | 'customer'): string[] {
  const fields = permissions.flatMap((p, i) =>
    !isPermission(p)
      ? [{ path: `/body/permissions/${i}`, message: `unknown permission ${p}` }]
      : kind === 'customer' && !customerAssignable.includes(p)
        ? [{ path: `/body/permissions/${i}`, message: `${p} cannot be given to a customer role` }]
        : [],
  );
  if (fields.length) throw validationFailed(fields);
  return [...new Set(permissions)].sort();
}

/** Creates a custom staff role from known permissions; audited. */
export async function createRole(
  db: Db,
  actor: AuditActor,
  input: { code: string; name: string; description?: string; permissions: string[]; dataScope: 'all' | 'own' },
): Promise<RoleRow> {
  const permissions = checkPermissions(input.permissions, 'staff');
  const id = await db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.code, input.code));
    if (taken)
      throw new AppError('CONFLICT', `角色编码 ${input.code} 已存在 / Role code already taken`, { field: 'code' });
    const [row] = await tx
      .insert(roles)
      .values({ ...input, description: input.description ?? '', kind: 'staff', builtin: false, permissions })
      .returning({ id: roles.id });
    await audit(tx, actor, {
      action: 'role.created',
      targetType: 'role',
      targetId: row.id,
      details: { code: input.code, permissions },
    });
    return row.id;
  });
  return getRole(db, id);
}

/**
 * Changes a role's name, permissions or data scope. The admin role's permissions are fixed (it
 * always holds all of them). Holders' sessions keep working: permissions are read per request.
 */
export async function updateRole(
  db: Db,
  actor: AuditActor,
  id: number,
  input: { name?: string; description?: string; permissions?: string[]; dataScope?: 'all' | 'own' },
): Promise<RoleRow> {
  await db.transaction(async (tx) => {
    const before = await getRole(tx, id);
    if (before.code === 'admin' && (input.permissions || input.dataScope)) {
      throw new AppError('CONFLICT', '管理员角色的权限不可修改 / The admin role always holds every permission');
    }
    const permissions = input.permissions ? checkPermissions(input.permissions, before.kind) : undefined;
    await tx
      .update(roles)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(permissions ? { permissions } : {}),
        ...(input.dataScope ? { dataScope: input.dataScope } : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(roles.id, id));
    await audit(tx, actor, {
      action: 'role.updated',
      targetType: 'role',
      targetId: id,
      details: {
        code: before.code,
        ...(permissions
          ? {
              added: permissions.filter((p) => !before.permissions.includes(p)),
              removed: before.permissions.filter((p) => !permissions.includes(p)),
            }
          : {}),
        ...(input.dataScope ? { dataScope: [before.dataScope, input.dataScope] } : {}),
        ...(input.name ? { name: [before.name, input.name] } : {}),
      },
    });
  });
  return getRole(db, id);
}

/** Deletes a custom role nobody holds; built-in roles stay. */
export async function deleteRole(db: Db, actor: AuditActor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const role = await getRole(tx, id);
    if (role.builtin) throw new AppError('CONFLICT', '内置角色不可删除 / Built-in roles cannot be deleted');
    if (role.userCount > 0) {
      throw new AppError('CONFLICT', '角色仍有用户使用 / The role is still held by users', {
        userCount: role.userCount,
      });
    }
    await tx.delete(roles).where(eq(roles.id, id));
    await audit(tx, actor, { action: 'role.deleted', targetType: 'role', targetId: id, details: { code: role.code } });
  });
}
