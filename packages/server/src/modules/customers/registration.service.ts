import { and, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { customers } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError, notFound, validationFailed } from '../../lib/errors.ts';
import { queryRows } from '../../lib/sql.ts';
import { roleIdByCode } from '../auth/bootstrap.ts';
import { passwordProblem } from '../auth/password.ts';
import type { AuthUser } from '../auth/session.ts';
import { createUser } from '../users/users.service.ts';
import { customerScope } from './customer-scope.ts';
import { assertLevel, assertMayAssign, assertSalesperson, type CustomerRow, getCustomer } from './customers.service.ts';
import { bodyRegionPaths, checkRegion } from './regions.ts';

/** Self-registrations allowed per client IP within the window. */
export const registrationLimits = { perIp: 5, windowMinutes: 60 };

export interface RegistrationInput {
  companyName: string;
  contactName: string;
  phone: string;
  province?: string;
  city?: string;
  district?: string;
  address?: string;
  username: string;
  password: string;
}

async function assertRegistrationAllowed(tx: DbOrTx, ip: string): Promise<void> {
  // One registration per IP at a time, so concurrent requests cannot all pass the count.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`registration:${ip}`}))`);
  const [{ n }] = await queryRows<{ n: number }>(
    tx,
    sql`SELECT count(*)::int AS n FROM audit_log
         WHERE action = 'customer.registered' AND ip = ${ip}
           AND at > now() - make_interval(mins => ${registrationLimits.windowMinutes})`,
  );
  if (n >= registrationLimits.perIp) {
    throw new AppError('RATE_LIMITED', '注册过于频繁，请稍后再试 / Too many registrations, try again later', {
      retryAfterSeconds: registrationLimits.windowMinutes * 60,
    });
  }
}

/**
 * Self-registration from the sign-in page: a pending customer (source 'registration') and its buyer
 * user, in one transaction. The user signs in once staff approve the customer. At most
 * `registrationLimits.perIp` per IP and hour (RATE_LIMITED); a taken username is CONFLICT on
 * `username`, a weak password VALIDATION_FAILED on `/body/password`.
 */
export async function registerCustomer(
  db: Db,
  ip: string,
  input: RegistrationInput,
): Promise<{ customerId: number; status: 'pending'; message: string }> {
  const problem = passwordProblem(input.password);
  if (problem) throw validationFailed([{ path: '/body/password', message: problem }]);
  const { region, errors } = checkRegion(input, bodyRegionPaths);
  if (errors.length) throw validationFailed(errors);
  const actor: AuditActor = { id: null, name: input.username, ip };
  const customerId = await db.transaction(async (tx) => {
    await assertRegistrationAllowed(tx, ip);
    const [row] = await tx
      .insert(customers)
      .values({
        code: `tmp-${crypto.randomUUID()}`,
        name: input.companyName,
        status: 'pending',
        source: 'registration',
        contactName: input.contactName,
        phone: input.phone,
        ...region,
        address: input.address || null,
      })
      .returning({ id: customers.id });
    await tx.execute(sql`UPDATE customers SET code = 'C' || lpad(id::text, 5, '0') WHERE id = ${row.id}`);
    // createUser opens a nested transaction (a savepoint) inside this one: both rows or neither.
    await createUser(tx, actor, {
      username: input.username,
      password: input.password,
      name: input.contactName,
      phone: input.phone,
      roleIds: [await roleIdByCode(tx, 'buyer')],
      customerId: row.id,
    });
    await audit(tx, actor, {
      action: 'customer.registered',
      targetType: 'customer',
      targetId: row.id,
      details: { name: input.companyName, username: input.username, phone: input.phone },
    });
    return row.id;
  });
  return {
    customerId,
    status: 'pending',
    message: '注册成功，请等待供应商审核后登录 / Registered; you can sign in once the supplier approves',
  };
}

/** Why a state change found no row: the customer is absent (or out of scope), or in another state. */
async function explainMiss(db: DbOrTx, user: AuthUser, id: number): Promise<never> {
  const [row] = await db
    .select({ status: customers.status })
    .from(customers)
    .where(and(eq(customers.id, id), customerScope(user, 'customers')));
  if (!row) throw notFound('Customer');
  throw new AppError('INVALID_STATE', `客户状态为 ${row.status}，只能审核待审核客户 / Customer is not pending`, {
    status: row.status,
  });
}

/**
 * Approves a pending customer (status pending → active, approved_at set), optionally giving it a
 * level and a salesperson; its users can sign in from then on. The update is conditional on
 * `status = 'pending'`, so of two concurrent approvals exactly one succeeds (INVALID_STATE).
 */
export async function approveCustomer(
  db: Db,
  user: AuthUser,
  actor: AuditActor,
  id: number,
  input: { levelId?: number; salespersonId?: number },
): Promise<CustomerRow> {
  await db.transaction(async (tx) => {
    if (input.levelId) await assertLevel(tx, input.levelId, '/body/levelId');
    if (input.salespersonId) {
      assertMayAssign(user, input.salespersonId, '/body/salespersonId');
      await assertSalesperson(tx, input.salespersonId, '/body/salespersonId');
    }
    const rows = await tx
      .update(customers)
      .set({
        status: 'active',
        approvedAt: sql`now()`,
        updatedAt: sql`now()`,
        ...(input.levelId ? { levelId: input.levelId } : {}),
        ...(input.salespersonId ? { salespersonId: input.salespersonId } : {}),
      })
      .where(and(eq(customers.id, id), eq(customers.status, 'pending'), customerScope(user, 'customers')))
      .returning({ id: customers.id, name: customers.name });
    if (!rows.length) await explainMiss(tx, user, id);
    await audit(tx, actor, {
      action: 'customer.approved',
      targetType: 'customer',
      targetId: id,
      details: { name: rows[0].name, ...input },
    });
  });
  return getCustomer(db, user, id);
}

/** Rejects a pending customer (pending → disabled) with a reason; conditional like `approveCustomer`. */
export async function rejectCustomer(
  db: Db,
  user: AuthUser,
  actor: AuditActor,
  id: number,
  reason: string,
): Promise<CustomerRow> {
  await db.transaction(async (tx) => {
    const rows = await tx
      .update(customers)
      .set({ status: 'disabled', updatedAt: sql`now()` })
      .where(and(eq(customers.id, id), eq(customers.status, 'pending'), customerScope(user, 'customers')))
      .returning({ id: customers.id, name: customers.name });
    if (!rows.length) await explainMiss(tx, user, id);
    await audit(tx, actor, {
      action: 'customer.rejected',
      targetType: 'customer',
      targetId: id,
      details: { name: rows[0].name, reason },
    });
  });
  return getCustomer(db, user, id);
}
