import type { Db, DbOrTx } from '../../db/client.ts';
import type { AuditActor } from '../../lib/audit.ts';
import { notFound } from '../../lib/errors.ts';
import { roleIdByCode } from '../auth/bootstrap.ts';
import type { CustomerRoleCode } from '../auth/permissions.ts';
import type { AuthUser } from '../auth/session.ts';
import { getUser, listUsers, type UserRow, updateUser } from '../users/users.service.ts';
import { getCustomer } from './customers.service.ts';

/** The sign-in accounts of a customer in the caller's scope (NOT_FOUND outside it). */
export async function listCustomerUsers(db: DbOrTx, user: AuthUser, customerId: number): Promise<UserRow[]> {
  await getCustomer(db, user, customerId);
  // A company has a handful of accounts; one page holds them all.
  return (await listUsers(db, { customerId, pageSize: 100 })).items;
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
  const member = await getUser(db, userId);
  if (member.customerId !== customerId) throw notFound('User');
  return updateUser(db, actor, userId, {
    name: input.name,
    status: input.status,
    ...(input.role ? { roleIds: [await roleIdByCode(db, input.role)] } : {}),
  });
}
