import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { AuditActor } from '../../lib/audit.ts';
import { notFound } from '../../lib/errors.ts';
import { iso, queryRows } from '../../lib/sql.ts';
import { roleIdByCode } from '../auth/bootstrap.ts';
import type { CustomerRoleCode } from '../auth/permissions.ts';
import type { AuthUser } from '../auth/session.ts';
import { type UserRow, updateUser } from '../users/users.service.ts';
import { getCustomer } from './customers.service.ts';

const selectCustomerUsers = (customerId: number, userId?: number) => sql`
  SELECT u.id::int AS id, u.username, u.name, u.kind, u.customer_id::int AS "customerId", c.name AS "customerName",
         u.phone, u.email, u.status, ${iso('u.last_login_at')} AS "lastLoginAt", ${iso('u.created_at')} AS "createdAt",
         (SELECT coalesce(json_agg(json_build_object('id', r.id::int, 'code', r.code, 'name', r.name) ORDER BY r.id), '[]')
            FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = u.id) AS roles
    FROM users u JOIN customers c ON c.id = u.customer_id
   WHERE u.customer_id = ${customerId} ${userId ? sql`AND u.id = ${userId}` : sql``}
   ORDER BY u.id`;

/** The sign-in accounts of a customer in the caller's scope (NOT_FOUND outside it). */
export async function listCustomerUsers(db: DbOrTx, user: AuthUser, customerId: number): Promise<UserRow[]> {
  await getCustomer(db, user, customerId);
  return queryRows<UserRow>(db, selectCustomerUsers(customerId));
}

/**
 * Changes one of a customer's users: name, status (disabling revokes its sessions) or its one role.
 * The user must belong to that customer and the customer lie in the caller's scope (else NOT_FOUND).
 */
export async function updateCustomerUser(
  db: Db,
  user: AuthUser,
  actor: AuditActor,
  customerId: number,
  userId: number,
  input: { name?: string; status?: 'active' | 'disabled'; role?: CustomerRoleCode },
): Promise<UserRow> {
  await getCustomer(db, user, customerId);
  const [member] = await queryRows<UserRow>(db, selectCustomerUsers(customerId, userId));
  if (!member) throw notFound('User');
  await updateUser(db, actor, userId, {
    name: input.name,
    status: input.status,
    ...(input.role ? { roleIds: [await roleIdByCode(db, input.role)] } : {}),
  });
  const [after] = await queryRows<UserRow>(db, selectCustomerUsers(customerId, userId));
  return after;
}
